//! Saving a step, shared by the step forms, the autosave and the upload form: keep what was
//! typed, email the resume link to each new address once, and decide where the applicant goes
//! next. On the review step, a complete draft is sent, or a sent one's changes.

use chrono::{DateTime, Datelike, Utc};

use super::api::step_path;
use super::steps::WizardStep;
use super::{Context, SubmissionAnswers, db, uploads};
use crate::call::CallPhase;
use crate::email::Email;
use crate::error::AppError;
use crate::secret::SecretToken;
use crate::state::AppState;

/// A draft, or a sent submission being changed, after a save.
pub struct Saved {
    pub id: i32,
    pub answers: SubmissionAnswers,
    pub is_draft: bool,
    /// Set once sent.
    pub reference: Option<String>,
    /// Set when this save started the draft: the browser must be given it.
    pub new_token: Option<SecretToken>,
}

/// Fails unless the call takes submissions and changes at `now`.
pub async fn ensure_call_open(state: &AppState, now: DateTime<Utc>) -> Result<(), AppError> {
    let settings = crate::call::db::load(&state.db).await?;
    match CallPhase::at(now, settings.opens_at, settings.closes_at) {
        CallPhase::Open => Ok(()),
        _ => Err(AppError::CallClosed),
    }
}

/// Starts a draft holding `answers`, counted against the quota of new drafts of `address`.
pub async fn start_draft(
    state: &AppState,
    address: Option<std::net::IpAddr>,
    answers: &SubmissionAnswers,
    now: DateTime<Utc>,
) -> Result<(i32, SecretToken), AppError> {
    state
        .rate_limits
        .check(crate::rate_limit::Action::StartDraft, address, now)?;
    Ok(db::create_draft(&state.db, answers, now).await?)
}

/// The rules' context for submission `id`: this year, and its images.
pub async fn context_of(
    state: &AppState,
    id: i32,
    now: DateTime<Utc>,
) -> Result<Context, AppError> {
    let files = uploads::db::list(&state.db, id).await?;
    Ok(Context::new(now.year(), &files))
}

/// Stores `posted`, the answers of `step`, in the submission that `token` opens, or in a new
/// draft when there is none.
pub async fn store_step(
    state: &AppState,
    token: Option<SecretToken>,
    step: WizardStep,
    posted: SubmissionAnswers,
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    ensure_call_open(state, now).await?;
    let existing = match token {
        Some(token) => db::find_by_token(&state.db, &token).await?,
        None => None,
    };
    let saved = match existing {
        Some(draft) => {
            let mut answers = draft.answers;
            answers.replace_step(step, posted);
            if !db::save_draft_answers(&state.db, draft.id, &answers, now).await? {
                return Err(AppError::Withdrawn);
            }
            let saved = Saved {
                id: draft.id,
                answers,
                is_draft: draft.status == db::status::DRAFT,
                reference: draft.reference,
                new_token: None,
            };
            if saved.is_draft {
                send_resume_link_once(state, &saved, draft.resume_link_sent_to.as_deref(), None)
                    .await?;
            }
            saved
        }
        None => {
            let mut answers = SubmissionAnswers::default();
            answers.replace_step(step, posted);
            let address = crate::rate_limit::client_address().await;
            let (id, token) = start_draft(state, address, &answers, now).await?;
            let saved = Saved {
                id,
                answers,
                is_draft: true,
                reference: None,
                new_token: Some(token),
            };
            send_resume_link_once(state, &saved, None, saved.new_token.as_ref()).await?;
            saved
        }
    };
    Ok(saved)
}

/// The resume link goes to every new address a draft is given, once. A draft started in this
/// request sends the token its browser got; a later address gets a link of its own.
async fn send_resume_link_once(
    state: &AppState,
    saved: &Saved,
    already_sent_to: Option<&str>,
    token: Option<&SecretToken>,
) -> Result<(), AppError> {
    let Ok(email) = Email::parse(&saved.answers.organisation.email) else {
        return Ok(());
    };
    let address = email.as_str().to_lowercase();
    if already_sent_to == Some(address.as_str()) {
        return Ok(());
    }
    let now = Utc::now();
    let token = match token {
        Some(token) => token.clone(),
        None => db::add_access(&state.db, saved.id, db::purpose::DRAFT, now).await?,
    };
    let settings = crate::call::db::load(&state.db).await?;
    let closes = crate::time::in_brussels(settings.closes_at);
    crate::outbox::queue(
        &state.db,
        super::emails::resume_link(email, &state.public_url, &token, &closes),
    )
    .await?;
    db::mark_resume_link_sent(&state.db, saved.id, &address).await?;
    Ok(())
}

/// Where the applicant goes after saving `step`. On the review step a complete answer is sent
/// (or, for a sent submission, its changes are); otherwise the first unfinished step is shown.
pub async fn next_destination(
    state: &AppState,
    saved: &Saved,
    step: WizardStep,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let context = context_of(state, saved.id, now).await?;
    if step != WizardStep::Review {
        return Ok(if saved.answers.errors(step, &context).is_empty() {
            step_path(step.next().unwrap_or(WizardStep::Review), false)
        } else {
            step_path(step, true)
        });
    }
    if let Some(incomplete) = saved.answers.first_incomplete_step(&context) {
        return Ok(step_path(incomplete, true));
    }
    if !saved.is_draft {
        let reference = saved.reference.as_deref().unwrap_or_default();
        db::send_changes(&state.db, saved.id, reference, &saved.answers, now).await?;
        return Ok("/submit/sent?changed=1".to_owned());
    }
    let answers = &saved.answers;
    let consents = answers
        .consents
        .parse(context.has_images())
        .map_err(|_| AppError::Internal)?;
    let acknowledgement = crate::notifications::db::load(
        &state.db,
        crate::notifications::template::TemplateKind::Acknowledgement,
    )
    .await?;
    let call = crate::call::db::load(&state.db).await?;
    let confirmation = |submitted: &db::Submitted| {
        crate::notifications::db::render(
            &acknowledgement,
            &crate::notifications::db::Recipient {
                answers,
                reference: &submitted.reference,
                manage_link: format!(
                    "{}/manage/{}",
                    state.public_url,
                    submitted.manage_token.expose()
                ),
                call_title: &call.title,
                public_url: &state.public_url,
            },
        )
    };
    if db::submit(&state.db, saved.id, answers, &consents, now, confirmation)
        .await?
        .is_none()
    {
        tracing::info!(
            id = saved.id,
            "a submission was sent twice; the first one stands"
        );
    }
    Ok("/submit/sent".to_owned())
}
