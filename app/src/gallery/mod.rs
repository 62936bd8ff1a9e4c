//! The selected good practices, published for everyone to read.

mod admin;
#[cfg(feature = "ssr")]
pub mod db;
pub mod editing;
#[cfg(feature = "ssr")]
pub mod feeds;
mod map;
#[cfg(feature = "ssr")]
pub mod publishing;
#[cfg(feature = "ssr")]
pub mod redact;

pub use admin::{PracticeEditorPage, PracticeFromSubmission, PracticesAdminPage};

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use crate::components::{NotFound, Page, ServerData, ServerMadeHtml};
#[cfg(feature = "ssr")]
use crate::components::{SelectField, TextField};
use crate::error::AppError;
use crate::i18n::{Lang, lang_attr, localized, t, t_with, use_lang};
use crate::theme::Theme;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeSummary {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub city_region: String,
    /// ISO 3166-1 alpha-2, named in the page's language.
    pub country_code: String,
    pub organisation: String,
    /// The language its texts are written in, for their `lang`.
    pub content_lang: String,
    pub themes: Vec<Theme>,
    /// The first shown image, small.
    pub image: Option<CardImage>,
}

/// A practice's first image in the size a card needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
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
    /// The absolute address of the public page; empty in an admin's preview.
    pub canonical_url: String,
    /// The first image's absolute address, for link previews.
    pub share_image_url: Option<String>,
    /// Other practices on a shared theme or in the same country.
    pub related: Vec<PracticeSummary>,
    /// The published peer-learning visits to this practice: address and title.
    pub hosted_visits: Vec<(String, String)>,
}

/// An image as the public page shows it, with its credit and licence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicImage {
    /// The stored image, at most 2400 pixels long.
    pub url: String,
    /// Its smaller forms, when its size is known (always, for uploaded images).
    pub responsive: Option<ResponsiveImage>,
    pub alt_text: String,
    pub caption: String,
    pub credit: String,
    pub licence: String,
}

/// What lets the browser fetch only the size it shows and keep the page from jumping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponsiveImage {
    /// Every stored form with its width, for the `srcset` attribute.
    pub srcset: String,
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicDocument {
    pub url: String,
    pub title: String,
}

/// What `/practices` is narrowed to, exactly as in its address, so a view can be shared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PracticeQuery {
    pub theme: String,
    pub country: String,
    pub organisation_type: String,
    /// Words to find in the title, summary, text, organisation or place.
    pub q: String,
    /// `newest` (the default), `oldest` or `title`.
    pub sort: String,
    /// From 1.
    pub page: u32,
}

pub const PAGE_SIZE: u64 = 24;

impl PracticeQuery {
    /// The query part of an address that shows this view (`page` left out when it is 1).
    pub fn to_query(&self, page: Option<u32>) -> String {
        let page = page.unwrap_or(self.page).max(1).to_string();
        crate::components::query_string(&[
            ("theme", &self.theme),
            ("country", &self.country),
            ("organisation_type", &self.organisation_type),
            ("q", &self.q),
            ("sort", &self.sort),
            ("page", if page == "1" { "" } else { &page }),
        ])
    }
}

/// A page of matching practices, as the database gives it.
#[cfg(feature = "ssr")]
pub struct PracticeListPage {
    pub practices: Vec<PracticeSummary>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    /// Countries with published practices: code, name and how many.
    pub countries: Vec<(String, String, u64)>,
}

/// What `/practices` shows for a query. The filters' fields, the cards and the pagination
/// react to nothing, so they come as HTML made on the server and the browser hydrates none of
/// them (nor carries the form fields' code to this page).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeResultsPage {
    pub total: u64,
    pub filters_html: String,
    pub results_html: String,
}

/// Published practices matching `query`, a page at a time.
#[server(endpoint = "published_practices")]
pub async fn list_published_practices(
    #[server(default)] query: PracticeQuery,
    #[server(default)] lang: Lang,
) -> Result<PracticeResultsPage, AppError> {
    let state = crate::state::app_state()?;
    let PracticeListPage {
        practices,
        total,
        page,
        pages,
        countries,
    } = db::list(&state.db, &query).await?;
    let render = |view: &dyn Fn() -> AnyView| {
        crate::i18n::with_lang(lang, || crate::components::server_made_html(view()))
    };
    let filters_html = render(&|| {
        view! { <FilterFields query=query.clone() countries=countries.clone() /> }.into_any()
    });
    let results_html = render(&|| {
        view! { <PracticeResults practices=practices.clone() page pages query=query.clone() /> }
            .into_any()
    });
    Ok(PracticeResultsPage {
        total,
        filters_html,
        results_html,
    })
}

