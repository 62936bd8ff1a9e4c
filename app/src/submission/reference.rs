//! A sent practice's reference, `EHH-2026-0042`: made by the server when a practice is sent, and
//! read back from an address only in exactly that shape, so a crafted address cannot put words
//! of its own on the confirmation page.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference(String);

impl Reference {
    pub fn new(year: i32, number: i32) -> Self {
        Reference(format!("EHH-{year}-{number:04}"))
    }

    /// `EHH-`, a four-digit year, `-`, and four to nine digits.
    pub fn parse(text: &str) -> Option<Self> {
        let (year, number) = text.strip_prefix("EHH-")?.split_once('-')?;
        let digits = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
            lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
        };
        (digits(year, 4..=4) && digits(number, 4..=9)).then(|| Reference(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_back_only_in_their_own_shape() {
        let made = Reference::new(2026, 42);
        assert_eq!(made.as_str(), "EHH-2026-0042");
        assert_eq!(Reference::parse("EHH-2026-0042"), Some(made));
        assert!(Reference::parse("EHH-2026-12345").is_some());
        for crafted in [
            "",
            "EHH-2026-42",
            "EHH-26-0042",
            "ehh-2026-0042",
            "EHH-2026-0042 Your practice was refused",
            "EHH-2026-00<b>",
            "EHH-2026-0042-1",
        ] {
            assert_eq!(Reference::parse(crafted), None, "{crafted}");
        }
    }
}
