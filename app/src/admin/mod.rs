//! The staff workspace. `/admin` is the dashboard: who is signed in and where the call stands.

#[cfg(feature = "ssr")]
pub mod db;

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::auth::{SignOutButton, StaffIdentity};
use crate::components::ServerData;
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub staff: StaffIdentity,
    /// Submissions by status (its label), drafts included, in the order of the workflow.
    pub by_status: Vec<(String, u64)>,
}

/// What the dashboard shows; for any signed-in staff member.
#[server(endpoint = "staff/dashboard")]
pub async fn load_dashboard() -> Result<Dashboard, AppError> {
    let staff = crate::auth::require(crate::auth::Role::Reviewer).await?;
    let state = crate::state::app_state()?;
    Ok(Dashboard {
        staff,
        by_status: db::count_by_status(&state.db)
            .await?
            .into_iter()
            .map(|(status, count)| (status_label(&status), count))
            .collect(),
    })
}

#[cfg(feature = "ssr")]
fn status_label(status: &str) -> String {
    if status == crate::submission::db::status::DRAFT {
        "Drafts, not sent yet".to_owned()
    } else {
        crate::review::status::ReviewStatus::label_of(status)
    }
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let dashboard = Resource::new(|| (), |_| load_dashboard());
    view! {
        <Title text="Staff dashboard" />
        <article class="page">
            <ServerData resource=dashboard view=|dashboard| view! { <DashboardBody dashboard /> } />
        </article>
    }
}

#[component]
fn DashboardBody(dashboard: Dashboard) -> impl IntoView {
    let staff = dashboard.staff;
    view! {
        <h1>"Staff dashboard"</h1>
        <p>
            "Signed in as "<strong>{staff.display_name}</strong>" ("{staff.email}", "
            {staff.role.label()}")."
        </p>
        <SignOutButton />
        <p><a href="/admin/submissions">"Review the submissions"</a></p>
        <h2>"Submissions by status"</h2>
        <table class="table">
            <caption class="visually-hidden">"Submissions by status"</caption>
            <thead><tr><th scope="col">"Status"</th><th scope="col">"Number"</th></tr></thead>
            <tbody>
                {dashboard.by_status.into_iter().map(|(status, count)| view! {
                    <tr><th scope="row">{status}</th><td>{count}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
