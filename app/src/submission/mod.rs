//! The submission wizard: seven steps that applicants fill in over several sittings, without an
//! account. Every step's answers are kept exactly as typed (so nothing is ever lost) and parsed
//! by one function per step, which the browser runs for instant feedback and the server runs
//! as the authority.

#[cfg(feature = "ssr")]
pub mod access;
mod api;
mod choose;
pub mod consents;
pub mod fields;
pub mod impact;
pub mod manage;
pub mod media;
pub mod organisation;
pub mod peer_learning;
pub mod practice;
pub mod reference;
pub mod steps;
pub mod transformation;
pub mod uploads;

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
mod emails;
mod pages;
#[cfg(feature = "ssr")]
pub mod resume_link;
#[cfg(feature = "ssr")]
mod saving;
#[cfg(feature = "ssr")]
pub mod session;
mod step_forms;

pub use api::{DraftStatus, SaveStep, WizardState, load_wizard, save_step};
pub use choose::ChoosePage;
pub use manage::{LinkSentPage, ResendPage};
pub use pages::{SentPage, SubmitPage, WizardStepPage};
pub use step_forms::AnswerSummary;

use serde::{Deserialize, Serialize};

use consents::ConsentAnswers;
use fields::FieldErrors;
use impact::ImpactAnswers;
use media::MediaAnswers;
use organisation::OrganisationAnswers;
use peer_learning::PeerLearningAnswers;
use practice::PracticeAnswers;
use steps::WizardStep;
use transformation::TransformationAnswers;

/// Everything typed into a draft, step by step, as typed. Stored as JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubmissionAnswers {
    pub organisation: OrganisationAnswers,
    pub practice: PracticeAnswers,
    pub transformation: TransformationAnswers,
    pub impact: ImpactAnswers,
    pub peer_learning: PeerLearningAnswers,
    pub media: MediaAnswers,
    pub consents: ConsentAnswers,
}

/// What a step's rules depend on besides its own answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    pub current_year: i32,
    /// The uploaded images, whose details step 6 asks for.
    pub images: Vec<i32>,
}

impl Context {
    pub fn new(current_year: i32, uploads: &[uploads::UploadedFile]) -> Self {
        Context {
            current_year,
            images: uploads
                .iter()
                .filter(|file| file.kind == uploads::UploadKind::Image)
                .map(|file| file.id)
                .collect(),
        }
    }

    /// With images, the applicant must confirm their rights to them.
    pub fn has_images(&self) -> bool {
        !self.images.is_empty()
    }
}

impl SubmissionAnswers {
    /// The problems of one step; empty when the step is complete.
    pub fn errors(&self, step: WizardStep, context: &Context) -> FieldErrors {
        fn errors_of<T>(result: Result<T, FieldErrors>) -> FieldErrors {
            result.err().unwrap_or_default()
        }
        match step {
            WizardStep::Organisation => errors_of(self.organisation.parse()),
            WizardStep::Practice => errors_of(self.practice.parse(context.current_year)),
            WizardStep::Transformation => errors_of(self.transformation.parse()),
            WizardStep::Impact => errors_of(self.impact.parse()),
            WizardStep::PeerLearning => errors_of(self.peer_learning.parse()),
            WizardStep::Media => errors_of(self.media.parse(&context.images)),
            WizardStep::Review => errors_of(self.consents.parse(context.has_images())),
        }
    }

    /// Takes the answers of `step` from `posted`, which holds only that step's fields.
    pub fn replace_step(&mut self, step: WizardStep, posted: SubmissionAnswers) {
        match step {
            WizardStep::Organisation => self.organisation = posted.organisation,
            WizardStep::Practice => self.practice = posted.practice,
            WizardStep::Transformation => self.transformation = posted.transformation,
            WizardStep::Impact => self.impact = posted.impact,
            WizardStep::PeerLearning => self.peer_learning = posted.peer_learning,
            WizardStep::Media => self.media = posted.media,
            WizardStep::Review => self.consents = posted.consents,
        }
    }

    /// The first step that still has problems: where "continue" leads, and what blocks sending.
    pub fn first_incomplete_step(&self, context: &Context) -> Option<WizardStep> {
        WizardStep::ALL
            .into_iter()
            .find(|&step| !self.errors(step, context).is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_draft_starts_at_the_first_step_and_survives_unknown_fields() {
        let context = Context {
            current_year: 2026,
            images: vec![],
        };
        let answers = SubmissionAnswers::default();
        assert_eq!(
            answers.first_incomplete_step(&context),
            Some(WizardStep::Organisation)
        );

        // A draft saved by an older or newer version still loads.
        let stored =
            r#"{"organisation":{"first_name":"Nino","retired_field":"x"},"unknown_step":{}}"#;
        let loaded: SubmissionAnswers = serde_json::from_str(stored).unwrap();
        assert_eq!(loaded.organisation.first_name, "Nino");
        assert_eq!(loaded.practice, PracticeAnswers::default());
    }
}
