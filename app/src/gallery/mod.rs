//! The selected good practices, published for everyone to read.

mod admin;
#[cfg(feature = "ssr")]
pub mod db;
pub mod editing;
#[cfg(feature = "ssr")]
pub mod publishing;
#[cfg(feature = "ssr")]
pub mod redact;

pub use admin::{PracticeEditorPage, PracticeFromSubmission, PracticesAdminPage};

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
    /// Empty while unpublished (an admin's preview).
    pub published_on: String,
    pub images: Vec<PublicImage>,
    pub documents: Vec<PublicDocument>,
    pub links: Vec<String>,
}

/// An image as the public page shows it, with its credit and licence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicImage {
    pub url: String,
    pub alt_text: String,
    pub caption: String,
    pub credit: String,
    pub licence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicDocument {
    pub url: String,
    pub title: String,
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
pub(crate) fn PracticeArticle(
    practice: PracticeDetail,
    /// Shown inside the editor: the page keeps its own title.
    #[prop(optional)]
    preview: bool,
) -> impl IntoView {
    let PracticeDetail {
        summary,
        body_html,
        why_selected_html,
        published_on,
        images,
        documents,
        links,
    } = practice;
    view! {
        {(!preview).then(|| view! { <Title text=summary.title.clone() /> })}
        <article class="page page--narrow">
            <p class="breadcrumb"><a href="/practices">"Good practices"</a></p>
            <h1>{summary.title}</h1>
            <p class="card__meta">{summary.place}" · "{summary.organisation}</p>
            <ThemeTags themes=summary.themes />
            <p class="lead">{summary.summary}</p>
            {images.into_iter().map(|image| view! {
                <figure class="practice-image">
                    <img src=image.url alt=image.alt_text loading="lazy" />
                    <figcaption>
                        {(!image.caption.is_empty()).then(|| view! { <span>{image.caption}" "</span> })}
                        <span class="practice-image__credit">
                            {(!image.credit.is_empty()).then(|| format!("© {} · ", image.credit))}{image.licence}
                        </span>
                    </figcaption>
                </figure>
            }).collect_view()}
            <div class="prose" inner_html=body_html></div>
            {(!why_selected_html.is_empty()).then(|| view! {
                <section aria-labelledby="why-selected">
                    <h2 id="why-selected">"Why it was selected"</h2>
                    <div class="prose" inner_html=why_selected_html></div>
                </section>
            })}
            {(!documents.is_empty()).then(|| view! {
                <section aria-labelledby="documents">
                    <h2 id="documents">"Documents"</h2>
                    <ul>
                        {documents.into_iter().map(|document| view! {
                            <li><a href=document.url>{document.title}" (PDF)"</a></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!links.is_empty()).then(|| view! {
                <section aria-labelledby="links">
                    <h2 id="links">"Links"</h2>
                    <ul>
                        {links.into_iter().map(|link| view! {
                            <li><a href=link.clone() rel="noopener noreferrer">{link.clone()}</a></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!published_on.is_empty()).then(|| view! { <p class="card__meta">"Published " {published_on}</p> })}
        </article>
    }
}
