//! The audit log (`/admin/audit`): who changed what and when, for every change staff make.

#[cfg(feature = "ssr")]
pub mod db;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use crate::components::{Pagination, ServerData};
use crate::error::AppError;

/// The subjects of entries about one person's record, which erasure finds by these ids (and
/// never by searching for a name, which would rewrite other entries that happen to contain it).
pub mod subject {
    /// A change to workshop `workshop`'s registration `registration`.
    pub fn registration(workshop: i32, registration: i32) -> String {
        format!("workshop:{workshop}/registration:{registration}")
    }

    /// A decision on visit `visit`'s application `application`.
    pub fn application(visit: i32, application: i32) -> String {
        format!("visit:{visit}/application:{application}")
    }

    /// A change to submission `id`.
    pub fn submission(id: i32) -> String {
        format!("submission:{id}")
    }
}

/// One entry as staff read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// ISO 8601, for `<time datetime>`.
    pub at: String,
    /// In Brussels time.
    pub at_text: String,
    pub actor: String,
    pub subject: String,
    /// The staff page of the subject, where there is one.
    pub link: Option<String>,
    pub summary: String,
}

#[cfg(feature = "ssr")]
impl From<crate::db::entities::audit_entry::Model> for AuditEntry {
    fn from(row: crate::db::entities::audit_entry::Model) -> Self {
        let link = match row.subject.split_once(':') {
            Some(("submission", id)) => Some(format!("/admin/submissions/{id}")),
            Some(("staff", _)) => Some("/admin/users".to_owned()),
            Some(("template", _)) => Some("/admin/templates".to_owned()),
            _ => match row.subject.as_str() {
                "settings" | "texts" => Some("/admin/settings".to_owned()),
                "outbox" => Some("/admin/outbox".to_owned()),
                _ => None,
            },
        };
        AuditEntry {
            at: row.at.to_rfc3339(),
            at_text: crate::i18n::dates::in_brussels(crate::i18n::Lang::En, row.at),
            actor: row.actor,
            subject: row.subject,
            link,
            summary: row.summary,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLog {
    pub entries: Vec<AuditEntry>,
    pub page: u32,
    pub pages: u32,
}

#[cfg(feature = "ssr")]
const PAGE_SIZE: u64 = 50;

/// The log, newest first, a page at a time (from 1); admins only.
#[server(endpoint = "staff/audit")]
pub async fn load_audit_log(#[server(default)] page: u32) -> Result<AuditLog, AppError> {
    crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    let page = page.max(1);
    let (rows, total) = db::page(&state.db, u64::from(page - 1), PAGE_SIZE).await?;
    Ok(AuditLog {
        entries: rows.into_iter().map(AuditEntry::from).collect(),
        page,
        pages: u32::try_from(total.div_ceil(PAGE_SIZE)).unwrap_or(u32::MAX),
    })
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let query = use_query_map();
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|page| page.parse().ok())
            .unwrap_or(1)
    });
    let log = Resource::new(move || page.get(), load_audit_log);
    view! {
        <Title text="Audit log" />
        <article class="page">
            <crate::admin::StaffNav />
            <h1>"Audit log"</h1>
            <p class="lead">"Every change made by staff, newest first."</p>
            <ServerData resource=log view={|log: AuditLog| view! {
                <AuditTable entries=log.entries caption="Changes by staff" />
                <Pagination page=log.page pages=log.pages label="Pages of the audit log"
                    link=|page| format!("/admin/audit?page={page}") />
            }} />
        </article>
    }
}

/// Entries as a table; also a submission's history on its page.
#[component]
pub fn AuditTable(entries: Vec<AuditEntry>, #[prop(into)] caption: String) -> impl IntoView {
    if entries.is_empty() {
        return view! { <p>"Nothing has changed yet."</p> }.into_any();
    }
    view! {
        <table class="table table--wide">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"When"</th>
                    <th scope="col">"Who"</th>
                    <th scope="col">"What"</th>
                    <th scope="col">"Change"</th>
                </tr>
            </thead>
            <tbody>
                {entries.into_iter().map(|entry| view! {
                    <tr>
                        <td><time datetime=entry.at>{entry.at_text}</time></td>
                        <td>{entry.actor}</td>
                        <td>{match entry.link {
                            Some(link) => view! { <a href=link>{entry.subject}</a> }.into_any(),
                            None => entry.subject.into_any(),
                        }}</td>
                        <td>{entry.summary}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
