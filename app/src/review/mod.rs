//! Reviewing sent submissions: the list staff filter, search and export
//! (`/admin/submissions`, `/admin/submissions.csv`) and the page of one submission.

#[cfg(feature = "ssr")]
pub mod csv;
#[cfg(feature = "ssr")]
pub mod db;
mod pages;

pub use pages::{ReviewListPage, ReviewSubmissionPage};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::submission::SubmissionAnswers;
use crate::submission::uploads::UploadedFile;

/// What the list is narrowed to, exactly as in the page's address, so a view can be shared.
/// Blank means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubmissionQuery {
    pub status: String,
    pub country: String,
    pub theme: String,
    pub organisation_type: String,
    /// `yes` or `no`: whether they offer to host a visit.
    pub hosts: String,
    /// Words to find in the title, summary, description, organisation, place or reference.
    pub q: String,
    /// `newest` (the default), `oldest` or `title`.
    pub sort: String,
    /// From 1.
    pub page: u32,
}

pub const PAGE_SIZE: u64 = 25;

impl SubmissionQuery {
    /// The query part of an address that shows this view (`page` left out when it is 1).
    pub fn to_query(&self, page: Option<u32>) -> String {
        let page = page.unwrap_or(self.page).max(1).to_string();
        let pairs = [
            ("status", self.status.as_str()),
            ("country", &self.country),
            ("theme", &self.theme),
            ("organisation_type", &self.organisation_type),
            ("hosts", &self.hosts),
            ("q", &self.q),
            ("sort", &self.sort),
            ("page", if page == "1" { "" } else { &page }),
        ];
        pairs
            .iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(name, value)| format!("{name}={}", encode(value.trim())))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay).
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// One sent submission in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionRow {
    pub id: i32,
    pub reference: String,
    pub title: String,
    pub organisation: String,
    pub country: String,
    pub themes: Vec<String>,
    pub status: String,
    pub submitted_at: String,
    pub hosts_visit: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionList {
    pub rows: Vec<SubmissionRow>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
}

/// Sent submissions matching `query`, a page at a time; for any staff member.
#[server(endpoint = "staff/submissions")]
pub async fn list_submissions(
    #[server(default)] query: SubmissionQuery,
) -> Result<SubmissionList, AppError> {
    crate::auth::require(crate::auth::Role::Reviewer).await?;
    let state = crate::state::app_state()?;
    Ok(db::list(&state.db, &query).await?)
}

/// One sent submission as reviewers read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionForReview {
    pub id: i32,
    pub reference: String,
    pub status: String,
    pub submitted_at: String,
    pub answers: SubmissionAnswers,
    pub uploads: Vec<UploadedFile>,
}

#[server(endpoint = "staff/submission")]
pub async fn load_for_review(id: i32) -> Result<SubmissionForReview, AppError> {
    crate::auth::require(crate::auth::Role::Reviewer).await?;
    let state = crate::state::app_state()?;
    let found = db::find_sent(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound("This submission".to_owned()))?;
    Ok(SubmissionForReview {
        uploads: crate::submission::uploads::db::list(&state.db, id).await?,
        ..found
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_round_trips_through_its_address() {
        let query = SubmissionQuery {
            country: "GE".into(),
            q: "balcony & roof".into(),
            page: 1,
            ..Default::default()
        };
        assert_eq!(query.to_query(None), "country=GE&q=balcony%20%26%20roof");
        assert_eq!(
            query.to_query(Some(3)),
            "country=GE&q=balcony%20%26%20roof&page=3"
        );
        assert_eq!(SubmissionQuery::default().to_query(None), "");
    }
}
