//! The GDPR's rights of access and erasure, for admins at `/admin/privacy`: everything held
//! about one email address as a JSON file, and its erasure; and the retention job that lets go
//! of old drafts and of the submissions the call did not select.

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod retention;

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::auth::Role;
use crate::components::{CheckboxField, ErrorSummary, ServerData, TextField};
use crate::error::{AppError, field_message, summary_entries};

/// What an erased person's name becomes in the audit log.
pub const ERASED_PERSON: &str = "[a person whose data was erased]";

/// How long what people send is kept, as configured (`RETENTION_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionPolicy {
    /// A draft never sent is deleted this many days after its last save.
    pub draft_days: u32,
    /// Submissions not selected are deleted this many months after the call closes.
    pub months_after_close: u32,
    /// A secret link (or draft cookie) not used for this many days opens nothing.
    pub link_days: u32,
    /// Emails sent (or logged) are deleted this many days later.
    pub sent_email_days: u32,
}

impl RetentionPolicy {
    pub fn link_lifetime(&self) -> chrono::TimeDelta {
        chrono::TimeDelta::days(self.link_days.into())
    }
}

/// What one erasure removed, and what it kept. Counts only: it goes into the audit log.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureReport {
    pub submissions: u64,
    pub files: u64,
    pub registrations: u64,
    pub applications: u64,
    pub emails: u64,
    /// References of the person's selected submissions, which stay.
    pub kept_submissions: Vec<String>,
}

fn counted(count: u64, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

impl ErasureReport {
    /// "Erased 2 submissions (3 files), 1 workshop registration, …": no one's data in it.
    pub fn describe(&self) -> String {
        let mut text = format!(
            "Erased {} ({}), {}, {} and {} held about one person.",
            counted(self.submissions, "submission", "submissions"),
            counted(self.files, "file", "files"),
            counted(
                self.registrations,
                "workshop registration",
                "workshop registrations"
            ),
            counted(self.applications, "visit application", "visit applications"),
            counted(self.emails, "email", "emails"),
        );
        if !self.kept_submissions.is_empty() {
            text.push_str(&format!(
                " Kept {}, selected for the gallery.",
                counted(
                    self.kept_submissions.len() as u64,
                    "submission",
                    "submissions"
                )
            ));
        }
        text
    }

    /// The report as the query of the page an erasure leads to, so that it shows without
    /// JavaScript too.
    #[cfg(feature = "ssr")]
    fn to_query(&self) -> String {
        format!(
            "erased=1&submissions={}&files={}&registrations={}&applications={}&emails={}&kept={}",
            self.submissions,
            self.files,
            self.registrations,
            self.applications,
            self.emails,
            self.kept_submissions.join(",")
        )
    }

    fn from_query(query: &leptos_router::params::ParamsMap) -> Option<Self> {
        query.get("erased")?;
        let number = |name: &str| {
            query
                .get(name)
                .and_then(|value| value.parse().ok())
                .unwrap_or(0)
        };
        Some(ErasureReport {
            submissions: number("submissions"),
            files: number("files"),
            registrations: number("registrations"),
            applications: number("applications"),
            emails: number("emails"),
            kept_submissions: query
                .get("kept")
                .unwrap_or_default()
                .split(',')
                .filter(|reference| {
                    !reference.is_empty()
                        && reference
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-')
                })
                .map(str::to_owned)
                .collect(),
        })
    }
}

/// The page's facts, for admins only.
#[server(endpoint = "staff/privacy")]
pub async fn load_privacy_tools() -> Result<RetentionPolicy, AppError> {
    crate::auth::require(Role::Admin).await?;
    Ok(crate::state::app_state()?.retention)
}

/// Erases what is held about `email` (see [`db::erase`]), once `confirm` is ticked.
#[server(endpoint = "staff/erase_person")]
pub async fn erase_personal_data(
    #[server(default)] email: String,
    #[server(default)] confirm: String,
) -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    let email = crate::email::Email::parse(&email)
        .map_err(|problem| AppError::invalid("email", problem))?;
    if !crate::submission::fields::is_ticked(&confirm) {
        return Err(AppError::invalid(
            "confirm".to_owned(),
            "Tick the box to confirm: erasing cannot be undone.".to_owned(),
        ));
    }
    let state = crate::state::app_state()?;
    let (report, files) = db::erase(
        &state.db,
        &state.public_content,
        &admin,
        &email,
        chrono::Utc::now(),
        &state.public_url,
    )
    .await?;
    db::delete_files(&state.uploads, &files).await;
    crate::db::compact_log(&state.db).await;
    leptos_axum::redirect(&format!("/admin/privacy?{}", report.to_query()));
    Ok(())
}

