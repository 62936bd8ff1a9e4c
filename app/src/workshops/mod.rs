//! The four online "sharing local stories" workshops.

pub mod admin;
#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod db;
pub mod editing;
#[cfg(feature = "ssr")]
pub mod emails;
pub mod manage;
pub mod registration;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod seats;

/// The states a workshop moves through: a draft, published for sign-ups, or called off.
pub mod lifecycle {
    pub const DRAFT: &str = "draft";
    pub const PUBLISHED: &str = "published";
    pub const CANCELLED: &str = "cancelled";
}

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use leptos_meta::Title;

use crate::components::{Page, ServerData};
use crate::error::AppError;
use crate::i18n::{Lang, lang_attr, localized, t, t_around, t_with, use_lang};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopSummary {
    pub slug: String,
    pub title: String,
    pub theme: String,
    pub description: String,
    /// The language of the title, theme and description: the page's, once staff wrote them
    /// in it, else English.
    pub written_in: Lang,
    pub starts_at: DateTime<Utc>,
    pub starts_at_text: String,
    pub duration_minutes: i32,
}

/// Published workshops that have not started yet, soonest first, dated in `lang`.
#[server(endpoint = "upcoming_workshops")]
pub async fn list_upcoming_workshops(lang: Lang) -> Result<Vec<WorkshopSummary>, AppError> {
    let state = crate::state::app_state()?;
    Ok(db::upcoming(&state.db, Utc::now(), None, lang).await?)
}

#[component]
pub fn WorkshopsPage() -> impl IntoView {
    let lang = use_lang();
    let workshops = Resource::new(move || lang, list_upcoming_workshops);
    view! {
        <Page title=t("workshops-title") lead=t("workshops-lead")>
            <ServerData
                resource=workshops
                view={|workshops: Vec<WorkshopSummary>| {
                    if workshops.is_empty() {
                        view! { <p>{t("workshops-none")}</p> }.into_any()
                    } else {
                        view! { <WorkshopList workshops /> }.into_any()
                    }
                }}
            />
        </Page>
    }
}