/// A practice's public page: what its head tells link previews and search engines, and its
/// article as HTML made on the server. Nothing in the article reacts to anything, so the
/// browser gets none of its code: the page's part of the bundle stays small.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticePageData {
    pub title: String,
    pub summary: String,
    pub canonical_url: String,
    /// The first image's absolute address.
    pub share_image_url: Option<String>,
    pub article_html: String,
}

/// One published practice's page; `None` when there is none under this slug or it is
/// unpublished.
#[server(endpoint = "practice")]
pub async fn get_practice(
    slug: String,
    #[server(default)] lang: Lang,
) -> Result<Option<PracticePageData>, AppError> {
    let state = crate::state::app_state()?;
    let Some(practice) = db::published_by_slug(&state.db, &slug, &state.public_url, lang).await?
    else {
        return Ok(None);
    };
    let title = practice.summary.title.clone();
    let summary = practice.summary.summary.clone();
    let canonical_url = practice.canonical_url.clone();
    let share_image_url = practice.share_image_url.clone();
    let article_html = crate::i18n::with_lang(lang, || {
        crate::components::server_made_html(view! { <PracticeArticle practice /> }.into_any())
    });
    Ok(Some(PracticePageData {
        title,
        summary,
        canonical_url,
        share_image_url,
        article_html,
    }))
}

#[component]
pub fn PracticesPage() -> impl IntoView {
    let params = leptos_router::hooks::use_query_map();
    let query = Memo::new(move |_| {
        let params = params.read();
        let text = |name: &str| params.get(name).unwrap_or_default();
        PracticeQuery {
            theme: text("theme"),
            country: text("country"),
            organisation_type: text("organisation_type"),
            q: text("q"),
            sort: text("sort"),
            page: text("page").parse().unwrap_or(1),
        }
    });
    let lang = use_lang();
    let list = Resource::new(
        move || query.get(),
        move |query| list_published_practices(query, lang),
    );
    let follow_in_router = follow_in_router(localized("/practices"));
    view! {
        <Page title=t("practices-title") lead=t("practices-lead")>
            <div class="practices-layout">
                <div class="practices-layout__list">
                    <ServerData resource=list view={move |list: PracticeResultsPage| view! {
                        // A GET form, so every view has an address and works without scripts;
                        // once the page is interactive the router follows it without reloading.
                        <form method="get" action=localized("/practices") class="filters"
                            role="search" aria-label=t("practices-filter-label") on:submit=follow_in_router.clone()>
                            <ServerMadeHtml html=list.filters_html />
                        </form>
                        // The cards' headings are h3, as under the home page's sections.
                        <h2 class="visually-hidden">{t("practices-results")}</h2>
                        <p role="status">{t_with("practices-found", [("count", list.total.into())])}</p>
                        <ServerMadeHtml html=list.results_html />
                    }} />
                </div>
                <map::PracticeMap />
            </div>
        </Page>
    }
}

/// What submits a GET form through the router: the address the form would load, followed
/// without reloading the page. (Leptos' own `Form` also posts, with its responses and errors:
/// code this page's bundle need not carry.)
fn follow_in_router(
    action: String,
) -> impl Fn(leptos::ev::SubmitEvent) + Clone + Send + Sync + 'static {
    let navigate = leptos_router::hooks::use_navigate();
    move |event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(form) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let Some(query) = web_sys::FormData::new_with_form(&form)
                .and_then(|data| web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data))
                .ok()
            else {
                return;
            };
            event.prevent_default();
            navigate(
                &format!("{action}?{}", String::from(query.to_string())),
                Default::default(),
            );
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, &navigate, &action);
    }
}

