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

/// Everything the home page shows, in one round trip.
#[server(endpoint = "home_page")]
pub async fn get_home_page() -> Result<HomePageData, AppError> {
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    let shown = PRACTICES_SHOWN as u64;
    let (settings, text, upcoming_workshops, featured_practices, newest) = tokio::try_join!(
        crate::call::db::load(&state.db),
        crate::settings::db::load_text(&state.db, crate::settings::texts::SiteTextKey::Home),
        crate::workshops::db::upcoming(&state.db, now, Some(4)),
        crate::gallery::db::published(&state.db, true, Some(shown)),
        // Enough to fill the section even when the newest are all featured.
        crate::gallery::db::published(&state.db, false, Some(2 * shown)),
    )?;
    let latest_practices: Vec<_> = newest
        .into_iter()
        .filter(|practice| !featured_practices.contains(practice))
        .take(PRACTICES_SHOWN)
        .collect();
    let call = crate::call::db::overview(settings, now);
    let text = crate::settings::PublishedText {
        html: crate::markdown::to_safe_html(&text.body),
        title: text.title,
    };
    let render = crate::components::server_made_html;
    Ok(HomePageData {
        sections_html: render(
            view! {
                <Texts text faq_html=call.faq_html.clone() />
                <WorkshopSection workshops=upcoming_workshops />
                <PracticeSection id="featured-practices" heading="Featured practices" practices=featured_practices />
                <PracticeSection id="latest-practices" heading="Latest practices" practices=latest_practices />
            }
            .into_any(),
        ),
        hero_html: render(view! { <Hero call /> }.into_any()),
    })
}

#[component]
pub fn HomePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_home_page());
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
                <h2 id="upcoming-workshops">"Upcoming workshops"</h2>
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
                <p class="hero__kicker">"Open call for good practices"</p>
                <h1 id="call-title">{call.title.clone()}</h1>
                <div class="prose hero__intro" inner_html=call.introduction_html.clone()></div>
                <Deadline call />
            </div>
        </section>
    }
}

#[cfg(feature = "ssr")]
#[component]
fn Texts(text: crate::settings::PublishedText, faq_html: String) -> impl IntoView {
    view! {
        <section aria-labelledby="next-steps">
            <h2 id="next-steps">{text.title}</h2>
            <div class="prose" inner_html=text.html></div>
        </section>
        {(!faq_html.is_empty()).then(|| view! {
            <section aria-labelledby="faq">
                <h2 id="faq">"Questions and answers"</h2>
                <div class="prose" inner_html=faq_html></div>
            </section>
        })}
    }
}

/// A titled list of practices with a way to all of them; nothing when there are none.
#[cfg(feature = "ssr")]
#[component]
fn PracticeSection(
    id: &'static str,
    heading: &'static str,
    practices: Vec<PracticeSummary>,
) -> impl IntoView {
    (!practices.is_empty()).then(|| {
        view! {
            <section aria-labelledby=id>
                <h2 id=id>{heading}</h2>
                <PracticeList practices />
                <p><a href="/practices">"All good practices"</a></p>
            </section>
        }
    })
}

#[cfg(feature = "ssr")]
#[component]
fn Deadline(call: CallOverview) -> impl IntoView {
    let deadline = view! {
        <time datetime=call.closes_at.to_rfc3339()>{call.closes_at_text.clone()}</time>
    };
    match call.phase {
        CallPhase::NotYetOpen => view! {
            <div class="deadline">
                <p>"The call opens on "<time datetime=call.opens_at.to_rfc3339()>{call.opens_at_text}</time>"."</p>
                <p>"Deadline: "{deadline}</p>
            </div>
        }
        .into_any(),
        CallPhase::Open => view! {
            <div class="deadline">
                <p class="deadline__date">"Deadline: "{deadline}</p>
                {call.time_left.map(|left| view! { <p class="deadline__left">{left}" left to submit."</p> })}
                <a class="button button--primary" href="/submit">"Submit a practice"</a>
            </div>
        }
        .into_any(),
        CallPhase::Closed => view! {
            <div class="deadline">
                <p class="deadline__date">"The call closed on "{deadline}"."</p>
                <p>"Thank you to everyone who shared a practice. The selected practices will be published here."</p>
            </div>
        }
        .into_any(),
    }
}
