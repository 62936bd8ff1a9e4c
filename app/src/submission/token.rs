//! The secret in a draft's resume link. Only its SHA-256 hash is stored, so a copy of the
//! database does not open anyone's draft.

use sha2::{Digest, Sha256};

/// 32 random bytes, written as 64 hexadecimal characters. `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct DraftToken(String);

impl std::fmt::Debug for DraftToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DraftToken(…)")
    }
}

impl DraftToken {
    pub fn generate() -> Self {
        DraftToken(hex::encode(rand::random::<[u8; 32]>()))
    }

    /// Accepts only the exact shape that `generate` produces.
    pub fn parse(input: &str) -> Option<Self> {
        (input.len() == 64
            && input
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .then(|| DraftToken(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What the database keeps.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_parseable_and_stored_only_as_a_hash() {
        let token = DraftToken::generate();
        assert_ne!(token, DraftToken::generate());
        assert_eq!(DraftToken::parse(token.expose()), Some(token.clone()));
        assert_eq!(token.hash().len(), 64);
        assert_ne!(token.hash(), token.expose());
        assert_eq!(format!("{token:?}"), "DraftToken(…)");
        for bad in [
            "",
            "abc",
            &"G".repeat(64),
            &"a".repeat(65),
            &token.expose().to_uppercase(),
        ] {
            assert_eq!(DraftToken::parse(bad), None, "{bad}");
        }
    }
}