/// The filters' fields, set to `query`; the country list offers the countries with practices.
#[cfg(feature = "ssr")]
#[component]
fn FilterFields(query: PracticeQuery, countries: Vec<(String, String, u64)>) -> impl IntoView {
    let none = || Signal::stored(None::<String>);
    let with_practices = countries
        .iter()
        .filter_map(|(code, ..)| crate::country::Country::parse(code).ok());
    let country_options: Vec<(String, String)> =
        crate::i18n::dates::countries_by_name(use_lang(), with_practices)
            .into_iter()
            .map(|(country, name)| (country.code().to_owned(), name))
            .collect();
    let labelled = |options: &[(&str, &str)]| -> Vec<(String, String)> {
        options
            .iter()
            .map(|(value, key)| (value.to_string(), t(key)))
            .collect()
    };
    use crate::submission::organisation::OrganisationType;
    let themes: Vec<_> = Theme::ALL
        .iter()
        .map(|theme| (theme.slug(), theme.label_key()))
        .collect();
    let kinds: Vec<_> = OrganisationType::ALL
        .iter()
        .map(|kind| (kind.slug(), kind.label_key()))
        .collect();
    view! {
        <TextField field="q" name="q" label=t("practices-search") value=query.q error=none()
            hint=t("practices-search-hint") />
        <SelectField field="theme" name="theme" label=t("practices-theme") value=query.theme error=none() optional=true
            options=labelled(&themes) />
        <SelectField field="country" name="country" label=t("practices-country") value=query.country error=none() optional=true
            options=country_options />
        <SelectField field="organisation_type" name="organisation_type" label=t("practices-organisation-type")
            value=query.organisation_type error=none() optional=true
            options=labelled(&kinds) />
        <SelectField field="sort" name="sort" label=t("practices-order") value=query.sort error=none() optional=true
            options=labelled(&[("newest", "practices-order-newest"), ("oldest", "practices-order-oldest"), ("title", "practices-order-title")]) />
        <button type="submit" class="button button--primary">{t("practices-show")}</button>
        " "<a href=localized("/practices")>{t("practices-clear-filters")}</a>
    }
}

