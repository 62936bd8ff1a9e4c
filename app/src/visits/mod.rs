//! The three funded peer-learning visits: the public list, each visit's page with its
//! application form, and (in `admin`) the staff's planning and decisions.

pub mod admin;
pub mod application;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod delegation;
#[cfg(feature = "ssr")]
pub mod emails;
pub mod manage;

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::components::{CheckboxField, ErrorSummary, Page, ServerData, TextField};
use crate::error::{AppError, field_message, summary_entries};
use application::ApplicationAnswers;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitSummary {
    pub slug: String,
    pub title: String,
    pub host_place: String,
    /// The country's name.
    pub country: String,
    pub dates_text: String,
    pub delegation_size: i32,
    pub applications_close_at_text: String,
    /// The published practice the visit shows: address and title.
    pub practice: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitDetail {
    pub summary: VisitSummary,
    /// Sanitised HTML from the programme's Markdown.
    pub programme_html: String,
    pub accepted: u64,
    /// Applications are taken until the deadline.
    pub open: bool,
}

#[server(endpoint = "visits")]
pub async fn list_visits() -> Result<Vec<VisitSummary>, AppError> {
    let state = crate::state::app_state()?;
    Ok(db::published(&state.db).await?)
}

/// A published visit by its address; `None` when there is none.
#[server(endpoint = "visit")]
pub async fn get_visit(slug: String) -> Result<Option<VisitDetail>, AppError> {
    let state = crate::state::app_state()?;
    Ok(db::detail(&state.db, &slug, chrono::Utc::now()).await?)
}

/// Applies to join the visit's delegation.
#[server(endpoint = "apply_for_visit")]
pub async fn apply_for_visit(
    slug: String,
    #[server(default)] answers: ApplicationAnswers,
) -> Result<(), AppError> {
    use delegation::Refusal;
    let application = answers.parse().map_err(AppError::InvalidFields)?;
    crate::rate_limit::check(crate::rate_limit::Action::VisitApplication).await?;
    let state = crate::state::app_state()?;
    let not_found = || AppError::NotFound("This visit".to_owned());
    let visit = db::published_by_slug(&state.db, &slug)
        .await?
        .ok_or_else(not_found)?;
    let token = crate::secret::SecretToken::generate();
    match delegation::apply(
        &state.db,
        visit.id,
        &application,
        &token,
        chrono::Utc::now(),
        &state.public_url,
    )
    .await?
    {
        Ok(_) => {}
        Err(Refusal::NoVisit) => return Err(not_found()),
        Err(Refusal::Closed) => return Err(AppError::RegistrationClosed),
        Err(Refusal::AlreadyApplied) => {
            return Err(AppError::Invalid {
                field: "email".to_owned(),
                message: format!(
                    "{} has applied for this visit already. The email we sent then has a link to see \
                     or withdraw that application.",
                    application.person.email.as_str()
                ),
            });
        }
    }
    leptos_axum::redirect(&format!("/visits/{slug}?applied=1"));
    Ok(())
}

#[component]
pub fn VisitsPage() -> impl IntoView {
    let visits = Resource::new(|| (), |_| list_visits());
    view! {
        <Page
            title="Peer-learning visits"
            lead="Three on-site visits let policymakers, city practitioners and heritage professionals \
                  learn from each other and from experts, where a selected practice happens."
            narrow=true
        >
            <ul>
                <li>"Two visits to cities or regions in Europe."</li>
                <li>"One visit to a city or region in Armenia, Azerbaijan or Georgia."</li>
                <li>"Each visit welcomes a delegation of 20 participants, funded by the project."</li>
            </ul>
            <h2>"The visits"</h2>
            <ServerData resource=visits view={|visits: Vec<VisitSummary>| {
                if visits.is_empty() {
                    view! {
                        <p>"The host cities and dates are announced here after the selection, with a form \
                            to apply to join a delegation."</p>
                    }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {visits.into_iter().map(|visit| view! {
                                <li class="card">
                                    <h3 class="card__title"><a href=format!("/visits/{}", visit.slug)>{visit.title}</a></h3>
                                    <p class="card__meta">{format!("{}, {} · {}", visit.host_place, visit.country, visit.dates_text)}</p>
                                    <p>{format!("Apply by {}.", visit.applications_close_at_text)}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }} />
            <h2>"Hosting a visit"</h2>
            <p>
                "Cities and regions whose practice is selected can offer to host a visit. You can say "
                "so when you "<a href="/submit">"submit your practice"</a>"."
            </p>
        </Page>
    }
}

#[component]
pub fn VisitPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let query = leptos_router::hooks::use_query_map();
    let apply = ServerAction::<ApplyForVisit>::new();
    let visit = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        get_visit,
    );
    let applied = move || {
        apply.value().get().is_some_and(|result| result.is_ok())
            || (query.read().get("applied").is_some() && query.read().get("__err").is_none())
    };
    view! {
        <ServerData
            resource=visit
            view={move |visit: Option<VisitDetail>| match visit {
                None => view! { <crate::components::NotFound /> }.into_any(),
                Some(visit) => view! { <VisitArticle visit apply applied=Signal::derive(applied) /> }.into_any(),
            }}
        />
    }
}

#[component]
fn VisitArticle(
    visit: VisitDetail,
    apply: ServerAction<ApplyForVisit>,
    applied: Signal<bool>,
) -> impl IntoView {
    let VisitDetail {
        summary,
        programme_html,
        accepted,
        open,
    } = visit;
    view! {
        <Title text=summary.title.clone() />
        <article class="page page--narrow">
            <p class="breadcrumb"><a href="/visits">"Peer-learning visits"</a></p>
            <h1>{summary.title.clone()}</h1>
            <dl class="facts">
                <dt>"Where"</dt>
                <dd>{format!("{}, {}", summary.host_place, summary.country)}</dd>
                <dt>"When"</dt>
                <dd>{summary.dates_text.clone()}</dd>
                <dt>"Delegation"</dt>
                <dd>{format!("{} participants, travel and stay funded; {accepted} accepted so far", summary.delegation_size)}</dd>
                <dt>"Apply by"</dt>
                <dd>{summary.applications_close_at_text.clone()}</dd>
                {summary.practice.clone().map(|(slug, title)| view! {
                    <dt>"The practice"</dt>
                    <dd><a href=format!("/practices/{slug}")>{title}</a></dd>
                })}
            </dl>
            <h2>"Programme"</h2>
            <div class="prose" inner_html=programme_html></div>
            {move || applied.get().then(|| view! {
                <div class="notice notice--success" role="status">
                    <p><strong>"Your application has arrived."</strong>
                       " We have emailed you a receipt with a link to see or withdraw it."</p>
                </div>
            })}
            {if open {
                view! { <ApplicationForm slug=summary.slug.clone() apply /> }.into_any()
            } else {
                view! { <p>"Applications are closed."</p> }.into_any()
            }}
        </article>
    }
}

#[component]
fn ApplicationForm(slug: String, apply: ServerAction<ApplyForVisit>) -> impl IntoView {
    use crate::workshops::registration::{PersonFields, check_before_sending};
    let browser_errors = RwSignal::new(None::<crate::submission::fields::FieldErrors>);
    let check = check_before_sending(browser_errors, |form: &ApplyForVisit| {
        form.answers.parse().map(|_| ())
    });
    let outcome = move || match browser_errors.get() {
        Some(errors) => Some(Err(AppError::InvalidFields(errors))),
        None => apply.value().get(),
    };
    let error = move |field: &'static str| Signal::derive(move || field_message(outcome(), field));
    view! {
        <section aria-labelledby="apply">
            <h2 id="apply">"Apply to join the delegation"</h2>
            {move || view! { <ErrorSummary errors=summary_entries([outcome()], "name") /> }}
            <ActionForm action=apply attr:novalidate=true on:submit:capture=check>
                <input type="hidden" name="slug" value=slug />
                <PersonFields error email_hint="We send the receipt and every decision here."
                    accessibility_hint="For example step-free access, a quiet room, or dietary needs." />
                <TextField field="motivation" name="answers[motivation]" label="Why do you want to join?"
                    value=String::new() error=error("motivation") rows=6
                    hint="What would you bring, and what would you take home to your city or region? At most 2,000 characters." />
                <CheckboxField field="consent" name="answers[consent]"
                    label="I agree that my details are used to choose and organise the delegation, as the privacy notice explains."
                    checked=false error=error("consent") />
                <p><a href="/privacy">"Read the privacy notice"</a></p>
                <button type="submit" class="button button--primary">"Apply"</button>
            </ActionForm>
        </section>
    }
}
