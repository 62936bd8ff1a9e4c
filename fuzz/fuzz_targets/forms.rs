//! A posted form, as the server reads it: the wizard's steps (every step's rules run on what
//! was read), a workshop sign-up and a visit application. Nothing may panic.
#![no_main]

use app::submission::SaveStep;
use app::submission::steps::WizardStep;
use app::submission::{Context, SubmissionAnswers};
use app::visits::ApplyForVisit;
use app::workshops::RegisterForWorkshop;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    // The same reader as the server's: five levels of nesting, brackets not percent-encoded.
    let reader = serde_qs::Config::new(5, false);
    if let Ok(posted) = reader.deserialize_bytes::<SaveStep>(body) {
        let context = Context::new(2026, &[]);
        for step in WizardStep::ALL {
            let mut answers = SubmissionAnswers::default();
            answers.replace_step(step, posted.answers.clone());
            let _ = answers.errors(step, &context);
        }
        let _ = posted.answers.first_incomplete_step(&context);
    }
    if let Ok(sign_up) = reader.deserialize_bytes::<RegisterForWorkshop>(body) {
        let _ = sign_up.answers.parse();
    }
    if let Ok(application) = reader.deserialize_bytes::<ApplyForVisit>(body) {
        let _ = application.answers.parse();
    }
});
