//! The secrets in links and cookies: resume and manage links, staff sessions, file names. Only
//! their SHA-256 hashes are stored, so a copy of the database opens nobody's draft, submission
//! or session.

use hmac::Mac;
use http::HeaderMap;
use http::header::COOKIE;
use sha2::{Digest, Sha256};

/// 32 random bytes, written as 64 hexadecimal characters. `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretToken(String);

impl std::fmt::Debug for SecretToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretToken(…)")
    }
}

impl SecretToken {
    pub fn generate() -> Self {
        SecretToken(hex::encode(rand::random::<[u8; 32]>()))
    }

    /// Accepts only the exact shape that `generate` produces.
    pub fn parse(input: &str) -> Option<Self> {
        (input.len() == 64
            && input
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .then(|| SecretToken(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What the database keeps.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }
}

/// The site's own key, shared by every instance through the database: it signs what the server
/// writes into an address for the next page (a form's error, a refused file's name), so that a
/// page shows only messages the server wrote. `Debug` never shows it.
#[derive(Clone)]
pub struct SiteKey([u8; 32]);

impl std::fmt::Debug for SiteKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SiteKey(…)")
    }
}

impl SiteKey {
    pub fn generate() -> Self {
        SiteKey(rand::random())
    }

    /// Reads back a key written by [`SiteKey::to_hex`].
    pub fn from_hex(text: &str) -> Option<Self> {
        hex::decode(text).ok()?.try_into().ok().map(SiteKey)
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// HMAC-SHA-256 of `message`, in hexadecimal.
    pub fn sign(&self, message: &str) -> String {
        hex::encode(self.mac(message).finalize().into_bytes())
    }

    /// Whether `signature` is [`SiteKey::sign`]'s for `message`, compared in constant time.
    pub fn verifies(&self, message: &str, signature: &str) -> bool {
        hex::decode(signature).is_ok_and(|bytes| self.mac(message).verify_slice(&bytes).is_ok())
    }

    fn mac(&self, message: &str) -> hmac::Hmac<Sha256> {
        use hmac::KeyInit;
        // HMAC pads a key shorter than the hash's block with zeros; padded here, the key has the
        // block's length and the constructor cannot fail.
        let mut block = [0u8; 64];
        block[..self.0.len()].copy_from_slice(&self.0);
        let mut mac = hmac::Hmac::<Sha256>::new(&block.into());
        mac.update(message.as_bytes());
        mac
    }
}

/// The secret in cookie `name` of a request, if it carries a well-formed one.
pub fn from_cookie(headers: &HeaderMap, name: &str) -> Option<SecretToken> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|cookie| cookie.trim().split_once('='))
        .find(|(cookie, _)| *cookie == name)
        .and_then(|(_, value)| SecretToken::parse(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_key_signs_and_only_its_own_signatures_verify() {
        let key = SiteKey::generate();
        let signature = key.sign("__err=abc");
        assert_eq!(signature.len(), 64);
        assert!(key.verifies("__err=abc", &signature));
        assert!(!key.verifies("__err=abd", &signature));
        assert!(!SiteKey::generate().verifies("__err=abc", &signature));
        assert!(!key.verifies("__err=abc", "zz"));
        let again = SiteKey::from_hex(&key.to_hex()).unwrap();
        assert!(again.verifies("__err=abc", &signature));
        assert!(SiteKey::from_hex("abcd").is_none());
        assert_eq!(format!("{key:?}"), "SiteKey(…)");
    }

    #[test]
    fn tokens_are_random_parseable_and_stored_only_as_a_hash() {
        let token = SecretToken::generate();
        assert_ne!(token, SecretToken::generate());
        assert_eq!(SecretToken::parse(token.expose()), Some(token.clone()));
        assert_eq!(token.hash().len(), 64);
        assert_ne!(token.hash(), token.expose());
        assert_eq!(format!("{token:?}"), "SecretToken(…)");
        for bad in [
            "",
            "abc",
            &"G".repeat(64),
            &"a".repeat(65),
            &token.expose().to_uppercase(),
        ] {
            assert_eq!(SecretToken::parse(bad), None, "{bad}");
        }
    }
}