#[cfg(feature = "ssr")]
#[component]
fn PracticeResults(
    practices: Vec<PracticeSummary>,
    page: u32,
    pages: u32,
    query: PracticeQuery,
) -> impl IntoView {
    let list = localized("/practices");
    let link = move |page: u32| format!("{list}?{}", query.to_query(Some(page)));
    view! {
        {if practices.is_empty() {
            view! {
                <p>{t("practices-none-found")}</p>
            }.into_any()
        } else {
            view! { <PracticeList practices /> }.into_any()
        }}
        <crate::components::Pagination page pages label=t("practices-pages") link />
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

/// How wide an image shows in a practice's page: the narrow column, or the screen on phones.
const ARTICLE_IMAGE_SIZES: &str = "(min-width: 48rem) 44rem, calc(100vw - 2rem)";

#[component]
fn PracticeCard(practice: PracticeSummary) -> impl IntoView {
    let meta = place_and_organisation(&practice);
    view! {
        <li class="card">
            // Decorative: the title beside it says what the practice is.
            {practice.image.map(|image| view! {
                <img class="card__image" src=image.url width=image.width height=image.height alt="" loading="lazy" />
            })}
            <h3 class="card__title" lang=written_in(&practice.content_lang)>
                <a href=localized(&format!("/practices/{}", practice.slug))>{practice.title.clone()}</a>
            </h3>
            {meta}
            <ThemeTags themes=practice.themes />
            <p lang=written_in(&practice.content_lang)>{practice.summary}</p>
        </li>
    }
}

/// "Tbilisi, Georgia · City Hall": the country named in the page's language, the rest as the
/// applicant wrote it.
/// The `lang` of an applicant's text written in `code`: none in the page's own language.
fn written_in(code: &str) -> Option<String> {
    (code != use_lang().code()).then(|| code.to_owned())
}

fn place_and_organisation(practice: &PracticeSummary) -> impl IntoView + use<> {
    let country = t(&format!("country-{}", practice.country_code));
    view! {
        <p class="card__meta">
            <span lang=written_in(&practice.content_lang)>{practice.city_region.clone()}</span>", "{country}" · "
            <span lang=written_in(&practice.content_lang)>{practice.organisation.clone()}</span>
        </p>
    }
}

#[component]
fn ThemeTags(themes: Vec<Theme>) -> impl IntoView {
    view! {
        <ul class="tags" aria-label=t("practices-themes")>
            {themes.into_iter().map(|theme| view! { <li class="card__tag">{t(theme.label_key())}</li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn PracticePage() -> impl IntoView {
    let params = use_params_map();
    let lang = use_lang();
    let practice = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        move |slug| get_practice(slug, lang),
    );
    view! {
        <ServerData
            resource=practice
            view={|practice: Option<PracticePageData>| match practice {
                None => view! { <NotFound /> }.into_any(),
                Some(page) => view! {
                    <PracticeMetadata page=page.clone() />
                    <ServerMadeHtml html=page.article_html />
                }
                .into_any(),
            }}
        />
    }
}

/// What link previews (Open Graph, Twitter cards) and search engines read.
#[component]
fn PracticeMetadata(page: PracticePageData) -> impl IntoView {
    let PracticePageData {
        title,
        summary,
        canonical_url,
        share_image_url,
        ..
    } = page;
    let card = if share_image_url.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    view! {
        <Title text=title.clone() />
        <Link rel="canonical" href=canonical_url.clone() />
        <Meta property="og:type" content="article" />
        <Meta property="og:site_name" content=crate::app::SITE_NAME />
        <Meta property="og:title" content=title.clone() />
        <Meta property="og:description" content=summary.clone() />
        <Meta property="og:url" content=canonical_url />
        {share_image_url.map(|image| view! { <Meta property="og:image" content=image /> })}
        <Meta name="twitter:card" content=card />
        <Meta name="twitter:title" content=title />
        <Meta name="twitter:description" content=summary />
    }
}

/// A practice as its public page and the editor's preview show it.
#[component]
pub(crate) fn PracticeArticle(practice: PracticeDetail) -> impl IntoView {
    let PracticeDetail {
        summary,
        body_html,
        why_selected_html,
        published_on,
        images,
        documents,
        links,
        related,
        hosted_visits,
        ..
    } = practice;
    // The applicant's words keep the language they were written in.
    let content_lang = written_in(&summary.content_lang);
    let meta = place_and_organisation(&summary);
    view! {
        <article class="page page--narrow">
            <p class="breadcrumb"><a href=localized("/practices")>{t("practice-all")}</a></p>
            <h1 lang=written_in(&summary.content_lang)>{summary.title.clone()}</h1>
            {meta}
            <ThemeTags themes=summary.themes />
            <p class="lead" lang=written_in(&summary.content_lang)>{summary.summary}</p>
            // The first image is often the largest thing on a phone's first screen: it loads
            // at once and first, the others as they come into view.
            {images.into_iter().enumerate().map(|(index, image)| view! {
                <figure class="practice-image" lang=content_lang.clone()>
                    <img
                        src=image.url
                        srcset=image.responsive.as_ref().map(|sizes| sizes.srcset.clone())
                        sizes=image.responsive.as_ref().map(|_| ARTICLE_IMAGE_SIZES)
                        width=image.responsive.as_ref().map(|sizes| sizes.width)
                        height=image.responsive.as_ref().map(|sizes| sizes.height)
                        alt=image.alt_text
                        loading=if index == 0 { "eager" } else { "lazy" }
                        fetchpriority=(index == 0).then_some("high")
                    />
                    <figcaption>
                        {(!image.caption.is_empty()).then(|| view! { <span>{image.caption}" "</span> })}
                        <span class="practice-image__credit">
                            {(!image.credit.is_empty()).then(|| format!("© {} · ", image.credit))}{image.licence}
                        </span>
                    </figcaption>
                </figure>
            }).collect_view()}
            <div class="prose" lang=content_lang inner_html=body_html></div>
            {(!why_selected_html.is_empty()).then(|| view! {
                <section aria-labelledby="why-selected">
                    <h2 id="why-selected">{t("practice-why-selected")}</h2>
                    // Staff write it in English.
                    <div class="prose" lang=lang_attr(Lang::En) inner_html=why_selected_html></div>
                </section>
            })}
            {(!documents.is_empty()).then(|| view! {
                <section aria-labelledby="documents">
                    <h2 id="documents">{t("practice-documents")}</h2>
                    <ul>
                        {documents.into_iter().map(|document| view! {
                            <li><a href=document.url>{t_with("practice-document", [("title", document.title.into())])}</a></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!links.is_empty()).then(|| view! {
                <section aria-labelledby="links">
                    <h2 id="links">{t("practice-links")}</h2>
                    <ul>
                        {links.into_iter().map(|link| view! {
                            <li><a href=link.clone() rel="noopener noreferrer">{link.clone()}</a></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!hosted_visits.is_empty()).then(|| view! {
                <section aria-labelledby="hosted-visits">
                    <h2 id="hosted-visits">{t("practice-visit")}</h2>
                    <p>{t("practice-visit-intro")}</p>
                    <ul>
                        {hosted_visits.into_iter().map(|(slug, title)| view! {
                            <li><a href=localized(&format!("/visits/{slug}"))>{title}</a></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!published_on.is_empty()).then(|| view! { <p class="card__meta">{t_with("practice-published", [("date", published_on.into())])}</p> })}
            {(!related.is_empty()).then(|| view! {
                <section aria-labelledby="related" class="related">
                    <h2 id="related">{t("practice-related")}</h2>
                    <PracticeList practices=related />
                </section>
            })}
        </article>
    }
}
