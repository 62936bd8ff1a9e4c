//! Passwords are hashed with argon2id at OWASP's minimum (19 MiB, 2 iterations, 1 lane), on a
//! blocking thread so that hashing never stalls the async workers.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::distr::{Alphanumeric, SampleString};

pub const MIN_LENGTH: usize = 12;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("A password needs at least {MIN_LENGTH} characters.")]
    TooShort,
    #[error("A password can be at most 128 characters long.")]
    TooLong,
    #[error("password hashing failed: {0}")]
    Hashing(String),
}

/// A password that meets the length rules; `Debug` never shows it.
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

impl NewPassword {
    pub fn parse(input: &str) -> Result<Self, PasswordError> {
        match input.chars().count() {
            n if n < MIN_LENGTH => Err(PasswordError::TooShort),
            n if n > 128 => Err(PasswordError::TooLong),
            _ => Ok(NewPassword(input.to_owned())),
        }
    }

    /// 24 random letters and digits: about 142 bits.
    pub fn generate() -> Self {
        NewPassword(Alphanumeric.sample_string(&mut rand::rng(), 24))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("static argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn hash_now(password: &NewPassword) -> Result<String, PasswordError> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())
        .map_err(|e| PasswordError::Hashing(e.to_string()))?;
    hasher()
        .hash_password(password.0.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| PasswordError::Hashing(e.to_string()))
}

pub async fn hash(password: NewPassword) -> Result<String, PasswordError> {
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(|e| PasswordError::Hashing(e.to_string()))?
}

/// The hash of a random password, made once: a sign-in for an unknown account is checked
/// against it, so that it takes as long as one for a known account.
pub static DECOY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| hash_now(&NewPassword::generate()).unwrap_or_default());

pub async fn verify(password: String, stored_hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored_hash)
            .map(|parsed| {
                hasher()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_with_argon2id_at_owasp_parameters_and_verifies() {
        let password = NewPassword::parse("correct horse battery").unwrap();
        let stored = hash(password).await.unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(verify("correct horse battery".into(), stored.clone()).await);
        assert!(!verify("wrong horse battery".into(), stored).await);
    }

    #[test]
    fn length_rules() {
        assert!(matches!(
            NewPassword::parse("short"),
            Err(PasswordError::TooShort)
        ));
        assert!(matches!(
            NewPassword::parse(&"x".repeat(129)),
            Err(PasswordError::TooLong)
        ));
        assert_eq!(NewPassword::generate().expose().len(), 24);
        assert_ne!(
            NewPassword::generate().expose(),
            NewPassword::generate().expose()
        );
    }
}
