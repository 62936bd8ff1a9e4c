//! Step 4: impact and transferability.

use serde::{Deserialize, Serialize};

use super::fields::{FieldErrors, LongText, Text};

/// Results and evidence get more room: indicators and numbers take space.
pub type Evidence = Text<3000>;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImpactAnswers {
    pub results: String,
    pub lessons: String,
    pub transferability: String,
    pub requirements: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Impact {
    /// Results and evidence: indicators, numbers.
    pub results: Evidence,
    pub lessons: LongText,
    /// How another local context could adopt the practice.
    pub transferability: LongText,
    /// What adopting it would need.
    pub requirements: LongText,
}

impl ImpactAnswers {
    pub fn parse(&self) -> Result<Impact, FieldErrors> {
        let mut errors = FieldErrors::default();
        let results = errors.check("results", Evidence::parse(&self.results));
        let lessons = errors.check("lessons", LongText::parse(&self.lessons));
        let transferability =
            errors.check("transferability", LongText::parse(&self.transferability));
        let requirements = errors.check("requirements", LongText::parse(&self.requirements));
        let impact = (|| {
            Some(Impact {
                results: results?,
                lessons: lessons?,
                transferability: transferability?,
                requirements: requirements?,
            })
        })();
        errors.into_result(impact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_is_required_and_bounded() {
        let errors = ImpactAnswers {
            results: "r".repeat(3001),
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        assert_eq!(
            errors.english_for("results").as_deref(),
            Some("Use at most 3,000 characters (you have 3,001).")
        );
        for field in ["lessons", "transferability", "requirements"] {
            assert_eq!(
                errors.english_for(field).as_deref(),
                Some("This field is required."),
                "{field}"
            );
        }
        let complete = ImpactAnswers {
            results: "64 balconies repaired".into(),
            lessons: "Start small".into(),
            transferability: "Any city with courtyard houses".into(),
            requirements: "A carpenter and an energy adviser".into(),
        };
        assert!(complete.parse().is_ok());
    }
}
