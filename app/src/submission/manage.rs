//! `/manage/{token}`: the applicant's own page for a sent practice, opened from the link in the
//! confirmation email. It shows the answer as sent, leads into the wizard to change it until
//! the call closes, and withdraws it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::SubmissionAnswers;
use super::step_forms::AnswerSummary;
use super::uploads::UploadedFile;
use crate::components::{CheckboxField, ErrorSummary, Page};
use crate::error::{AppError, field_message};
use crate::i18n::{Lang, localized, t, t_with, use_lang};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedSubmission {
    pub reference: String,
    pub withdrawn: bool,
    pub submitted_at_text: String,
    /// The answer as last sent.
    pub answers: SubmissionAnswers,
    pub uploads: Vec<UploadedFile>,
    /// Whether the answer can still change: the call is open and review has not begun.
    pub changeable: bool,
    /// Whether it can still be withdrawn: not withdrawn, and not decided yet.
    pub can_withdraw: bool,
    pub closes_at_text: String,
}

#[cfg(feature = "ssr")]
async fn find_sent(
    state: &crate::state::AppState,
    token: &str,
) -> Result<super::db::Draft, AppError> {
    let not_found = || AppError::NotFound("A submission for this link".to_owned());
    let token = crate::secret::SecretToken::parse(token).ok_or_else(not_found)?;
    let wanted = super::access::AccessUse::Manage;
    super::saving::opened(state, Some(&token), wanted, chrono::Utc::now())
        .await?
        .map(|opened| opened.draft)
        .ok_or_else(not_found)
}

/// The sent practice `token` opens, dated in `lang`.
#[server(endpoint = "managed_submission")]
pub async fn load_managed(
    token: String,
    #[server(default)] lang: Lang,
) -> Result<ManagedSubmission, AppError> {
    use crate::call::CallPhase;
    let state = crate::state::app_state()?;
    let sent = find_sent(&state, &token).await?;
    let settings = crate::call::db::load(&state.db).await?;
    let open =
        CallPhase::at(chrono::Utc::now(), settings.opens_at, settings.closes_at) == CallPhase::Open;
    let withdrawn = sent.status == super::db::status::WITHDRAWN;
    Ok(ManagedSubmission {
        reference: sent.reference.clone().unwrap_or_default(),
        withdrawn,
        submitted_at_text: sent
            .submitted_at
            .map(|at| crate::i18n::dates::in_brussels(lang, at))
            .unwrap_or_default(),
        uploads: super::uploads::db::list(&state.db, sent.id).await?,
        answers: sent.submitted_answers.unwrap_or(sent.answers),
        changeable: open && sent.status == super::db::status::SUBMITTED,
        can_withdraw: crate::review::status::ReviewStatus::parse(&sent.status)
            .is_some_and(|status| status.before_decision()),
        closes_at_text: crate::i18n::dates::in_brussels(lang, settings.closes_at),
    })
}

/// Withdraws the practice from the call, once the applicant has ticked that they mean it.
/// Without JavaScript the applicant comes back to the page in `lang`.
#[server(endpoint = "withdraw_submission")]
pub async fn withdraw_submission(
    token: String,
    #[server(default)] confirm: String,
    #[server(default)] lang: Lang,
) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    let sent = find_sent(&state, &token).await?;
    if !super::fields::is_ticked(&confirm) {
        return Err(AppError::invalid(
            "confirm".to_owned(),
            "Tick the box to confirm that you want to withdraw your practice.".to_owned(),
        ));
    }
    super::db::withdraw(&state.db, sent.id, chrono::Utc::now()).await?;
    leptos_axum::redirect(&lang.href(&format!("/manage/{token}")));
    Ok(())
}

/// The sent submission behind the link, as the `/manage/{token}` page shows it.
#[component]
pub fn ManagedSubmissionView(
    sent: ManagedSubmission,
    token: String,
    withdraw: ServerAction<WithdrawSubmission>,
) -> impl IntoView {
    let changed = use_query_map().read_untracked().get("changed").is_some();
    let confirm_error = field_message(withdraw.value().get_untracked(), "confirm");
    let summary: Vec<(String, String)> = confirm_error
        .iter()
        .map(|message| ("confirm".to_owned(), message.clone()))
        .collect();
    view! {
        <Title text=t("manage-submission-title") />
        <article class="page page--narrow">
            <ErrorSummary errors=summary />
            <h1>{t_with("manage-submission-heading", [("reference", sent.reference.into())])}</h1>
            {changed.then(|| view! { <div class="notice"><p>{t("manage-submission-changed")}</p></div> })}
            {if sent.withdrawn {
                view! {
                    <div class="notice"><p>{t("manage-submission-withdrawn")}</p></div>
                }
                .into_any()
            } else {
                view! {
                    <p>{t_with("manage-submission-sent", [
                        ("sent", sent.submitted_at_text.into()),
                        ("closes", sent.closes_at_text.into()),
                    ])}</p>
                }
                .into_any()
            }}
            {sent.changeable.then(|| view! {
                <p>
                    // A full page load: the server opens the link (`resume_link`), at the
                    // unprefixed address only.
                    <a class="button button--primary" rel="external" href=format!("/submit?draft={token}")>
                        {t("manage-submission-change")}
                    </a>
                </p>
            })}
            <h2>{t("manage-submission-answers")}</h2>
            <AnswerSummary answers=sent.answers files=sent.uploads incomplete=vec![] changeable=false />
            {sent.can_withdraw.then(|| view! {
                <section class="withdraw" aria-labelledby="withdraw-heading">
                    <h2 id="withdraw-heading">{t("manage-submission-withdraw-heading")}</h2>
                    <p>{t("manage-submission-withdraw-text")}</p>
                    <ActionForm action=withdraw attr:novalidate=true>
                        <input type="hidden" name="token" value=token.clone() />
                        <input type="hidden" name="lang" value=use_lang().code() />
                        <CheckboxField field="confirm" name="confirm" label=t("manage-submission-withdraw-confirm")
                            checked=false error=confirm_error />
                        <button type="submit" class="button button--danger">{t("manage-submission-withdraw")}</button>
                    </ActionForm>
                </section>
            })}
        </article>
    }
}

/// `/submit/resend`: "Email me my link again".
#[component]
pub fn ResendPage() -> impl IntoView {
    let resend = ServerAction::<super::api::ResendLink>::new();
    let error = Signal::derive(move || field_message(resend.value().get(), "email"));
    view! {
        <Page title=t("resend-title") narrow=true>
            {move || {
                let errors: Vec<(String, String)> =
                    error.get().into_iter().map(|message| ("email".to_owned(), message)).collect();
                view! { <ErrorSummary errors /> }
            }}
            <p>{t("resend-text")}</p>
            <ActionForm action=resend attr:novalidate=true>
                <crate::components::TextField field="email" name="email" label=t("resend-email") value=String::new()
                    error input_type="email" autocomplete="email" />
                <button type="submit" class="button button--primary">{t("resend-send")}</button>
            </ActionForm>
            <p><a href=localized("/privacy")>{t("person-privacy-notice")}</a></p>
        </Page>
    }
}

/// Where "Email me my link again" leads: the same words whether or not the address is known.
#[component]
pub fn LinkSentPage() -> impl IntoView {
    view! {
        <Page title=t("link-sent-title") narrow=true>
            <p>{t("link-sent-text")}</p>
            <p><a href=localized("/submit")>{t("link-sent-start-new")}</a></p>
        </Page>
    }
}
