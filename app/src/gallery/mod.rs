//! The selected good practices, published for everyone to read.

#[cfg(feature = "ssr")]
pub mod db;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use crate::components::{NotFound, Page, ServerData};
use crate::error::AppError;
use crate::theme::Theme;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeSummary {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub place: String,
    pub organisation: String,
    pub themes: Vec<Theme>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeDetail {
    pub summary: PracticeSummary,
    /// Sanitised HTML rendered from the practice's Markdown body.
    pub body_html: String,
    pub why_selected_html: String,
    pub published_on: String,
}

/// Every published practice, newest first.
#[server(endpoint = "published_practices")]
pub async fn list_published_practices() -> Result<Vec<PracticeSummary>, AppError> {
    let state = crate::state::app_state()?;
    Ok(db::published(&state.db, db::Order::Newest, None).await?)
}

/// One published practice; `None` when there is none under this slug or it is unpublished.
#[server(endpoint = "practice")]
pub async fn get_practice(slug: String) -> Result<Option<PracticeDetail>, AppError> {
    let state = crate::state::app_state()?;
    Ok(db::published_by_slug(&state.db, &slug).await?)
}

#[component]
pub fn PracticesPage() -> impl IntoView {
    let practices = Resource::new(|| (), |_| list_published_practices());
    view! {
        <Page
            title="Good practices"
            lead="Inspiring practices from across Europe and the Caucasus that tackle environmental, \
                  digital and social challenges through cultural heritage."
        >
            <ServerData
                resource=practices
                view={|practices: Vec<PracticeSummary>| {
                    if practices.is_empty() {
                        view! {
                            <p>"The selected practices will be published here once the review is complete."</p>
                        }
                            .into_any()
                    } else {
                        view! { <PracticeList practices /> }.into_any()
                    }
                }}
            />
        </Page>
    }
}

#[component]
pub fn PracticeList(practices: Vec<PracticeSummary>) -> impl IntoView {
    view! {
        <ul class="card-list">
            {practices.into_iter().map(|practice| view! { <PracticeCard practice /> }).collect_view()}
        </ul>
    }
}

#[component]
fn PracticeCard(practice: PracticeSummary) -> impl IntoView {
    view! {
        <li class="card">
            <h3 class="card__title">
                <a href=format!("/practices/{}", practice.slug)>{practice.title}</a>
            </h3>
            <p class="card__meta">{practice.place}" · "{practice.organisation}</p>
            <ThemeTags themes=practice.themes />
            <p>{practice.summary}</p>
        </li>
    }
}

#[component]
fn ThemeTags(themes: Vec<Theme>) -> impl IntoView {
    view! {
        <ul class="tags" aria-label="Themes">
            {themes.into_iter().map(|theme| view! { <li class="card__tag">{theme.label()}</li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn PracticePage() -> impl IntoView {
    let params = use_params_map();
    let practice = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        get_practice,
    );
    view! {
        <ServerData
            resource=practice
            view={|practice: Option<PracticeDetail>| match practice {
                None => view! { <NotFound /> }.into_any(),
                Some(practice) => view! { <PracticeArticle practice /> }.into_any(),
            }}
        />
    }
}

#[component]
fn PracticeArticle(practice: PracticeDetail) -> impl IntoView {
    let PracticeDetail {
        summary,
        body_html,
        why_selected_html,
        published_on,
    } = practice;
    view! {
        <Title text=summary.title.clone() />
        <article class="page page--narrow">
            <p class="breadcrumb"><a href="/practices">"Good practices"</a></p>
            <h1>{summary.title}</h1>
            <p class="card__meta">{summary.place}" · "{summary.organisation}</p>
            <ThemeTags themes=summary.themes />
            <p class="lead">{summary.summary}</p>
            <div class="prose" inner_html=body_html></div>
            <section aria-labelledby="why-selected">
                <h2 id="why-selected">"Why it was selected"</h2>
                <div class="prose" inner_html=why_selected_html></div>
            </section>
            <p class="card__meta">"Published " {published_on}</p>
        </article>
    }
}
