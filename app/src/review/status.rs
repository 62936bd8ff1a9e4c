//! Where a sent submission stands: submitted → under review → shortlisted → selected | not
//! selected; withdrawn by the applicant at any time before the decision.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewStatus {
    Submitted,
    UnderReview,
    Shortlisted,
    Selected,
    NotSelected,
    Withdrawn,
}

impl ReviewStatus {
    pub const ALL: [ReviewStatus; 6] = [
        ReviewStatus::Submitted,
        ReviewStatus::UnderReview,
        ReviewStatus::Shortlisted,
        ReviewStatus::Selected,
        ReviewStatus::NotSelected,
        ReviewStatus::Withdrawn,
    ];

    /// What admins may move a submission to; withdrawal is the applicant's alone.
    pub const DECIDABLE: [ReviewStatus; 5] = [
        ReviewStatus::Submitted,
        ReviewStatus::UnderReview,
        ReviewStatus::Shortlisted,
        ReviewStatus::Selected,
        ReviewStatus::NotSelected,
    ];

    /// As stored in `submission.status`.
    pub fn slug(self) -> &'static str {
        match self {
            ReviewStatus::Submitted => "submitted",
            ReviewStatus::UnderReview => "under_review",
            ReviewStatus::Shortlisted => "shortlisted",
            ReviewStatus::Selected => "selected",
            ReviewStatus::NotSelected => "not_selected",
            ReviewStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ReviewStatus::Submitted => "Sent",
            ReviewStatus::UnderReview => "Under review",
            ReviewStatus::Shortlisted => "Shortlisted",
            ReviewStatus::Selected => "Selected",
            ReviewStatus::NotSelected => "Not selected",
            ReviewStatus::Withdrawn => "Withdrawn by the applicant",
        }
    }

    pub fn parse(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.slug() == slug)
    }

    /// The label of a stored status, or the stored text itself.
    pub fn label_of(stored: &str) -> String {
        Self::parse(stored).map_or_else(|| stored.to_owned(), |status| status.label().to_owned())
    }

    /// Before the decision, an applicant may still withdraw.
    pub fn before_decision(self) -> bool {
        matches!(
            self,
            ReviewStatus::Submitted | ReviewStatus::UnderReview | ReviewStatus::Shortlisted
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_and_withdrawal_ends_at_the_decision() {
        for status in ReviewStatus::ALL {
            assert_eq!(ReviewStatus::parse(status.slug()), Some(status));
        }
        assert!(ReviewStatus::Shortlisted.before_decision());
        assert!(!ReviewStatus::Selected.before_decision());
        assert!(!ReviewStatus::DECIDABLE.contains(&ReviewStatus::Withdrawn));
        assert_eq!(ReviewStatus::label_of("draft"), "draft");
    }
}
