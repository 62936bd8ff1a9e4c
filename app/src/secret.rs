//! The secrets in links and cookies: resume and manage links, staff sessions, file names. Only
//! their SHA-256 hashes are stored, so a copy of the database opens nobody's draft, submission
//! or session.

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
