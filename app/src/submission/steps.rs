//! The seven steps of the wizard, in order.

use serde::{Deserialize, Serialize};

use crate::i18n::{t, t_with};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum WizardStep {
    Organisation,
    Practice,
    Transformation,
    Impact,
    PeerLearning,
    Media,
    Review,
}

impl WizardStep {
    pub const ALL: [WizardStep; 7] = [
        WizardStep::Organisation,
        WizardStep::Practice,
        WizardStep::Transformation,
        WizardStep::Impact,
        WizardStep::PeerLearning,
        WizardStep::Media,
        WizardStep::Review,
    ];

    /// 1 to 7, as shown in "Step n of 7".
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// The step's address segment: `/submit/{slug}`.
    pub fn slug(self) -> &'static str {
        match self {
            WizardStep::Organisation => "organisation",
            WizardStep::Practice => "practice",
            WizardStep::Transformation => "triple-transformation",
            WizardStep::Impact => "impact",
            WizardStep::PeerLearning => "peer-learning",
            WizardStep::Media => "images-and-documents",
            WizardStep::Review => "review",
        }
    }

    fn title_key(self) -> &'static str {
        match self {
            WizardStep::Organisation => "step-organisation",
            WizardStep::Practice => "step-practice",
            WizardStep::Transformation => "step-transformation",
            WizardStep::Impact => "step-impact",
            WizardStep::PeerLearning => "step-peer-learning",
            WizardStep::Media => "step-media",
            WizardStep::Review => "step-review",
        }
    }

    /// The step's name in the page's language.
    pub fn title(self) -> String {
        t(self.title_key())
    }

    /// "Step 3 of 7: Triple transformation", for the page title and the heading.
    pub fn heading(self) -> String {
        t_with(
            "step-heading",
            [
                ("number", self.number().into()),
                ("steps", Self::ALL.len().into()),
                ("title", self.title().into()),
            ],
        )
    }

    pub fn from_slug(slug: &str) -> Option<WizardStep> {
        Self::ALL.into_iter().find(|step| step.slug() == slug)
    }

    pub fn next(self) -> Option<WizardStep> {
        Self::ALL.get(self.number()).copied()
    }

    pub fn previous(self) -> Option<WizardStep> {
        self.number().checked_sub(2).map(|index| Self::ALL[index])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_run_in_order_with_unique_addresses() {
        for (index, step) in WizardStep::ALL.into_iter().enumerate() {
            assert_eq!(step.number(), index + 1);
            assert_eq!(WizardStep::from_slug(step.slug()), Some(step));
        }
        assert_eq!(WizardStep::Organisation.previous(), None);
        assert_eq!(WizardStep::Organisation.next(), Some(WizardStep::Practice));
        assert_eq!(WizardStep::Review.previous(), Some(WizardStep::Media));
        assert_eq!(WizardStep::Review.next(), None);
        assert_eq!(
            WizardStep::Transformation.heading(),
            "Step 3 of 7: Triple transformation"
        );
        assert_eq!(WizardStep::from_slug("nope"), None);
    }
}
