//! The wizard's server functions: thin, as public endpoints should be. They read the draft from
//! the cookie, keep what was typed, and let the shared step rules decide where to go next.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::SubmissionAnswers;
use super::steps::WizardStep;
use crate::call::CallPhase;
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftStatus {
    /// Nothing saved yet in this browser.
    New,
    Draft,
    Submitted {
        reference: String,
    },
}

/// Everything a wizard page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WizardState {
    pub status: DraftStatus,
    pub answers: SubmissionAnswers,
    pub phase: CallPhase,
    pub closes_at_text: String,
    pub current_year: i32,
}

impl WizardState {
    pub fn context(&self) -> super::Context {
        super::Context {
            current_year: self.current_year,
            has_images: false,
        }
    }
}

/// The draft this browser is working on, and the call's state.
#[server(endpoint = "wizard_state")]
pub async fn load_wizard() -> Result<WizardState, AppError> {
    use chrono::Datelike;
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    let settings = crate::call::db::load(&state.db).await?;
    let draft = match super::session::draft_token() {
        Some(token) => super::db::find_by_draft_token(&state.db, &token).await?,
        None => None,
    };
    let (status, answers) = match draft {
        None => (DraftStatus::New, SubmissionAnswers::default()),
        Some(draft) => match draft.reference {
            Some(reference) => (DraftStatus::Submitted { reference }, draft.answers),
            None => (DraftStatus::Draft, draft.answers),
        },
    };
    Ok(WizardState {
        status,
        answers,
        phase: CallPhase::at(now, settings.opens_at, settings.closes_at),
        closes_at_text: crate::time::in_brussels(settings.closes_at),
        current_year: now.year(),
    })
}

/// Opens the draft of an emailed resume link in this browser, then goes to where it left off.
#[server(endpoint = "resume_draft")]
pub async fn resume_draft(token: String) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    let token = super::token::SecretToken::parse(&token).ok_or_else(not_found_link)?;
    let draft = super::db::find_by_draft_token(&state.db, &token)
        .await?
        .ok_or_else(not_found_link)?;
    super::session::remember_draft(&token, state.serves_https());
    let destination = if draft.reference.is_some() {
        "/submit/sent".to_owned()
    } else {
        let context = super::Context {
            current_year: chrono::Datelike::year(&chrono::Utc::now()),
            has_images: false,
        };
        step_path(
            draft
                .answers
                .first_incomplete_step(context)
                .unwrap_or(WizardStep::Review),
            false,
        )
    };
    leptos_axum::redirect(&destination);
    Ok(())
}

#[cfg(feature = "ssr")]
fn not_found_link() -> AppError {
    AppError::NotFound("A draft for this link".to_owned())
}

/// The address of a step; `check` asks the page to show the step's problems.
pub fn step_path(step: WizardStep, check: bool) -> String {
    format!(
        "/submit/{}{}",
        step.slug(),
        if check { "?check=1" } else { "" }
    )
}

/// Saves one step as typed, then goes on to the next step, or back to this one with its
/// problems shown. On the review step, a complete draft is sent.
#[server(endpoint = "save_step")]
pub async fn save_step(
    step: String,
    // A step posted with every field blank sends no answers at all.
    #[server(default)] answers: SubmissionAnswers,
) -> Result<(), AppError> {
    use super::db;
    use crate::email::Email;
    use chrono::Datelike;

    let step = WizardStep::from_slug(&step)
        .ok_or_else(|| AppError::BadRequest("unknown step".to_owned()))?;
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    let settings = crate::call::db::load(&state.db).await?;
    if CallPhase::at(now, settings.opens_at, settings.closes_at) != CallPhase::Open {
        return Err(AppError::CallClosed);
    }

    let existing = match super::session::draft_token() {
        Some(token) => db::find_by_draft_token(&state.db, &token)
            .await?
            .map(|draft| (token, draft)),
        None => None,
    };
    if existing
        .as_ref()
        .is_some_and(|(_, draft)| draft.reference.is_some())
    {
        leptos_axum::redirect("/submit/sent");
        return Ok(());
    }
    let mut stored = existing
        .as_ref()
        .map(|(_, draft)| draft.answers.clone())
        .unwrap_or_default();
    stored.replace_step(step, answers);
    let (id, token, resume_link_sent_to) = match existing {
        Some((token, draft)) => {
            db::save_draft_answers(&state.db, draft.id, &stored, now).await?;
            (draft.id, token, draft.resume_link_sent_to)
        }
        None => {
            let (id, token) = db::create_draft(&state.db, &stored, now).await?;
            super::session::remember_draft(&token, state.serves_https());
            (id, token, None)
        }
    };

    // The resume link goes to every new address the draft is given, once.
    if let Ok(email) = Email::parse(&stored.organisation.email) {
        let address = email.as_str().to_lowercase();
        if resume_link_sent_to.as_deref() != Some(address.as_str()) {
            let closes = crate::time::in_brussels(settings.closes_at);
            crate::outbox::queue(
                &state.db,
                super::emails::resume_link(email, &state.public_url, &token, &closes),
            )
            .await?;
            db::mark_resume_link_sent(&state.db, id, &address).await?;
        }
    }

    let context = super::Context {
        current_year: now.year(),
        has_images: false,
    };
    let destination = if step == WizardStep::Review {
        match stored.first_incomplete_step(context) {
            Some(incomplete) => step_path(incomplete, true),
            None => {
                let consents = stored
                    .consents
                    .parse(context.has_images)
                    .map_err(|_| AppError::Internal)?;
                let confirmation = |submitted: &db::Submitted| {
                    let email = Email::parse(&stored.organisation.email).ok()?;
                    Some(super::emails::confirmation(
                        email,
                        &state.public_url,
                        &submitted.reference,
                        &submitted.manage_token,
                        &stored,
                    ))
                };
                if db::submit(&state.db, id, &consents, now, confirmation)
                    .await?
                    .is_none()
                {
                    tracing::info!(id, "a submission was sent twice; the first one stands");
                }
                "/submit/sent".to_owned()
            }
        }
    } else if stored.errors(step, context).is_empty() {
        step_path(step.next().unwrap_or(WizardStep::Review), false)
    } else {
        step_path(step, true)
    };
    leptos_axum::redirect(&destination);
    Ok(())
}
