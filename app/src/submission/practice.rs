//! Step 2: the practice.

use serde::{Deserialize, Serialize};

use super::fields::{Description, FieldErrors, LongText, NoChoice, ShortText, Summary, parse_year};
use crate::country::Country;
use crate::written_language::WrittenLanguage;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PracticeStatus {
    Ongoing,
    Completed,
}

impl PracticeStatus {
    pub const ALL: [PracticeStatus; 2] = [PracticeStatus::Ongoing, PracticeStatus::Completed];

    pub fn slug(self) -> &'static str {
        match self {
            PracticeStatus::Ongoing => "ongoing",
            PracticeStatus::Completed => "completed",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PracticeStatus::Ongoing => "Ongoing",
            PracticeStatus::Completed => "Completed",
        }
    }

    /// The catalogue's name for the label, for pages in every language.
    pub fn label_key(self) -> &'static str {
        match self {
            PracticeStatus::Ongoing => "practice-status-ongoing",
            PracticeStatus::Completed => "practice-status-completed",
        }
    }

    pub fn parse(slug: &str) -> Result<Self, NoChoice> {
        Self::ALL
            .into_iter()
            .find(|status| status.slug() == slug.trim())
            .ok_or(NoChoice)
    }
}

/// The practice's overall budget, in bands so that nobody has to disclose exact figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BudgetRange {
    Under10k,
    From10kTo50k,
    From50kTo250k,
    From250kTo1m,
    Over1m,
}

impl BudgetRange {
    pub const ALL: [BudgetRange; 5] = [
        BudgetRange::Under10k,
        BudgetRange::From10kTo50k,
        BudgetRange::From50kTo250k,
        BudgetRange::From250kTo1m,
        BudgetRange::Over1m,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            BudgetRange::Under10k => "under-10k",
            BudgetRange::From10kTo50k => "10k-50k",
            BudgetRange::From50kTo250k => "50k-250k",
            BudgetRange::From250kTo1m => "250k-1m",
            BudgetRange::Over1m => "over-1m",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            BudgetRange::Under10k => "Less than €10,000",
            BudgetRange::From10kTo50k => "€10,000 to €50,000",
            BudgetRange::From50kTo250k => "€50,000 to €250,000",
            BudgetRange::From250kTo1m => "€250,000 to €1 million",
            BudgetRange::Over1m => "More than €1 million",
        }
    }

    /// The catalogue's name for the label, for pages in every language.
    pub fn label_key(self) -> &'static str {
        match self {
            BudgetRange::Under10k => "practice-budget-under-10k",
            BudgetRange::From10kTo50k => "practice-budget-10k-50k",
            BudgetRange::From50kTo250k => "practice-budget-50k-250k",
            BudgetRange::From250kTo1m => "practice-budget-250k-1m",
            BudgetRange::Over1m => "practice-budget-over-1m",
        }
    }

    /// Optional: blank means not given.
    pub fn parse_optional(slug: &str) -> Result<Option<Self>, NoChoice> {
        super::fields::optional(slug, |slug| {
            Self::ALL
                .into_iter()
                .find(|range| range.slug() == slug.trim())
                .ok_or(NoChoice)
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PracticeAnswers {
    /// The language the applicant writes the practice's texts in (a code).
    pub language: String,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub city_region: String,
    pub country: String,
    pub status: String,
    pub start_year: String,
    pub partners: String,
    pub target_groups: String,
    pub budget_range: String,
    pub funding_sources: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    pub language: WrittenLanguage,
    pub title: ShortText,
    pub summary: Summary,
    pub description: Description,
    pub city_region: ShortText,
    pub country: Country,
    pub status: PracticeStatus,
    pub start_year: i32,
    pub partners: LongText,
    pub target_groups: LongText,
    pub budget_range: Option<BudgetRange>,
    pub funding_sources: Option<LongText>,
}

impl PracticeAnswers {
    /// `current_year` bounds the start year; it is passed in so that the rule needs no clock.
    pub fn parse(&self, current_year: i32) -> Result<Practice, FieldErrors> {
        let mut errors = FieldErrors::default();
        let language = errors.check("language", WrittenLanguage::parse(&self.language));
        let title = errors.check("title", ShortText::parse(&self.title));
        let summary = errors.check("summary", Summary::parse(&self.summary));
        let description = errors.check("description", Description::parse(&self.description));
        let city_region = errors.check("city_region", ShortText::parse(&self.city_region));
        let country = errors.check("country", Country::parse(&self.country));
        let status = errors.check("status", PracticeStatus::parse(&self.status));
        let start_year = errors.check("start_year", parse_year(&self.start_year, current_year));
        let partners = errors.check("partners", LongText::parse(&self.partners));
        let target_groups = errors.check("target_groups", LongText::parse(&self.target_groups));
        let budget_range = errors.check(
            "budget_range",
            BudgetRange::parse_optional(&self.budget_range),
        );
        let funding_sources = errors.check(
            "funding_sources",
            LongText::parse_optional(&self.funding_sources),
        );
        let practice = (|| {
            Some(Practice {
                language: language?,
                title: title?,
                summary: summary?,
                description: description?,
                city_region: city_region?,
                country: country?,
                status: status?,
                start_year: start_year?,
                partners: partners?,
                target_groups: target_groups?,
                budget_range: budget_range?,
                funding_sources: funding_sources?,
            })
        })();
        errors.into_result(practice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> PracticeAnswers {
        PracticeAnswers {
            language: "ka".into(),
            title: "Retrofitting balcony houses".into(),
            summary: "Residents repair carved balconies.".into(),
            description: "A long description.".into(),
            city_region: "Tbilisi".into(),
            country: "ge".into(),
            status: "ongoing".into(),
            start_year: "2021".into(),
            partners: "City Hall, residents".into(),
            target_groups: "Families in the old town".into(),
            budget_range: "".into(),
            funding_sources: "".into(),
        }
    }

    #[test]
    fn complete_answers_parse_with_optional_parts_left_blank() {
        let practice = complete().parse(2026).unwrap();
        assert_eq!(practice.status, PracticeStatus::Ongoing);
        assert_eq!(
            (practice.budget_range, practice.funding_sources),
            (None, None)
        );
    }

    #[test]
    fn the_summary_is_at_most_500_characters_and_the_description_6000() {
        let answers = PracticeAnswers {
            summary: "s".repeat(501),
            description: "d".repeat(6001),
            ..complete()
        };
        let errors = answers.parse(2026).unwrap_err();
        assert_eq!(
            errors.english_for("summary").as_deref(),
            Some("Use at most 500 characters (you have 501).")
        );
        assert_eq!(
            errors.english_for("description").as_deref(),
            Some("Use at most 6,000 characters (you have 6,001).")
        );
    }

    #[test]
    fn choices_must_come_from_the_lists() {
        let answers = PracticeAnswers {
            language: "klingon".into(),
            status: "paused".into(),
            budget_range: "lots".into(),
            start_year: "2030".into(),
            ..complete()
        };
        let errors = answers.parse(2026).unwrap_err();
        for field in ["language", "status"] {
            assert_eq!(
                errors.english_for(field).as_deref(),
                Some("Choose one of the options.")
            );
        }
        assert_eq!(
            errors.english_for("budget_range").as_deref(),
            Some("Choose one of the options.")
        );
        assert_eq!(
            errors.english_for("start_year").as_deref(),
            Some("Enter a year between 1900 and 2026.")
        );
        for range in BudgetRange::ALL {
            assert_eq!(BudgetRange::parse_optional(range.slug()), Ok(Some(range)));
        }
    }
}
