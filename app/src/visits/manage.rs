//! An applicant's own page at `/manage/{token}`: the application's state as staff last decided
//! it, and withdrawing it.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::components::{CheckboxField, ErrorSummary};
use crate::error::{AppError, field_message};
use crate::i18n::{Lang, lang_attr, localized, t, t_around, t_with, use_lang};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedApplication {
    pub visit_slug: String,
    pub visit_title: String,
    /// The language of the visit's title.
    pub written_in: Lang,
    pub status: String,
    pub applied_at_text: String,
    pub can_withdraw: bool,
}

#[cfg(feature = "ssr")]
async fn find(
    db: &sea_orm::DatabaseConnection,
    token: &str,
) -> Result<
    (
        crate::db::entities::visit_application::Model,
        crate::db::entities::visit::Model,
    ),
    AppError,
> {
    use sea_orm::EntityTrait;
    let not_found = || AppError::NotFound("An application for this link".to_owned());
    let token = crate::secret::SecretToken::parse(token).ok_or_else(not_found)?;
    let application = crate::manage::db::application(db, &token)
        .await?
        .ok_or_else(not_found)?;
    let visit = crate::db::entities::visit::Entity::find_by_id(application.visit_id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    Ok((application, visit))
}

/// The application `token` opens, dated in `lang`.
#[server(endpoint = "managed_application")]
pub async fn load_managed_application(
    token: String,
    #[server(default)] lang: Lang,
) -> Result<ManagedApplication, AppError> {
    let state = crate::state::app_state()?;
    let (application, visit) = find(&state.db, &token).await?;
    let (visit, written_in) =
        crate::translations::db::translate_one(&state.db, lang, visit).await?;
    Ok(ManagedApplication {
        visit_slug: visit.slug,
        visit_title: visit.title,
        written_in,
        can_withdraw: application.status != super::application::status::WITHDRAWN,
        status: application.status,
        applied_at_text: crate::i18n::dates::in_brussels(lang, application.created_at),
    })
}

/// Withdraws the application, once the applicant has ticked that they mean it. Without
/// JavaScript the applicant comes back to the page in `lang`.
#[server(endpoint = "withdraw_visit_application")]
pub async fn withdraw_application(
    token: String,
    #[server(default)] confirm: String,
    #[server(default)] lang: Lang,
) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    let (application, _) = find(&state.db, &token).await?;
    if !crate::submission::fields::is_ticked(&confirm) {
        return Err(AppError::invalid(
            "confirm".to_owned(),
            "Tick the box to confirm that you want to withdraw your application.".to_owned(),
        ));
    }
    super::delegation::withdraw(&state.db, &application, chrono::Utc::now()).await?;
    leptos_axum::redirect(&lang.href(&format!("/manage/{token}")));
    Ok(())
}

/// The visit application behind the link, as the `/manage/{token}` page shows it.
#[component]
pub fn ManagedApplicationView(
    managed: ManagedApplication,
    token: String,
    withdraw: ServerAction<WithdrawApplication>,
) -> impl IntoView {
    use super::application::status;
    let confirm_error = field_message(withdraw.value().get_untracked(), "confirm");
    let summary: Vec<(String, String)> = confirm_error
        .iter()
        .map(|message| ("confirm".to_owned(), message.clone()))
        .collect();
    let status_text = t(match managed.status.as_str() {
        status::ACCEPTED => "manage-application-status-accepted",
        status::WAITLISTED => "manage-application-status-waitlisted",
        status::DECLINED => "manage-application-status-declined",
        status::WITHDRAWN => "manage-application-status-withdrawn",
        _ => "manage-application-status-applied",
    });
    let staff_lang = lang_attr(managed.written_in);
    let (heading_before, heading_after) = t_around("manage-application-heading", "visit", []);
    view! {
        <Title text=t("manage-application-title") />
        <article class="page page--narrow">
            <ErrorSummary errors=summary />
            <p class="breadcrumb"><a href=localized("/visits")>{t("visits-title")}</a></p>
            <h1>{heading_before}<span lang=staff_lang>{managed.visit_title}</span>{heading_after}</h1>
            <div class="notice" role="status">
                <p><strong>{status_text}</strong></p>
            </div>
            <p>
                {t_with("manage-application-applied", [("date", managed.applied_at_text.into())])}" "
                <a href=localized(&format!("/visits/{}", managed.visit_slug))>{t("manage-application-about-visit")}</a>
            </p>
            {managed.can_withdraw.then(|| view! {
                <section aria-labelledby="withdraw-heading">
                    <h2 id="withdraw-heading">{t("manage-application-withdraw-heading")}</h2>
                    <p>{t("manage-application-withdraw-text")}</p>
                    <ActionForm action=withdraw attr:novalidate=true>
                        <input type="hidden" name="token" value=token />
                        <input type="hidden" name="lang" value=use_lang().code() />
                        <CheckboxField field="confirm" name="confirm" label=t("manage-application-withdraw-confirm")
                            checked=false error=confirm_error />
                        <button type="submit" class="button button--danger">{t("manage-application-withdraw")}</button>
                    </ActionForm>
                </section>
            })}
        </article>
    }
}
