//! The staff workspace. `/admin` is the dashboard: where the call stands, as numbers and charts.

#[cfg(feature = "ssr")]
pub mod db;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use serde::{Deserialize, Serialize};

use crate::auth::{Role, SignOutButton, StaffIdentity, current_staff};
use crate::components::{Bar, BarChart, ColumnChart, ServerData};
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewerProgress {
    pub name: String,
    pub scored: u64,
    pub conflicts: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub staff: StaffIdentity,
    /// Submissions by status (its label), drafts included, in the order of the workflow.
    pub by_status: Vec<(String, u64)>,
    /// Sent submissions per day (Brussels dates) from the opening to the deadline or today.
    pub per_day: Vec<Bar>,
    pub by_country: Vec<Bar>,
    pub by_theme: Vec<Bar>,
    /// Sent submissions that are not withdrawn: what each reviewer could review.
    pub reviewable: u64,
    pub reviewers: Vec<ReviewerProgress>,
}

/// What the dashboard shows; for any signed-in staff member.
#[server(endpoint = "staff/dashboard")]
pub async fn load_dashboard() -> Result<Dashboard, AppError> {
    let staff = crate::auth::require(Role::Reviewer).await?;
    let state = crate::state::app_state()?;
    let by_status = db::count_by_status(&state.db).await?;
    let settings = crate::call::db::load(&state.db).await?;
    let facts = db::sent_facts(&state.db).await?;
    let reviewable = by_status
        .iter()
        .filter(|(status, _)| {
            status != crate::submission::db::status::DRAFT
                && status != crate::submission::db::status::WITHDRAWN
        })
        .map(|(_, count)| count)
        .sum();
    Ok(Dashboard {
        per_day: per_day(
            &facts,
            settings.opens_at,
            settings.closes_at.min(chrono::Utc::now()),
        ),
        by_country: by_country(&facts),
        by_theme: crate::theme::Theme::ALL
            .into_iter()
            .map(|theme| {
                let count = facts
                    .iter()
                    .filter(|(_, _, themes)| {
                        themes.as_deref().is_some_and(|themes| {
                            crate::theme::Theme::parse_list(themes).contains(&theme)
                        })
                    })
                    .count();
                (theme.label().to_owned(), count as u64)
            })
            .collect(),
        reviewers: reviewer_progress(&state.db).await?,
        reviewable,
        staff,
        by_status: by_status
            .into_iter()
            .map(|(status, count)| (status_label(&status), count))
            .collect(),
    })
}

/// One bar per day from `from` to `until`, so quiet days show as gaps.
#[cfg(feature = "ssr")]
fn per_day(
    facts: &[db::SentFact],
    from: chrono::DateTime<chrono::Utc>,
    until: chrono::DateTime<chrono::Utc>,
) -> Vec<Bar> {
    let day = |at: chrono::DateTime<chrono::Utc>| {
        at.with_timezone(&chrono_tz::Europe::Brussels).date_naive()
    };
    let (first, last) = (day(from), day(until.max(from)));
    let mut counts = std::collections::BTreeMap::new();
    for date in first.iter_days().take_while(|date| *date <= last).take(366) {
        counts.insert(date, 0_u64);
    }
    for at in facts.iter().filter_map(|(at, ..)| *at) {
        if let Some(count) = counts.get_mut(&day(at)) {
            *count += 1;
        }
    }
    counts
        .into_iter()
        .map(|(date, count)| (date.format("%-d %b").to_string(), count))
        .collect()
}

/// Countries with at least one submission, most first.
#[cfg(feature = "ssr")]
fn by_country(facts: &[db::SentFact]) -> Vec<Bar> {
    let mut counts = std::collections::BTreeMap::<String, u64>::new();
    for (_, country, _) in facts {
        let name = country
            .as_deref()
            .and_then(|code| crate::country::Country::parse(code).ok())
            .map_or("Not given", |country| country.name());
        *counts.entry(name.to_owned()).or_default() += 1;
    }
    let mut bars: Vec<Bar> = counts.into_iter().collect();
    bars.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    bars
}

#[cfg(feature = "ssr")]
async fn reviewer_progress(
    db: &sea_orm::DatabaseConnection,
) -> Result<Vec<ReviewerProgress>, AppError> {
    let counts = db::reviews_by_reviewer(db).await?;
    let count = |id: i32, conflict: bool| {
        counts
            .iter()
            .find(|(staff, is_conflict, _)| *staff == id && *is_conflict == conflict)
            .map_or(0, |(.., count)| u64::try_from(*count).unwrap_or(0))
    };
    Ok(crate::auth::db::list(db)
        .await?
        .into_iter()
        .filter(|account| account.active)
        .map(|account| ReviewerProgress {
            scored: count(account.id, false),
            conflicts: count(account.id, true),
            name: account.display_name,
        })
        .collect())
}

