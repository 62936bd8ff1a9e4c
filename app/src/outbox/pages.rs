//! `/admin/outbox`: every email with its state and retries, a preview of each, and the release
//! of held decision emails as one batch.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::status;
use crate::components::{ErrorSummary, Pagination, ServerData};
use crate::error::{AppError, summary_entries};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxRow {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: String,
    /// When it was sent, or when the next attempt is due.
    pub when: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxView {
    pub rows: Vec<OutboxRow>,
    pub counts: Vec<(String, u64)>,
    pub page: u32,
    pub pages: u32,
    /// The newest held email on this page: "release" releases up to it.
    pub held_up_to: Option<i64>,
}

#[cfg(feature = "ssr")]
const PAGE_SIZE: u64 = 50;

/// The states, as filters and labels.
const STATES: [(&str, &str); 6] = [
    (status::HELD, "Held for release"),
    (status::QUEUED, "Queued"),
    (status::SENDING, "Sending"),
    (status::SENT, "Sent"),
    (status::LOGGED, "Logged (no mail server)"),
    (status::FAILED, "Failed"),
];

fn label(state: &str) -> &str {
    STATES
        .iter()
        .find(|(slug, _)| *slug == state)
        .map_or(state, |(_, label)| label)
}

/// Emails in `status` (blank: all), a page at a time; admins only, as emails carry personal data.
#[server(endpoint = "staff/outbox")]
pub async fn load_outbox(
    #[server(default)] status: String,
    #[server(default)] page: u32,
) -> Result<OutboxView, AppError> {
    crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    let page = page.max(1);
    let filter = STATES
        .iter()
        .map(|(slug, _)| *slug)
        .find(|slug| *slug == status);
    let (rows, total) = super::db::page(&state.db, filter, u64::from(page - 1), PAGE_SIZE).await?;
    let held_up_to = rows
        .iter()
        .filter(|row| row.status == status::HELD)
        .map(|row| row.id)
        .max();
    Ok(OutboxView {
        rows: rows
            .into_iter()
            .map(|row| OutboxRow {
                when: match row.status.as_str() {
                    status::SENT | status::LOGGED => row
                        .sent_at
                        .map(|at| crate::i18n::dates::in_brussels(crate::i18n::Lang::En, at)),
                    status::QUEUED => Some(crate::i18n::dates::in_brussels(
                        crate::i18n::Lang::En,
                        row.next_attempt_at,
                    )),
                    _ => None,
                },
                id: row.id,
                to: row.to_address,
                subject: row.subject,
                text: row.body_text,
                status: row.status,
                attempts: row.attempts,
                last_error: row.last_error,
                created_at: crate::i18n::dates::in_brussels(crate::i18n::Lang::En, row.created_at),
            })
            .collect(),
        counts: super::db::count_by_status(&state.db).await?,
        page,
        pages: u32::try_from(total.div_ceil(PAGE_SIZE)).unwrap_or(u32::MAX),
        held_up_to,
    })
}

/// Releases the held emails up to `up_to`: the sender delivers them from now on.
#[server(endpoint = "staff/release")]
pub async fn release_held(up_to: i64) -> Result<(), AppError> {
    let admin = crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    let released = crate::audit::db::audited(
        &state,
        &admin,
        async |conn| Ok(super::db::release(conn, up_to).await?),
        |released| {
            let plural = if *released == 1 { "" } else { "s" };
            (
                "outbox".to_owned(),
                format!("Released {released} held email{plural}"),
            )
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/outbox?released={released}"));
    Ok(())
}

#[component]
pub fn OutboxPage() -> impl IntoView {
    let query = use_query_map();
    let release = ServerAction::<ReleaseHeld>::new();
    let filter = Memo::new(move |_| {
        let query = query.read();
        (
            query.get("status").unwrap_or_default(),
            query
                .get("page")
                .and_then(|page| page.parse().ok())
                .unwrap_or(1),
        )
    });
    let outbox = Resource::new(
        move || (filter.get(), release.version().get()),
        |((status, page), _)| load_outbox(status, page),
    );
    let released = move || {
        query
            .read()
            .get("released")
            .and_then(|count| count.parse::<u64>().ok())
    };
    view! {
        <Title text="Outbox" />
        <article class="page">
            <crate::admin::StaffNav />
            <h1>"Outbox"</h1>
            <p class="lead">
                "Every email the site writes. Decision emails are held until an admin has read them "
                "and releases them; their text comes from the "<a href="/admin/templates">"email templates"</a>"."
            </p>
            {move || {
                let errors = summary_entries([release.value().get()], "release");
                view! { <ErrorSummary errors /> }
            }}
            {move || released().map(|count| view! {
                <p class="notice notice--success" role="status">
                    {format!("{count} email{} released: they go out within a minute.", if count == 1 { "" } else { "s" })}
                </p>
            })}
            <ServerData resource=outbox view={move |outbox: OutboxView| view! {
                <OutboxBody outbox status=filter.get_untracked().0 release />
            }} />
        </article>
    }
}

#[component]
fn OutboxBody(
    outbox: OutboxView,
    status: String,
    release: ServerAction<ReleaseHeld>,
) -> impl IntoView {
    let held = outbox
        .counts
        .iter()
        .find(|(state, _)| state == status::HELD)
        .map_or(0, |(_, count)| *count);
    let link_status = status.clone();
    let page_link = move |page: u32| format!("/admin/outbox?status={link_status}&page={page}");
    let held_on_page = outbox
        .rows
        .iter()
        .filter(|row| row.status == status::HELD)
        .count();
    view! {
        <nav aria-label="Emails by state">
            <ul class="tabs">
                <li><a href="/admin/outbox" aria-current=status.is_empty().then_some("page")>"All"</a></li>
                {STATES.iter().map(|(slug, name)| {
                    let count = outbox.counts.iter().find(|(state, _)| state == slug).map_or(0, |(_, count)| *count);
                    view! {
                        <li><a href=format!("/admin/outbox?status={slug}") aria-current=(status == *slug).then_some("page")>
                            {format!("{name} ({count})")}
                        </a></li>
                    }
                }).collect_view()}
            </ul>
        </nav>
        {outbox.held_up_to.map(|up_to| view! {
            <section class="release" aria-labelledby="release-heading">
                <h2 id="release-heading">"Release held emails"</h2>
                <p>{format!(
                    "{held_on_page} held email{} on this page ({held} held in all). Read them below, then release them. \
                     Emails held after you opened this page stay held.",
                    if held_on_page == 1 { " is" } else { "s are" }
                )}</p>
                <ActionForm action=release>
                    <input type="hidden" name="up_to" value=up_to />
                    <button type="submit" class="button button--primary">"Release the held emails"</button>
                </ActionForm>
            </section>
        })}
        {if outbox.rows.is_empty() {
            view! { <p>"No emails here."</p> }.into_any()
        } else {
            view! {
                <ul class="outbox">
                    {outbox.rows.into_iter().map(|row| view! {
                        <li class="outbox__email">
                            <p>
                                <strong>{row.subject.clone()}</strong>" to "{row.to.clone()}
                                <br />
                                {label(&row.status).to_owned()}
                                {(row.attempts > 0).then(|| format!(", {} attempt{}", row.attempts, if row.attempts == 1 { "" } else { "s" }))}
                                {row.when.clone().map(|when| format!(", {when}"))}
                                ". Written "{row.created_at.clone()}"."
                                {row.last_error.clone().map(|error| view! { <br /><span class="outbox__error">"Last error: "{error}</span> })}
                            </p>
                            <details>
                                <summary>"Preview"<span class="visually-hidden">{format!(": {}", row.subject)}</span></summary>
                                <pre class="email-text">{row.text}</pre>
                            </details>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <Pagination page=outbox.page pages=outbox.pages label="Pages of the outbox" link=page_link />
    }
}
