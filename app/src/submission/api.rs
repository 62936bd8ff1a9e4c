//! The wizard's server functions: thin, as public endpoints should be. They read the draft from
//! the cookie, keep what was typed, and let the shared step rules decide where to go next.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::steps::WizardStep;
use super::uploads::UploadedFile;
use super::{Context, SubmissionAnswers};
use crate::call::CallPhase;
use crate::error::AppError;
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftStatus {
    /// Nothing saved yet in this browser.
    New,
    Draft,
    /// Sent; its answers can change until the call closes.
    Submitted {
        reference: String,
    },
    Withdrawn {
        reference: String,
    },
}

/// Everything a wizard page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WizardState {
    pub status: DraftStatus,
    pub answers: SubmissionAnswers,
    pub uploads: Vec<UploadedFile>,
    pub phase: CallPhase,
    pub closes_at_text: String,
    pub current_year: i32,
}

impl WizardState {
    pub fn context(&self) -> Context {
        Context::new(self.current_year, &self.uploads)
    }
}

/// The draft this browser is working on, and the call's state.
#[server(endpoint = "wizard_state")]
pub async fn load_wizard(#[server(default)] lang: Lang) -> Result<WizardState, AppError> {
    use chrono::Datelike;
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    let settings = crate::call::db::load(&state.db).await?;
    let cookie = super::session::draft_token();
    let wanted = super::access::AccessUse::Wizard;
    let draft = super::saving::opened(&state, cookie.as_ref(), wanted, now)
        .await?
        .map(|opened| opened.draft);
    let uploads = match &draft {
        Some(draft) => super::uploads::db::list(&state.db, draft.id).await?,
        None => vec![],
    };
    let (status, answers) = match draft {
        None => (DraftStatus::New, SubmissionAnswers::default()),
        Some(draft) => {
            let reference = draft.reference.clone().unwrap_or_default();
            let status = match draft.status.as_str() {
                super::db::status::SUBMITTED => DraftStatus::Submitted { reference },
                super::db::status::WITHDRAWN => DraftStatus::Withdrawn { reference },
                _ => DraftStatus::Draft,
            };
            (status, draft.answers)
        }
    };
    Ok(WizardState {
        status,
        answers,
        uploads,
        phase: CallPhase::at(now, settings.opens_at, settings.closes_at),
        closes_at_text: crate::i18n::dates::in_brussels(lang, settings.closes_at),
        current_year: now.year(),
    })
}

/// The address of a step; `check` asks the page to show the step's problems.
pub fn step_path(step: WizardStep, check: bool) -> String {
    format!(
        "/submit/{}{}",
        step.slug(),
        if check { "?check=1" } else { "" }
    )
}

/// Stores the posted answers of `step` for this browser's submission, starting a draft (and
/// giving the browser its cookie) when there is none.
#[cfg(feature = "ssr")]
async fn store_posted(
    step: &str,
    answers: SubmissionAnswers,
    lang: Lang,
) -> Result<(crate::state::AppState, super::saving::Saved, WizardStep), AppError> {
    let step = WizardStep::from_slug(step)
        .ok_or_else(|| AppError::BadRequest("unknown step".to_owned()))?;
    let state = crate::state::app_state()?;
    let token = super::session::draft_token();
    let saved =
        super::saving::store_step(&state, token, step, answers, lang, chrono::Utc::now()).await?;
    if let Some(token) = &saved.new_token {
        super::session::remember_draft(token, state.serves_https());
    }
    Ok((state, saved, step))
}

/// Saves one step as typed, then goes on to the next step, or back to this one with its
/// problems shown. On the review step, a complete draft is sent.
#[server(endpoint = "save_step")]
pub async fn save_step(
    step: String,
    // A step posted with every field blank sends no answers at all.
    #[server(default)] answers: SubmissionAnswers,
    // The page's language, where the next page is shown.
    #[server(default)] lang: Lang,
) -> Result<(), AppError> {
    let (state, saved, step) = store_posted(&step, answers, lang).await?;
    let destination =
        super::saving::next_destination(&state, &saved, step, chrono::Utc::now()).await?;
    leptos_axum::redirect(&lang.href(&destination));
    Ok(())
}

/// Saves one step as typed while the applicant types, without moving on.
#[server(endpoint = "autosave_step")]
pub async fn autosave_step(
    step: String,
    #[server(default)] answers: SubmissionAnswers,
    #[server(default)] lang: Lang,
) -> Result<(), AppError> {
    store_posted(&step, answers, lang).await.map(|_| ())
}

/// "Email me my link again": sends a fresh link to every draft or sent submission of `email`,
/// within the link quota. The answer is the same, and as quick, whether or not there is one:
/// the looking up and sending happen after it, so neither words nor time reveal an address.
#[server(endpoint = "resend_link")]
pub async fn resend_link(email: String, #[server(default)] lang: Lang) -> Result<(), AppError> {
    use crate::email::Email;
    let state = crate::state::app_state()?;
    let email = Email::parse(&email).map_err(|problem| AppError::invalid("email", problem))?;
    crate::rate_limit::check(crate::rate_limit::Action::ResendLink).await?;
    tokio::spawn(async move {
        if let Err(error) = send_links_to(&state, &email).await {
            tracing::warn!(%error, "could not send the links asked for again");
        }
    });
    leptos_axum::redirect(&lang.href("/submit/link-sent"));
    Ok(())
}

#[cfg(feature = "ssr")]
async fn send_links_to(
    state: &crate::state::AppState,
    email: &crate::email::Email,
) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    for draft in super::db::find_open_by_email(&state.db, email).await? {
        let reference = draft.reference.as_deref().filter(|_| !draft.is_draft());
        super::saving::send_link(state, draft.id, reference, email, draft.lang, now).await?;
    }
    Ok(())
}