#[component]
pub fn WorkshopList(workshops: Vec<WorkshopSummary>) -> impl IntoView {
    view! {
        <ul class="card-list">
            {workshops
                .into_iter()
                .map(|workshop| {
                    let staff_lang = lang_attr(workshop.written_in);
                    view! {
                        <li class="card">
                            <h3 class="card__title" lang=staff_lang>
                                <a href=localized(&format!("/workshops/{}", workshop.slug))>{workshop.title}</a>
                            </h3>
                            <When
                                starts_at=workshop.starts_at
                                starts_at_text=workshop.starts_at_text
                                minutes=workshop.duration_minutes
                            />
                            <p class="card__tag" lang=staff_lang>{workshop.theme}</p>
                            <p lang=staff_lang>{workshop.description}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// When a workshop starts, online and for how long, with the visitor's own time after.
#[component]
fn When(starts_at: DateTime<Utc>, starts_at_text: String, minutes: i32) -> impl IntoView {
    let (before, after) = t_around("workshop-when", "date", [("minutes", minutes.into())]);
    view! {
        <p class="card__meta">
            {before}
            <time datetime=starts_at.to_rfc3339()>{starts_at_text}</time>
            {after}
            <crate::components::LocalTime at=starts_at />
        </p>
    }
}

/// A workshop's own page: its details, its seats, and whether sign-ups are open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopDetail {
    pub summary: WorkshopSummary,
    pub capacity: u64,
    pub seats_left: u64,
    pub waiting: u64,
    pub window: RegistrationWindow,
    /// The sign-up form's countries, `(code, name)` in the page's language and alphabetical
    /// order: sorted on the server, which has the collator, so the browser shows the same list.
    pub countries: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegistrationWindow {
    NotYetOpen { opens_at_text: String },
    Open { closes_at_text: String },
    Closed,
}

/// A published workshop by its address, dated in `lang`; `None` when there is none.
#[server(endpoint = "workshop")]
pub async fn get_workshop(lang: Lang, slug: String) -> Result<Option<WorkshopDetail>, AppError> {
    let state = crate::state::app_state()?;
    Ok(db::detail(&state.db, &slug, Utc::now(), lang).await?)
}

/// Where a sign-up landed, as the page reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignedUp {
    Confirmed,
    /// From 1.
    Waiting(u64),
}

/// Signs a person up: a seat while there are seats, a place on the waiting list after. Without
/// JavaScript the visitor comes back to the workshop's page in `lang`.
#[server(endpoint = "register_for_workshop")]
pub async fn register_for_workshop(
    slug: String,
    #[server(default)] answers: registration::RegistrationAnswers,
    #[server(default)] lang: Lang,
) -> Result<SignedUp, AppError> {
    use seats::{Place, Refusal};
    let person = answers.parse().map_err(AppError::InvalidFields)?;
    crate::rate_limit::check(crate::rate_limit::Action::WorkshopSignUp).await?;
    let state = crate::state::app_state()?;
    let not_found = || AppError::NotFound("This workshop".to_owned());
    let workshop = db::published_by_slug(&state.db, &slug)
        .await?
        .ok_or_else(not_found)?;
    let token = crate::secret::SecretToken::generate();
    let signed_up = match seats::register(
        &state.db,
        workshop.id,
        &person,
        lang,
        &token,
        Utc::now(),
        &state.public_url,
    )
    .await?
    {
        Ok((_, Place::Confirmed)) => SignedUp::Confirmed,
        Ok((_, Place::Waiting(position))) => SignedUp::Waiting(position),
        Err(Refusal::NoWorkshop) => return Err(not_found()),
        Err(Refusal::Closed) => return Err(AppError::RegistrationClosed),
        Err(Refusal::AlreadyRegistered) => {
            return Err(AppError::invalid(
                "email",
                crate::i18n::Message::new("error-already-registered")
                    .with("email", person.email.as_str()),
            ));
        }
    };
    let outcome = match signed_up {
        SignedUp::Confirmed => "signed_up=confirmed".to_owned(),
        SignedUp::Waiting(position) => format!("signed_up=waiting&position={position}"),
    };
    leptos_axum::redirect(&lang.href(&format!("/workshops/{slug}?{outcome}")));
    Ok(signed_up)
}

#[component]
pub fn WorkshopPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let query = leptos_router::hooks::use_query_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let register = ServerAction::<RegisterForWorkshop>::new();
    let lang = use_lang();
    let workshop = Resource::new(
        move || (lang, slug(), register.version().get()),
        |(lang, slug, _)| get_workshop(lang, slug),
    );
    // After a sign-up without JavaScript the outcome comes back in the address.
    let from_address = move || {
        let query = query.read();
        // A later attempt that failed comes back to the same address with its error.
        if query.get("__err").is_some() {
            return None;
        }
        match query.get("signed_up").as_deref() {
            Some("confirmed") => Some(SignedUp::Confirmed),
            Some("waiting") => query
                .get("position")
                .and_then(|position| position.parse().ok())
                .map(SignedUp::Waiting),
            _ => None,
        }
    };
    let signed_up = move || {
        register
            .value()
            .get()
            .and_then(Result::ok)
            .or_else(from_address)
    };
    view! {
        <ServerData
            resource=workshop
            view={move |workshop: Option<WorkshopDetail>| match workshop {
                None => view! { <crate::components::NotFound /> }.into_any(),
                Some(workshop) => view! {
                    <WorkshopArticle workshop register signed_up=Signal::derive(signed_up) />
                }
                .into_any(),
            }}
        />
    }
}

#[component]
fn WorkshopArticle(
    workshop: WorkshopDetail,
    register: ServerAction<RegisterForWorkshop>,
    signed_up: Signal<Option<SignedUp>>,
) -> impl IntoView {
    let WorkshopDetail {
        summary,
        capacity,
        seats_left,
        waiting,
        window,
        countries,
    } = workshop;
    let seats_text = match (seats_left, waiting) {
        (0, 0) => t_with("workshop-full", [("capacity", capacity.into())]),
        (0, waiting) => t_with(
            "workshop-full-waiting",
            [("capacity", capacity.into()), ("waiting", waiting.into())],
        ),
        (left, _) => t_with(
            "workshop-seats-left",
            [("left", left.into()), ("capacity", capacity.into())],
        ),
    };
    let staff_lang = lang_attr(summary.written_in);
    view! {
        <Title text=summary.title.clone() />
        <article class="page page--narrow">
            <p class="breadcrumb"><a href=localized("/workshops")>{t("workshops-title")}</a></p>
            <h1 lang=staff_lang>{summary.title.clone()}</h1>
            <When
                starts_at=summary.starts_at
                starts_at_text=summary.starts_at_text.clone()
                minutes=summary.duration_minutes
            />
            <p class="card__tag" lang=staff_lang>{summary.theme.clone()}</p>
            <p class="lead" lang=staff_lang>{summary.description.clone()}</p>
            <p>{seats_text}</p>
            <p>
                <a href=localized(&format!("/workshops/{}/calendar.ics", summary.slug)) download="">
                    {t("workshop-calendar")}
                </a>
            </p>
            {move || signed_up.get().map(|outcome| view! {
                <div class="notice notice--success" role="status">
                    {match outcome {
                        SignedUp::Confirmed => view! {
                            <p><strong>{t("workshop-signed-up")}</strong>" "{t("workshop-signed-up-details")}</p>
                        }.into_any(),
                        SignedUp::Waiting(position) => view! {
                            <p><strong>{t_with("workshop-waiting", [("position", position.into())])}</strong>
                               " "{t("workshop-waiting-details")}</p>
                        }.into_any(),
                    }}
                </div>
            })}
            {match window {
                RegistrationWindow::NotYetOpen { opens_at_text } => view! {
                    <p>{t_with("workshop-registration-opens", [("date", opens_at_text.into())])}</p>
                }.into_any(),
                RegistrationWindow::Closed => view! { <p>{t("workshop-registration-closed")}</p> }.into_any(),
                RegistrationWindow::Open { closes_at_text } => view! {
                    <SignUpForm slug=summary.slug.clone() full=seats_left == 0 closes_at_text countries register />
                }.into_any(),
            }}
        </article>
    }
}

#[component]
fn SignUpForm(
    slug: String,
    full: bool,
    closes_at_text: String,
    countries: Vec<(String, String)>,
    register: ServerAction<RegisterForWorkshop>,
) -> impl IntoView {
    use crate::components::{CheckboxField, ErrorSummary};
    use crate::error::{field_message, summary_entries};
    use registration::{PersonFields, check_before_sending};
    let browser_errors = RwSignal::new(None::<crate::submission::fields::FieldErrors>);
    let check = check_before_sending(browser_errors, |form: &RegisterForWorkshop| {
        form.answers.parse().map(|_| ())
    });
    let outcome = move || match browser_errors.get() {
        Some(errors) => Some(Err(AppError::InvalidFields(errors))),
        None => register.value().get(),
    };
    let error = move |field: &'static str| Signal::derive(move || field_message(outcome(), field));
    let action = t(if full {
        "workshop-join-waiting-list"
    } else {
        "workshop-sign-up"
    });
    view! {
        <section aria-labelledby="sign-up">
            <h2 id="sign-up">{action.clone()}</h2>
            <p>{t_with("workshop-sign-ups-close", [("date", closes_at_text.into())])}</p>
            {move || view! { <ErrorSummary errors=summary_entries([outcome()], "name") /> }}
            // Capture: runs before ActionForm's own handler, which leaves a prevented event alone.
            <ActionForm action=register attr:novalidate=true on:submit:capture=check>
                <input type="hidden" name="slug" value=slug />
                <input type="hidden" name="lang" value=use_lang().code() />
                <PersonFields error countries email_hint=t("workshop-email-hint")
                    accessibility_hint=t("workshop-accessibility-hint") />
                <CheckboxField field="consent" name="answers[consent]"
                    label=t("workshop-consent") checked=false error=error("consent") />
                <p><a href=localized("/privacy")>{t("person-privacy-notice")}</a></p>
                <button type="submit" class="button button--primary">{action}</button>
            </ActionForm>
        </section>
    }
}
