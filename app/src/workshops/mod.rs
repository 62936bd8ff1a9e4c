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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopSummary {
    pub slug: String,
    pub title: String,
    pub theme: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub starts_at_text: String,
    pub duration_minutes: i32,
}

/// Published workshops that have not started yet, soonest first.
#[server(endpoint = "upcoming_workshops")]
pub async fn list_upcoming_workshops() -> Result<Vec<WorkshopSummary>, AppError> {
    let state = crate::state::app_state()?;
    Ok(db::upcoming(&state.db, Utc::now(), None).await?)
}

#[component]
pub fn WorkshopsPage() -> impl IntoView {
    let workshops = Resource::new(|| (), |_| list_upcoming_workshops());
    view! {
        <Page
            title="Online workshops"
            lead="Four thematic “sharing local stories” workshops explore the selected good practices \
                  with the people who run them. They are open to policymakers, city practitioners, \
                  heritage professionals and civil society."
        >
            <ServerData
                resource=workshops
                view={|workshops: Vec<WorkshopSummary>| {
                    if workshops.is_empty() {
                        view! { <p>"No workshops are scheduled yet. Check back soon."</p> }.into_any()
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
                    view! {
                        <li class="card">
                            <h3 class="card__title">
                                <a href=format!("/workshops/{}", workshop.slug)>{workshop.title}</a>
                            </h3>
                            <p class="card__meta">
                                <time datetime=workshop.starts_at.to_rfc3339()>
                                    {workshop.starts_at_text}
                                </time>
                                {format!(" · online · {} minutes.", workshop.duration_minutes)}
                                <crate::components::LocalTime at=workshop.starts_at />
                            </p>
                            <p class="card__tag">{workshop.theme}</p>
                            <p>{workshop.description}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
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
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegistrationWindow {
    NotYetOpen { opens_at_text: String },
    Open { closes_at_text: String },
    Closed,
}

/// A published workshop by its address; `None` when there is none.
#[server(endpoint = "workshop")]
pub async fn get_workshop(slug: String) -> Result<Option<WorkshopDetail>, AppError> {
    let state = crate::state::app_state()?;
    Ok(db::detail(&state.db, &slug, Utc::now()).await?)
}

/// Where a sign-up landed, as the page reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignedUp {
    Confirmed,
    /// From 1.
    Waiting(u64),
}

/// Signs a person up: a seat while there are seats, a place on the waiting list after.
#[server(endpoint = "register_for_workshop")]
pub async fn register_for_workshop(
    slug: String,
    #[server(default)] answers: registration::RegistrationAnswers,
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
            return Err(AppError::Invalid {
                field: "email".to_owned(),
                message: format!(
                    "{} is already signed up for this workshop. The email we sent then has a link to \
                     see or cancel that registration.",
                    person.email.as_str()
                ),
            });
        }
    };
    let outcome = match signed_up {
        SignedUp::Confirmed => "signed_up=confirmed".to_owned(),
        SignedUp::Waiting(position) => format!("signed_up=waiting&position={position}"),
    };
    leptos_axum::redirect(&format!("/workshops/{slug}?{outcome}"));
    Ok(signed_up)
}

#[component]
pub fn WorkshopPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let query = leptos_router::hooks::use_query_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let register = ServerAction::<RegisterForWorkshop>::new();
    let workshop = Resource::new(
        move || (slug(), register.version().get()),
        |(slug, _)| get_workshop(slug),
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
    } = workshop;
    let seats_text = match (seats_left, waiting) {
        (0, 0) => format!("All {capacity} seats are taken. You can join the waiting list."),
        (0, waiting) => format!(
            "All {capacity} seats are taken and {waiting} {} waiting. You can join the waiting list.",
            if waiting == 1 {
                "person is"
            } else {
                "people are"
            }
        ),
        (1, _) => format!("1 seat left of {capacity}."),
        (left, _) => format!("{left} seats left of {capacity}."),
    };
    view! {
        <Title text=summary.title.clone() />
        <article class="page page--narrow">
            <p class="breadcrumb"><a href="/workshops">"Online workshops"</a></p>
            <h1>{summary.title.clone()}</h1>
            <p class="card__meta">
                <time datetime=summary.starts_at.to_rfc3339()>{summary.starts_at_text.clone()}</time>
                {format!(" · online · {} minutes.", summary.duration_minutes)}
                <crate::components::LocalTime at=summary.starts_at />
            </p>
            <p class="card__tag">{summary.theme.clone()}</p>
            <p class="lead">{summary.description.clone()}</p>
            <p>{seats_text}</p>
            <p>
                <a href=format!("/workshops/{}/calendar.ics", summary.slug) download="">
                    "Add it to your calendar (.ics)"
                </a>
            </p>
            {move || signed_up.get().map(|outcome| view! {
                <div class="notice notice--success" role="status">
                    {match outcome {
                        SignedUp::Confirmed => view! {
                            <p><strong>"You have a seat."</strong>" We have emailed you the details and the link to join."</p>
                        }.into_any(),
                        SignedUp::Waiting(position) => view! {
                            <p><strong>{format!("You are number {position} on the waiting list.")}</strong>
                               " If a seat frees up, you get it automatically and we email you."</p>
                        }.into_any(),
                    }}
                </div>
            })}
            {match window {
                RegistrationWindow::NotYetOpen { opens_at_text } => view! {
                    <p>"Registration opens on "{opens_at_text}"."</p>
                }.into_any(),
                RegistrationWindow::Closed => view! { <p>"Registration is closed."</p> }.into_any(),
                RegistrationWindow::Open { closes_at_text } => view! {
                    <SignUpForm slug=summary.slug.clone() full=seats_left == 0 closes_at_text register />
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
    view! {
        <section aria-labelledby="sign-up">
            <h2 id="sign-up">{if full { "Join the waiting list" } else { "Sign up" }}</h2>
            <p>"Sign-ups close on "{closes_at_text}"."</p>
            {move || view! { <ErrorSummary errors=summary_entries([outcome()], "name") /> }}
            // Capture: runs before ActionForm's own handler, which leaves a prevented event alone.
            <ActionForm action=register attr:novalidate=true on:submit:capture=check>
                <input type="hidden" name="slug" value=slug />
                <PersonFields error email_hint="We send the confirmation and the link to join here."
                    accessibility_hint="For example captions, sign language interpretation, or materials in advance." />
                <CheckboxField field="consent" name="answers[consent]"
                    label="I agree that my details are used to run this workshop, as the privacy notice explains."
                    checked=false error=error("consent") />
                <p><a href="/privacy">"Read the privacy notice"</a></p>
                <button type="submit" class="button button--primary">
                    {if full { "Join the waiting list" } else { "Sign up" }}
                </button>
            </ActionForm>
        </section>
    }
}
