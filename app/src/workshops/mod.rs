//! The four online "sharing local stories" workshops.

#[cfg(feature = "ssr")]
pub mod db;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

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
                            <h3 class="card__title">{workshop.title}</h3>
                            <p class="card__meta">
                                <time datetime=workshop.starts_at.to_rfc3339()>
                                    {workshop.starts_at_text}
                                </time>
                                {format!(" · online · {} minutes", workshop.duration_minutes)}
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