#[cfg(feature = "ssr")]
fn status_label(status: &str) -> String {
    if status == crate::submission::db::status::DRAFT {
        "Drafts, not sent yet".to_owned()
    } else {
        crate::review::status::ReviewStatus::label_of(status)
    }
}

/// The staff area's navigation; admins see their pages too.
#[component]
pub fn StaffNav() -> impl IntoView {
    let staff = Resource::new(|| (), |_| current_staff());
    let links = move |role: Role| {
        let mut links = vec![
            ("/admin", "Dashboard"),
            ("/admin/submissions", "Submissions"),
        ];
        if role == Role::Admin {
            links.extend([
                ("/admin/practices", "Practices"),
                ("/admin/workshops", "Workshops"),
                ("/admin/visits", "Visits"),
                ("/admin/outbox", "Outbox"),
                ("/admin/templates", "Email templates"),
                ("/admin/users", "Staff"),
                ("/admin/settings", "Settings"),
                ("/admin/privacy", "Personal data"),
                ("/admin/audit", "Audit log"),
            ]);
        }
        links.push(("/admin/account", "Your account"));
        links
    };
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                staff.await.ok().flatten().map(|staff| view! {
                    <nav class="staff-nav" aria-label="Staff">
                        <ul>
                            {links(staff.role).into_iter().map(|(href, label)| view! {
                                <li><A href=href exact=true>{label}</A></li>
                            }).collect_view()}
                        </ul>
                        <p class="staff-nav__who">{staff.display_name}" ("{staff.role.label()}")"</p>
                        <SignOutButton />
                    </nav>
                })
            })}
        </Suspense>
    }
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let dashboard = Resource::new(|| (), |_| load_dashboard());
    view! {
        <Title text="Staff dashboard" />
        <article class="page">
            <StaffNav />
            <ServerData resource=dashboard view=|dashboard| view! { <DashboardBody dashboard /> } />
        </article>
    }
}

#[component]
fn DashboardBody(dashboard: Dashboard) -> impl IntoView {
    let staff = dashboard.staff;
    let reviewable = dashboard.reviewable;
    view! {
        <h1>"Staff dashboard"</h1>
        <p>"Signed in as "<strong>{staff.display_name}</strong>" ("{staff.email}", "{staff.role.label()}")."</p>
        <div class="dashboard">
            <section aria-labelledby="status-heading">
                <h2 id="status-heading">"Submissions by status"</h2>
                <table class="table">
                    <caption class="visually-hidden">"Submissions by status"</caption>
                    <thead><tr><th scope="col">"Status"</th><th scope="col">"Number"</th></tr></thead>
                    <tbody>
                        {dashboard.by_status.into_iter().map(|(status, count)| view! {
                            <tr><th scope="row">{status}</th><td>{count}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
            <section aria-labelledby="reviewers-heading">
                <h2 id="reviewers-heading">"Review progress"</h2>
                <table class="table">
                    <caption class="visually-hidden">{format!("Reviews per staff member, of {reviewable} submissions to review")}</caption>
                    <thead><tr>
                        <th scope="col">"Staff member"</th>
                        <th scope="col">"Scored"</th>
                        <th scope="col">"Conflicts declared"</th>
                        <th scope="col">"Still to review"</th>
                    </tr></thead>
                    <tbody>
                        {dashboard.reviewers.into_iter().map(|reviewer| view! {
                            <tr>
                                <th scope="row">{reviewer.name}</th>
                                <td>{reviewer.scored}</td>
                                <td>{reviewer.conflicts}</td>
                                <td>{reviewable.saturating_sub(reviewer.scored + reviewer.conflicts)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        </div>
        <h2>"Submissions over time"</h2>
        <ColumnChart id="per-day" caption="Submissions sent per day, Brussels time" category="Day" bars=dashboard.per_day />
        <h2>"Where they come from"</h2>
        <BarChart id="by-country" caption="Submissions by country" category="Country" bars=dashboard.by_country />
        <h2>"Themes"</h2>
        <BarChart id="by-theme" caption="Submissions by theme of the triple transformation" category="Theme" bars=dashboard.by_theme />
    }
}
