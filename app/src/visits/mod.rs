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
use crate::i18n::{Lang, lang_attr, localized, t, t_around, t_with, use_lang};
use application::ApplicationAnswers;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitSummary {
    pub slug: String,
    pub title: String,
    /// The language of the title and programme: the page's, once staff wrote them in it,
    /// else English.
    pub written_in: Lang,
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
    /// The application form's countries (see [`crate::workshops::WorkshopDetail::countries`]).
    pub countries: Vec<(String, String)>,
}

/// Published visits in `lang`.
#[server(endpoint = "visits")]
pub async fn list_visits(lang: Lang) -> Result<Vec<VisitSummary>, AppError> {
    let state = crate::state::app_state()?;
    Ok(db::published(&state.db, lang).await?)
}

/// A published visit by its address, in `lang`; `None` when there is none.
#[server(endpoint = "visit")]
pub async fn get_visit(lang: Lang, slug: String) -> Result<Option<VisitDetail>, AppError> {
    let state = crate::state::app_state()?;
    Ok(db::detail(&state.db, &slug, chrono::Utc::now(), lang).await?)
}

/// Applies to join the visit's delegation. Without JavaScript the visitor comes back to the
/// visit's page in `lang`.
#[server(endpoint = "apply_for_visit")]
pub async fn apply_for_visit(
    slug: String,
    #[server(default)] answers: ApplicationAnswers,
    #[server(default)] lang: Lang,
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
        lang,
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
            return Err(AppError::invalid(
                "email",
                crate::i18n::Message::new("error-already-applied")
                    .with("email", application.person.email.as_str()),
            ));
        }
    }
    leptos_axum::redirect(&lang.href(&format!("/visits/{slug}?applied=1")));
    Ok(())
}

#[component]
pub fn VisitsPage() -> impl IntoView {
    let lang = use_lang();
    let visits = Resource::new(move || lang, list_visits);
    let (say_so, after_link) = t_around("visits-hosting-say-so", "link", []);
    view! {
        <Page title=t("visits-title") lead=t("visits-lead") narrow=true>
            <ul>
                <li>{t("visits-in-europe")}</li>
                <li>{t("visits-in-the-caucasus")}</li>
                <li>{t("visits-delegations")}</li>
            </ul>
            <h2>{t("visits-heading")}</h2>
            <ServerData resource=visits view={|visits: Vec<VisitSummary>| {
                if visits.is_empty() {
                    view! { <p>{t("visits-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {visits.into_iter().map(|visit| view! {
                                <li class="card">
                                    <h3 class="card__title" lang=lang_attr(visit.written_in)>
                                        <a href=localized(&format!("/visits/{}", visit.slug))>{visit.title}</a>
                                    </h3>
                                    <p class="card__meta">
                                        {t_with("visits-card-meta", [
                                            ("place", visit.host_place.into()),
                                            ("country", visit.country.into()),
                                            ("dates", visit.dates_text.into()),
                                        ])}
                                    </p>
                                    <p>{t_with("visits-apply-by", [("date", visit.applications_close_at_text.into())])}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }} />
            <h2>{t("visits-hosting")}</h2>
            <p>
                {t("visits-hosting-text")}" "
                {say_so}<a href=localized("/submit")>{t("visits-hosting-link")}</a>{after_link}
            </p>
        </Page>
    }
}

#[component]
pub fn VisitPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let query = leptos_router::hooks::use_query_map();
    let apply = ServerAction::<ApplyForVisit>::new();
    let lang = use_lang();
    let visit = Resource::new(
        move || (lang, params.read().get("slug").unwrap_or_default()),
        |(lang, slug)| get_visit(lang, slug),
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
        countries,
    } = visit;
    let staff_lang = lang_attr(summary.written_in);
    let place = t_with(
        "visit-place",
        [
            ("place", summary.host_place.into()),
            ("country", summary.country.into()),
        ],
    );
    let delegation = t_with(
        "visit-delegation-size",
        [
            ("size", summary.delegation_size.into()),
            ("accepted", accepted.into()),
        ],
    );
    view! {
        <Title text=summary.title.clone() />
        <article class="page page--narrow">
            <p class="breadcrumb"><a href=localized("/visits")>{t("visits-title")}</a></p>
            <h1 lang=staff_lang>{summary.title.clone()}</h1>
            <dl class="facts">
                <dt>{t("visit-where")}</dt>
                <dd>{place}</dd>
                <dt>{t("visit-when")}</dt>
                <dd>{summary.dates_text.clone()}</dd>
                <dt>{t("visit-delegation")}</dt>
                <dd>{delegation}</dd>
                <dt>{t("visit-apply-by")}</dt>
                <dd>{summary.applications_close_at_text.clone()}</dd>
                {summary.practice.clone().map(|(slug, title)| view! {
                    <dt>{t("visit-practice")}</dt>
                    <dd><a href=localized(&format!("/practices/{slug}"))>{title}</a></dd>
                })}
            </dl>
            <h2>{t("visit-programme")}</h2>
            <div class="prose" lang=staff_lang inner_html=programme_html></div>
            {move || applied.get().then(|| view! {
                <div class="notice notice--success" role="status">
                    <p><strong>{t("visit-applied")}</strong>" "{t("visit-applied-details")}</p>
                </div>
            })}
            {if open {
                view! { <ApplicationForm slug=summary.slug.clone() countries apply /> }.into_any()
            } else {
                view! { <p>{t("visit-applications-closed")}</p> }.into_any()
            }}
        </article>
    }
}

#[component]
fn ApplicationForm(
    slug: String,
    countries: Vec<(String, String)>,
    apply: ServerAction<ApplyForVisit>,
) -> impl IntoView {
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
            <h2 id="apply">{t("visit-apply-heading")}</h2>
            {move || view! { <ErrorSummary errors=summary_entries([outcome()], "name") /> }}
            <ActionForm action=apply attr:novalidate=true on:submit:capture=check>
                <input type="hidden" name="slug" value=slug />
                <input type="hidden" name="lang" value=use_lang().code() />
                <PersonFields error countries email_hint=t("visit-email-hint")
                    accessibility_hint=t("visit-accessibility-hint") />
                <TextField field="motivation" name="answers[motivation]" label=t("visit-motivation")
                    value=String::new() error=error("motivation") rows=6 hint=t("visit-motivation-hint") />
                <CheckboxField field="consent" name="answers[consent]" label=t("visit-consent")
                    checked=false error=error("consent") />
                <p><a href=localized("/privacy")>{t("person-privacy-notice")}</a></p>
                <button type="submit" class="button button--primary">{t("visit-apply")}</button>
            </ActionForm>
        </section>
    }
}
