//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the optional
//! second factor of staff sign-in. Any authenticator app reads the `otpauth://` address.

use chrono::{DateTime, Utc};
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

const STEP_SECONDS: i64 = 30;
/// A code from the step before or after also counts, for clocks a little apart.
const DRIFT_STEPS: i64 = 1;

/// 20 random bytes (160 bits, as RFC 4226 recommends). `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Vec<u8>);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(…)")
    }
}

impl TotpSecret {
    pub fn generate() -> Self {
        TotpSecret(rand::random::<[u8; 20]>().to_vec())
    }

    /// The secret as authenticator apps take it: base32 without padding.
    pub fn to_base32(&self) -> String {
        data_encoding::BASE32_NOPAD.encode(&self.0)
    }

    /// Reads a secret written by [`TotpSecret::to_base32`] (spaces and case are forgiven).
    pub fn from_base32(text: &str) -> Option<Self> {
        let cleaned: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        let bytes = data_encoding::BASE32_NOPAD
            .decode(cleaned.as_bytes())
            .ok()?;
        (bytes.len() >= 16).then_some(TotpSecret(bytes))
    }

    /// The address an authenticator app scans.
    pub fn otpauth_uri(&self, account: &str) -> String {
        let label: String = account
            .bytes()
            .map(|byte| match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' | b'@' => {
                    (byte as char).to_string()
                }
                _ => format!("%{byte:02X}"),
            })
            .collect();
        format!(
            "otpauth://totp/Heritage%20Hub:{label}?secret={}&issuer=Heritage%20Hub&algorithm=SHA1&digits=6&period=30",
            self.to_base32()
        )
    }

    fn code_at_step(&self, step: i64, digits: u32) -> u32 {
        let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(&self.0) else {
            return u32::MAX; // HMAC takes keys of any length; never reached
        };
        mac.update(&step.to_be_bytes());
        let hash = mac.finalize().into_bytes();
        let offset = usize::from(hash[hash.len() - 1] & 0x0f);
        let truncated = u32::from_be_bytes([
            hash[offset] & 0x7f,
            hash[offset + 1],
            hash[offset + 2],
            hash[offset + 3],
        ]);
        truncated % 10_u32.pow(digits)
    }

    /// The six-digit code for the moment `at`.
    pub fn code_at(&self, at: DateTime<Utc>) -> String {
        format!("{:06}", self.code_at_step(step_of(at), 6))
    }

    /// The step `code` belongs to, if it is right at `now` (give or take one step) and newer
    /// than `last_used`, so that a code seen over someone's shoulder cannot be used again.
    pub fn verify(&self, code: &str, now: DateTime<Utc>, last_used: Option<i64>) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let current = step_of(now);
        (current - DRIFT_STEPS..=current + DRIFT_STEPS)
            .filter(|step| last_used.is_none_or(|last| *step > last))
            .find(|step| format!("{:06}", self.code_at_step(*step, 6)) == code)
    }
}

fn step_of(at: DateTime<Utc>) -> i64 {
    at.timestamp().div_euclid(STEP_SECONDS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn rfc_secret() -> TotpSecret {
        TotpSecret(b"12345678901234567890".to_vec())
    }

    #[test]
    fn matches_the_test_vectors_of_rfc_6238() {
        // RFC 6238 appendix B (SHA-1), eight digits.
        for (seconds, expected) in [
            (59, 94_287_082),
            (1_111_111_109, 7_081_804),
            (1_234_567_890, 89_005_924),
            (20_000_000_000, 65_353_130),
        ] {
            assert_eq!(
                rfc_secret().code_at_step(seconds / 30, 8),
                expected,
                "{seconds}"
            );
        }
        let at = Utc.timestamp_opt(1_111_111_109, 0).unwrap();
        assert_eq!(rfc_secret().code_at(at), "081804");
    }

    #[test]
    fn a_code_counts_once_and_only_near_its_time() {
        let secret = TotpSecret::generate();
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 10).unwrap();
        let code = secret.code_at(now);
        let step = secret.verify(&code, now, None).unwrap();
        assert_eq!(secret.verify(&code, now, Some(step)), None, "replayed");
        let later = now + chrono::TimeDelta::seconds(30);
        assert!(
            secret.verify(&code, later, None).is_some(),
            "one step of drift"
        );
        let much_later = now + chrono::TimeDelta::minutes(2);
        assert_eq!(secret.verify(&code, much_later, None), None);
        assert_eq!(secret.verify("12345", now, None), None);
        assert_eq!(secret.verify("abcdef", now, None), None);
    }

    #[test]
    fn the_secret_round_trips_through_base32_and_the_app_address() {
        let secret = TotpSecret::generate();
        let text = secret.to_base32();
        assert_eq!(text.len(), 32);
        assert_eq!(
            TotpSecret::from_base32(&text.to_lowercase()),
            Some(secret.clone())
        );
        assert_eq!(TotpSecret::from_base32("not base32!"), None);
        let uri = secret.otpauth_uri("ana admin@example.org");
        assert!(uri.starts_with("otpauth://totp/Heritage%20Hub:ana%20admin@example.org?secret="));
        assert!(uri.contains(&text));
    }
}
