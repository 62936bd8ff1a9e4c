//! Saving a step, shared by the step forms, the autosave and the upload form: keep what was
//! typed, email the resume link to each new address once, and decide where the applicant goes
//! next. On the review step, a complete draft is sent, or a sent one's changes.

use chrono::{DateTime, Datelike, Utc};

use super::access::{AccessKind, AccessUse};
use super::api::step_path;
use super::steps::WizardStep;
use super::{Context, SubmissionAnswers, db, uploads};
use crate::call::CallPhase;
use crate::email::Email;
use crate::error::AppError;
use crate::i18n::Lang;
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
    /// The language of the page it was saved from, which its emails use.
    pub lang: Lang,
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

/// The submission `token`, when there is one, opens for `wanted` at `now`, with the site's
/// lifetime of unused links.
pub async fn opened(
    state: &AppState,
    token: Option<&SecretToken>,
    wanted: AccessUse,
    now: DateTime<Utc>,
) -> Result<Option<db::Opened>, AppError> {
    let Some(token) = token else {
        return Ok(None);
    };
    let lifetime = state.retention.link_lifetime();
    Ok(db::find_by_token(&state.db, token, wanted, now, lifetime).await?)
}

/// Stores `posted`, the answers of `step`, in the submission that the browser's cookie `token`
/// opens, or in a new draft when there is none.
pub async fn store_step(
    state: &AppState,
    token: Option<SecretToken>,
    step: WizardStep,
    posted: SubmissionAnswers,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    ensure_call_open(state, now).await?;
    let saved = match opened(state, token.as_ref(), AccessUse::Wizard, now).await? {
        Some(db::Opened { draft, access_id }) => {
            let mut answers = draft.answers;
            answers.replace_step(step, posted);
            if !db::save_draft_answers(&state.db, draft.id, &answers, now).await? {
                return Err(if draft.status == db::status::WITHDRAWN {
                    AppError::Withdrawn
                } else {
                    AppError::UnderReview
                });
            }
            if draft.lang != lang {
                db::set_lang(&state.db, draft.id, lang).await?;
            }
            let saved = Saved {
                id: draft.id,
                answers,
                is_draft: draft.status == db::status::DRAFT,
                reference: draft.reference,
                new_token: None,
                lang,
            };
            let mut already_sent_to = draft.resume_link_sent_to;
            if db::lookup_email(&saved.answers) != draft.email {
                // A new address: the links sent to the old one, and any other browser that
                // opened them, lose their access; only this browser keeps it.
                db::revoke_all_but(&state.db, draft.id, access_id).await?;
                already_sent_to = None;
            }
            email_link_once(state, &saved, already_sent_to.as_deref(), lang, now).await?;
            saved
        }
        None => {
            let mut answers = SubmissionAnswers::default();
            answers.replace_step(step, posted);
            let address = crate::rate_limit::client_address().await;
            let (id, token) = start_draft(state, address, &answers, now).await?;
            if lang != Lang::En {
                db::set_lang(&state.db, id, lang).await?;
            }
            let saved = Saved {
                id,
                answers,
                is_draft: true,
                reference: None,
                new_token: Some(token),
                lang,
            };
            email_link_once(state, &saved, None, lang, now).await?;
            saved
        }
    };
    Ok(saved)
}

/// Every new address a submission is given gets a link of its own, once: a resume link while it
/// is a draft, a manage link once it is sent. Within the link quota; past it, a later save
/// tries again.
async fn email_link_once(
    state: &AppState,
    saved: &Saved,
    already_sent_to: Option<&str>,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let Ok(email) = Email::parse(&saved.answers.organisation.email) else {
        return Ok(());
    };
    if already_sent_to == Some(email.as_str().to_lowercase().as_str()) {
        return Ok(());
    }
    send_link(
        state,
        saved.id,
        saved.reference.as_deref(),
        &email,
        lang,
        now,
    )
    .await?;
    Ok(())
}

/// Emails `address` a fresh link to submission `id`: a resume link to a draft, a manage link to
/// the practice `reference` once sent, in `lang`. Whether it went (see [`db::email_link`]).
pub async fn send_link(
    state: &AppState,
    id: i32,
    reference: Option<&str>,
    address: &Email,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let public_url = &state.public_url;
    let sent = match reference {
        Some(reference) => {
            let compose = |token: &SecretToken| {
                super::emails::manage_link(address.clone(), public_url, token, reference, lang)
            };
            db::email_link(&state.db, id, AccessKind::ManageLink, address, compose, now).await?
        }
        None => {
            let settings = crate::call::db::load(&state.db).await?;
            let closes = crate::i18n::dates::in_brussels(lang, settings.closes_at);
            let compose = |token: &SecretToken| {
                super::emails::resume_link(address.clone(), public_url, token, &closes, lang)
            };
            db::email_link(&state.db, id, AccessKind::ResumeLink, address, compose, now).await?
        }
    };
    if !sent {
        tracing::info!(id, "link quota spent: a link email was not sent");
    }
    Ok(sent)
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
        return Ok(format!("/submit/sent?changed=1&reference={reference}"));
    }
    let answers = &saved.answers;
    let consents = answers
        .consents
        .parse(context.has_images())
        .map_err(|_| AppError::Internal)?;
    let (acknowledgement, written_in) = crate::notifications::db::load_in(
        &state.db,
        crate::notifications::template::TemplateKind::Acknowledgement,
        saved.lang,
    )
    .await?;
    let call = crate::call::db::load(&state.db).await?;
    let call_title = crate::call::db::texts_in(&state.db, &call, written_in)
        .await?
        .title
        .text;
    let confirmation = |submitted: &db::Submitted| {
        crate::notifications::db::render(
            &acknowledgement,
            &crate::notifications::db::Recipient {
                answers,
                reference: &submitted.reference,
                manage_link: format!(
                    "{}{}",
                    state.public_url,
                    saved
                        .lang
                        .href(&format!("/manage/{}", submitted.manage_token.expose()))
                ),
                call_title: &call_title,
                public_url: &state.public_url,
            },
        )
    };
    // The browser's cookie no longer opens the practice once sent: the confirmation page shows
    // the reference it is given.
    match db::submit(&state.db, saved.id, answers, &consents, now, confirmation).await? {
        Some(submitted) => Ok(format!("/submit/sent?reference={}", submitted.reference)),
        None => {
            tracing::info!(
                id = saved.id,
                "a submission was sent twice; the first one stands"
            );
            Ok("/submit/sent".to_owned())
        }
    }
}
