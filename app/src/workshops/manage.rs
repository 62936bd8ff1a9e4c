//! A registrant's own page at `/manage/{token}`, opened from any of the workshop's emails: the
//! place as it is now, the calendar file (with the meeting link while the place holds a seat),
//! and cancelling, which frees the seat at once.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use super::WorkshopSummary;
use crate::components::{CheckboxField, ErrorSummary};
use crate::error::{AppError, field_message};
use crate::i18n::{Lang, lang_attr, localized, t, t_around, t_with, use_lang};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlaceNow {
    /// A seat; the meeting link when staff have set one.
    Confirmed {
        meeting_url: Option<String>,
    },
    /// From 1.
    Waiting(u64),
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedRegistration {
    pub workshop: WorkshopSummary,
    /// Staff called the whole workshop off.
    pub workshop_cancelled: bool,
    pub name: String,
    pub email: String,
    pub place: PlaceNow,
    pub registered_at_text: String,
    /// Still a place to give back: not cancelled, and the workshop has not started.
    pub can_cancel: bool,
}

#[cfg(feature = "ssr")]
async fn find(
    db: &sea_orm::DatabaseConnection,
    token: &str,
) -> Result<
    (
        crate::db::entities::workshop_registration::Model,
        crate::db::entities::workshop::Model,
    ),
    AppError,
> {
    use sea_orm::EntityTrait;
    let not_found = || AppError::NotFound("A registration for this link".to_owned());
    let token = crate::secret::SecretToken::parse(token).ok_or_else(not_found)?;
    let registration = crate::manage::db::registration(db, &token)
        .await?
        .ok_or_else(not_found)?;
    let workshop = crate::db::entities::workshop::Entity::find_by_id(registration.workshop_id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    Ok((registration, workshop))
}

/// The registration `token` opens, dated in `lang`.
#[server(endpoint = "managed_registration")]
pub async fn load_managed_registration(
    token: String,
    #[server(default)] lang: Lang,
) -> Result<ManagedRegistration, AppError> {
    use super::seats::{self, status};
    let state = crate::state::app_state()?;
    let (registration, workshop) = find(&state.db, &token).await?;
    let place = match registration.status.as_str() {
        status::CONFIRMED => PlaceNow::Confirmed {
            meeting_url: workshop.meeting_url.clone(),
        },
        status::WAITING => {
            PlaceNow::Waiting(seats::waiting_position(&state.db, &registration).await?)
        }
        _ => PlaceNow::Cancelled,
    };
    let started = workshop.starts_at <= chrono::Utc::now();
    let workshop_cancelled = workshop.status == super::db::CANCELLED;
    let (workshop, written_in) =
        crate::translations::db::translate_one(&state.db, lang, workshop).await?;
    let mut summary = WorkshopSummary::from(workshop);
    summary.written_in = written_in;
    summary.starts_at_text = crate::i18n::dates::in_brussels(lang, summary.starts_at);
    Ok(ManagedRegistration {
        workshop: summary,
        workshop_cancelled,
        can_cancel: place != PlaceNow::Cancelled && !started,
        place,
        name: registration.name,
        email: registration.email,
        registered_at_text: crate::i18n::dates::in_brussels(lang, registration.created_at),
    })
}

/// Gives the place back, once the person has ticked that they mean it; a freed seat goes to
/// the first person waiting in the same transaction. Without JavaScript the person comes back to
/// the page in `lang`.
#[server(endpoint = "cancel_workshop_registration")]
pub async fn cancel_registration(
    token: String,
    #[server(default)] confirm: String,
    #[server(default)] lang: Lang,
) -> Result<(), AppError> {
    use super::seats::{self, CancelledBy};
    let state = crate::state::app_state()?;
    let (registration, workshop) = find(&state.db, &token).await?;
    if !crate::submission::fields::is_ticked(&confirm) {
        return Err(AppError::invalid(
            "confirm".to_owned(),
            "Tick the box to confirm that you want to give up your place.".to_owned(),
        ));
    }
    if workshop.starts_at <= chrono::Utc::now() {
        return Err(AppError::RegistrationClosed);
    }
    seats::cancel(
        &state.db,
        registration.id,
        CancelledBy::Holder,
        chrono::Utc::now(),
        &state.public_url,
    )
    .await?;
    leptos_axum::redirect(&lang.href(&format!("/manage/{token}")));
    Ok(())
}

/// `GET /manage/{token}/calendar.ics`: the workshop for the person's calendar, with the meeting
/// link while they hold a seat.
#[cfg(feature = "ssr")]
pub async fn calendar_download(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    axum::extract::Path(token): axum::extract::Path<String>,
) -> axum::response::Response {
    use axum::http::StatusCode;
    use axum::response::IntoResponse;
    let found = async {
        let (registration, workshop) = find(&state.db, &token).await?;
        // In the language the person signed up in, as their emails are.
        let lang = Lang::parse(&registration.lang).unwrap_or_default();
        let (workshop, _) =
            crate::translations::db::translate_one(&state.db, lang, workshop).await?;
        Ok::<_, AppError>(super::calendar::response(
            &workshop.slug,
            super::calendar::for_workshop(
                &workshop,
                &state.public_url,
                registration.status == super::seats::status::CONFIRMED,
                chrono::Utc::now(),
                lang,
            ),
        ))
    };
    match found.await {
        Ok(response) => response,
        Err(AppError::NotFound(_)) => StatusCode::NOT_FOUND.into_response(),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// The workshop registration behind the link, as the `/manage/{token}` page shows it.
#[component]
pub fn RegistrationDetails(
    managed: ManagedRegistration,
    token: String,
    cancel: ServerAction<CancelRegistration>,
) -> impl IntoView {
    let ManagedRegistration {
        workshop,
        workshop_cancelled,
        name,
        email,
        place,
        registered_at_text,
        can_cancel,
    } = managed;
    let confirm_error = field_message(cancel.value().get_untracked(), "confirm");
    let summary: Vec<(String, String)> = confirm_error
        .iter()
        .map(|message| ("confirm".to_owned(), message.clone()))
        .collect();
    let place_notice = match (&place, workshop_cancelled) {
        (_, true) => view! {
            <div class="notice notice--error" role="status">
                <p><strong>{t("manage-registration-workshop-cancelled")}</strong>" "
                   {t("manage-registration-workshop-cancelled-details")}</p>
            </div>
        }
        .into_any(),
        (PlaceNow::Confirmed { meeting_url }, false) => view! {
            <div class="notice notice--success" role="status">
                <p><strong>{t("manage-registration-seat")}</strong></p>
                {match meeting_url.clone() {
                    Some(url) => {
                        let (before, after) = t_around("manage-registration-join-online", "link", []);
                        view! { <p>{before}<a href=url.clone()>{url.clone()}</a>{after}</p> }.into_any()
                    }
                    None => view! { <p>{t("manage-registration-link-follows")}</p> }.into_any(),
                }}
            </div>
        }
        .into_any(),
        (PlaceNow::Waiting(position), false) => view! {
            <div class="notice" role="status">
                <p><strong>{t_with("manage-registration-waiting", [("position", (*position).into())])}</strong>
                   " "{t("manage-registration-waiting-details")}</p>
            </div>
        }
        .into_any(),
        (PlaceNow::Cancelled, false) => {
            let (before, after) = t_around("manage-registration-sign-up-again-while-open", "link", []);
            view! {
                <div class="notice" role="status">
                    <p><strong>{t("manage-registration-cancelled")}</strong>" "
                       {t("manage-registration-cancelled-thanks")}</p>
                    <p>
                        {before}
                        <a href=localized(&format!("/workshops/{}", workshop.slug))>
                            {t("manage-registration-sign-up-again")}
                        </a>
                        {after}
                    </p>
                </div>
            }
            .into_any()
        }
    };
    let staff_lang = lang_attr(workshop.written_in);
    let (heading_before, heading_after) = t_around("manage-registration-heading", "workshop", []);
    view! {
        <Title text=t("manage-registration-title") />
        <article class="page page--narrow">
        <ErrorSummary errors=summary />
        <p class="breadcrumb"><a href=localized("/workshops")>{t("workshops-title")}</a></p>
        <h1>{heading_before}<span lang=staff_lang>{workshop.title.clone()}</span>{heading_after}</h1>
        {place_notice}
        <dl class="facts">
            <dt>{t("manage-registration-when")}</dt>
            <dd>
                <time datetime=workshop.starts_at.to_rfc3339()>{workshop.starts_at_text.clone()}</time>
                <crate::components::LocalTime at=workshop.starts_at />
            </dd>
            <dt>{t("manage-registration-duration")}</dt>
            <dd>{t_with("manage-registration-duration-value", [("minutes", workshop.duration_minutes.into())])}</dd>
            <dt>{t("manage-registration-name")}</dt>
            <dd>{name}</dd>
            <dt>{t("manage-registration-email")}</dt>
            <dd>{email}</dd>
            <dt>{t("manage-registration-registered")}</dt>
            <dd>{registered_at_text}</dd>
        </dl>
        {(!workshop_cancelled).then(|| view! {
            <p>
                <a href=format!("/manage/{token}/calendar.ics") download="">{t("manage-registration-calendar")}</a>
            </p>
        })}
        {(can_cancel && !workshop_cancelled).then(|| view! {
            <section aria-labelledby="cancel-heading">
                <h2 id="cancel-heading">{t("manage-registration-cancel-heading")}</h2>
                <p>{t("manage-registration-cancel-text")}</p>
                <ActionForm action=cancel attr:novalidate=true>
                    <input type="hidden" name="token" value=token.clone() />
                    <input type="hidden" name="lang" value=use_lang().code() />
                    <CheckboxField field="confirm" name="confirm" label=t("manage-registration-cancel-confirm")
                        checked=false error=confirm_error.clone() />
                    <button type="submit" class="button button--danger">{t("manage-registration-cancel")}</button>
                </ActionForm>
            </section>
        })}
        </article>
    }
}
