//! The home page: the call, its deadline, and what happens after it.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::call::{CallOverview, CallPhase};
use crate::components::{ServerData, ServerMadeHtml};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::gallery::{PracticeList, PracticeSummary};
use crate::i18n::{Lang, use_lang};
#[cfg(feature = "ssr")]
use crate::i18n::{around, localized, shown_lang, t};
#[cfg(feature = "ssr")]
use crate::translations::Shown;
#[cfg(feature = "ssr")]
use crate::workshops::{WorkshopList, WorkshopSummary};

/// The home page as the server renders it: static, so it comes as HTML made on the server and
/// the browser bundle, which every visit starts with, carries none of its code. The browser
/// only adds the visitor's own time to the workshops' (`fill_local_times`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomePageData {
    /// The call with its deadline.
    pub hero_html: String,
    /// The admins' text, the questions and answers, the upcoming workshops and the practices.
    pub sections_html: String,
}

/// How many practices each home page section shows.
#[cfg(feature = "ssr")]
const PRACTICES_SHOWN: usize = 3;

/// Everything the home page shows in `lang`, in one round trip.
#[server(endpoint = "home_page")]
pub async fn get_home_page(lang: Lang) -> Result<HomePageData, AppError> {
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    let shown = PRACTICES_SHOWN as u64;
    let (settings, text, upcoming_workshops, featured_practices, newest) = tokio::try_join!(
        crate::call::db::load(&state.db),
        crate::settings::db::load_text_in(
            &state.db,
            crate::settings::texts::SiteTextKey::Home,
            lang
        ),
        crate::workshops::db::upcoming(&state.db, now, Some(4), lang),
        crate::gallery::db::published(&state.db, true, Some(shown)),
        // Enough to fill the section even when the newest are all featured.
        crate::gallery::db::published(&state.db, false, Some(2 * shown)),
    )?;
    let latest_practices: Vec<_> = newest
        .into_iter()
        .filter(|practice| !featured_practices.contains(practice))
        .take(PRACTICES_SHOWN)
        .collect();
    let texts = crate::call::db::texts_in(&state.db, &settings, lang).await?;
    let call = crate::call::db::overview(settings, texts, now, lang);
    let text = crate::settings::PublishedText::new(text, lang);
    let render = |make: &dyn Fn() -> AnyView| {
        crate::i18n::with_lang(lang, || crate::components::server_made_html(make()))
    };
    Ok(HomePageData {
        sections_html: render(&|| {
            view! {
                <Texts text=text.clone() faq_html=call.faq_html.clone() />
                <WorkshopSection workshops=upcoming_workshops.clone() />
                <PracticeSection id="featured-practices" heading="home-featured-practices" practices=featured_practices.clone() />
                <PracticeSection id="latest-practices" heading="home-latest-practices" practices=latest_practices.clone() />
            }
            .into_any()
        }),
        hero_html: render(&|| view! { <Hero call=call.clone() /> }.into_any()),
    })
}

#[component]
pub fn HomePage() -> impl IntoView {
    let data = Resource::new(use_lang, get_home_page);
    view! {
        <Title text="" />
        <ServerData resource=data view={|data: HomePageData| view! { <Home data /> }} />
    }
}

#[component]
fn Home(data: HomePageData) -> impl IntoView {
    Effect::new(|_| crate::components::fill_local_times());
    view! {
        <ServerMadeHtml html=data.hero_html />
        <div class="page">
            <ServerMadeHtml html=data.sections_html />
        </div>
    }
}

#[cfg(feature = "ssr")]
#[component]
fn WorkshopSection(workshops: Vec<WorkshopSummary>) -> impl IntoView {
    (!workshops.is_empty()).then(|| {
        view! {
            <section aria-labelledby="upcoming-workshops">
                <h2 id="upcoming-workshops">{t("home-upcoming-workshops")}</h2>
                <WorkshopList workshops />
            </section>
        }
    })
}

#[cfg(feature = "ssr")]
#[component]
fn Hero(call: CallOverview) -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby="call-title">
            <div class="hero__inner">
                <p class="hero__kicker">{t("home-kicker")}</p>
                <h1 id="call-title" lang=shown_lang(&call.title)>{call.title.text.clone()}</h1>
                <div class="prose hero__intro" lang=shown_lang(&call.introduction_html)
                    inner_html=call.introduction_html.text.clone()></div>
                <Deadline call />
            </div>
        </section>
    }
}

#[cfg(feature = "ssr")]
#[component]
fn Texts(text: crate::settings::PublishedText, faq_html: Shown) -> impl IntoView {
    view! {
        <section aria-labelledby="next-steps">
            <h2 id="next-steps" lang=shown_lang(&text.title)>{text.title.text.clone()}</h2>
            <div class="prose" lang=shown_lang(&text.html) inner_html=text.html.text.clone()></div>
        </section>
        {(!faq_html.text.is_empty()).then(|| view! {
            <section aria-labelledby="faq">
                <h2 id="faq">{t("home-faq")}</h2>
                <div class="prose" lang=shown_lang(&faq_html) inner_html=faq_html.text.clone()></div>
            </section>
        })}
    }
}

/// A titled list of practices with a way to all of them; nothing when there are none.
#[cfg(feature = "ssr")]
#[component]
fn PracticeSection(
    id: &'static str,
    /// The heading's message.
    heading: &'static str,
    practices: Vec<PracticeSummary>,
) -> impl IntoView {
    (!practices.is_empty()).then(|| {
        view! {
            <section aria-labelledby=id>
                <h2 id=id>{t(heading)}</h2>
                <PracticeList practices />
                <p><a href=localized("/practices")>{t("home-all-practices")}</a></p>
            </section>
        }
    })
}

#[cfg(feature = "ssr")]
#[component]
fn Deadline(call: CallOverview) -> impl IntoView {
    let time = |at: chrono::DateTime<chrono::Utc>, text: String| {
        view! { <time datetime=at.to_rfc3339()>{text}</time> }
    };
    // Each sentence with its date where the language puts it.
    let sentence = |key: &str, place: &str, at, text| around(key, place, time(at, text), []);
    let deadline = || {
        sentence(
            "home-deadline",
            "deadline",
            call.closes_at,
            call.closes_at_text.clone(),
        )
    };
    match call.phase {
        CallPhase::NotYetOpen => view! {
            <div class="deadline">
                <p>{sentence("home-opens-on", "opens", call.opens_at, call.opens_at_text.clone())}</p>
                <p>{deadline()}</p>
            </div>
        }
        .into_any(),
        CallPhase::Open => view! {
            <div class="deadline">
                <p class="deadline__date">{deadline()}</p>
                {call.time_left.clone().map(|left| view! {
                    <p class="deadline__left">{crate::i18n::t_with("home-time-left", [("left", left.into())])}</p>
                })}
                <a class="button button--primary" href=localized("/submit")>{t("nav-submit")}</a>
            </div>
        }
        .into_any(),
        CallPhase::Closed => view! {
            <div class="deadline">
                <p class="deadline__date">{sentence("home-closed-on", "deadline", call.closes_at, call.closes_at_text.clone())}</p>
                <p>{t("home-closed-thanks")}</p>
            </div>
        }
        .into_any(),
    }
}