#[component]
pub fn PrivacyAdminPage() -> impl IntoView {
    let erase = ServerAction::<ErasePersonalData>::new();
    let policy = Resource::new(|| (), |_| load_privacy_tools());
    let query = leptos_router::hooks::use_query_map();
    let error = move |field: &'static str| {
        Signal::derive(move || field_message(erase.value().get(), field))
    };
    view! {
        <Title text="Personal data" />
        <article class="page">
            <crate::admin::StaffNav />
            <h1>"Personal data"</h1>
            {move || view! { <ErrorSummary errors=summary_entries([erase.value().get()], "email") /> }}
            {move || ErasureReport::from_query(&query.read()).map(|report| view! {
                <div class="notice notice--success" role="status">
                    <p>{report.describe()}</p>
                    {(!report.kept_submissions.is_empty()).then(|| view! {
                        <p>{format!(
                            "Kept: {}. A selected practice stays under its publication consent; \
                             change or unpublish it in Practices if the person asks.",
                            report.kept_submissions.join(", ")
                        )}</p>
                    })}
                </div>
            })}
            <ServerData resource=policy view=|policy: RetentionPolicy| view! {
                <p class="lead">{format!(
                    "Drafts never sent are deleted {} days after they were last saved. Submissions \
                     that were not selected are deleted {} months after the call closes.",
                    policy.draft_days, policy.months_after_close
                )}</p>
            } />

            <h2 id="export-heading">"Everything held about one person"</h2>
            <p>"A JSON file with their submissions (answers, consents, files), workshop places, \
                visit applications, the emails sent to them and sign-ins with their address."</p>
            <form method="post" action="/admin/privacy/export" aria-labelledby="export-heading">
                <TextField field="export_email" name="email" label="Email address" value=String::new()
                    error=Signal::derive(|| None::<String>) input_type="email" autocomplete="off" />
                <button type="submit" class="button button--secondary">"Download their data"</button>
            </form>

            <h2 id="erase-heading">"Erase one person's data"</h2>
            <p>"Deletes their submissions (but the selected ones), their files, workshop places \
                (a seat goes to the next in line), visit applications, the emails to them and \
                their sign-in attempts, and takes their name out of the audit log. The log keeps \
                that an erasure happened, without whom."</p>
            <ActionForm action=erase attr:novalidate=true attr:aria-labelledby="erase-heading">
                <TextField field="email" name="email" label="Email address" value=String::new()
                    error=error("email") input_type="email" autocomplete="off" />
                <CheckboxField field="confirm" name="confirm"
                    label="I understand that this cannot be undone."
                    checked=false error=error("confirm") />
                <button type="submit" class="button button--danger">"Erase their data"</button>
            </ActionForm>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_names_counts_never_people() {
        let report = ErasureReport {
            submissions: 2,
            files: 1,
            registrations: 1,
            applications: 0,
            emails: 5,
            kept_submissions: vec!["EHH-2026-0003".to_owned()],
        };
        assert_eq!(
            report.describe(),
            "Erased 2 submissions (1 file), 1 workshop registration, 0 visit applications and \
             5 emails held about one person. Kept 1 submission, selected for the gallery."
        );
    }

    #[test]
    fn the_report_survives_the_redirect() {
        let report = ErasureReport {
            submissions: 1,
            files: 3,
            registrations: 2,
            applications: 1,
            emails: 4,
            kept_submissions: vec!["EHH-2026-0003".to_owned(), "EHH-2026-0011".to_owned()],
        };
        let query = leptos_router::params::ParamsMap::from_iter(
            report
                .to_query()
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .map(|(key, value)| (key.to_owned(), value.to_owned())),
        );
        assert_eq!(ErasureReport::from_query(&query), Some(report));
        assert_eq!(
            ErasureReport::from_query(&leptos_router::params::ParamsMap::new()),
            None
        );
    }
}
