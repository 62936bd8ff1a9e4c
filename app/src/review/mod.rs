//! Reviewing sent submissions: the list staff filter, search and export
//! (`/admin/submissions`, `/admin/submissions.csv`) and the page of one submission.

pub mod criteria;
#[cfg(feature = "ssr")]
pub mod csv;
#[cfg(feature = "ssr")]
pub mod db;
mod pages;
pub mod status;

pub use pages::{ReviewListPage, ReviewSubmissionPage};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use criteria::Score;
#[cfg(feature = "ssr")]
use criteria::{Weights, weighted_average};
#[cfg(feature = "ssr")]
use status::ReviewStatus;

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
    /// `newest` (the default), `oldest`, `title`, `score` (the ranking) or `reviews`.
    pub sort: String,
    /// From 1.
    pub page: u32,
}

pub const PAGE_SIZE: u64 = 25;

impl SubmissionQuery {
    /// The query as `viewer` may run it: ordering by score or by number of reviews tells how
    /// the others scored, so it is for admins only.
    #[cfg(feature = "ssr")]
    pub fn for_viewer(mut self, viewer: &crate::auth::StaffIdentity) -> Self {
        if viewer.role != crate::auth::Role::Admin
            && matches!(self.sort.as_str(), "score" | "reviews")
        {
            self.sort.clear();
        }
        self
    }
}

impl SubmissionQuery {
    /// The query part of an address that shows this view (`page` left out when it is 1).
    pub fn to_query(&self, page: Option<u32>) -> String {
        let page = page.unwrap_or(self.page).max(1).to_string();
        crate::components::query_string(&[
            ("status", &self.status),
            ("country", &self.country),
            ("theme", &self.theme),
            ("organisation_type", &self.organisation_type),
            ("hosts", &self.hosts),
            ("q", &self.q),
            ("sort", &self.sort),
            ("page", if page == "1" { "" } else { &page }),
        ])
    }
}

/// One sent submission in the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// For admins, and for a reviewer on what they have scored.
    pub review_count: Option<u32>,
    /// For admins only.
    pub average_score: Option<f64>,
    pub over_limit: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionList {
    pub rows: Vec<SubmissionRow>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub viewer_is_admin: bool,
}

/// Sent submissions matching `query`, a page at a time; for any staff member. A reviewer sees
/// no others' scores in it: no averages, and the number of reviews only where they have scored.
#[server(endpoint = "staff/submissions")]
pub async fn list_submissions(
    #[server(default)] query: SubmissionQuery,
) -> Result<SubmissionList, AppError> {
    let viewer = crate::auth::require(crate::auth::Role::Reviewer).await?;
    let state = crate::state::app_state()?;
    let mut list = db::list(&state.db, &query.for_viewer(&viewer)).await?;
    list.viewer_is_admin = viewer.role == crate::auth::Role::Admin;
    if !list.viewer_is_admin {
        let ids: Vec<i32> = list.rows.iter().map(|row| row.id).collect();
        let scored = db::scored_by(&state.db, viewer.id, &ids).await?;
        for row in &mut list.rows {
            row.average_score = None;
            row.review_count = row.review_count.filter(|_| scored.contains(&row.id));
        }
    }
    Ok(list)
}

/// One sent submission as reviewers read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionForReview {
    pub id: i32,
    pub reference: String,
    pub status: String,
    pub over_limit: bool,
    pub submitted_at: String,
    /// The language the applicant used: every email to them is in it.
    pub lang: crate::i18n::Lang,
    pub answers: SubmissionAnswers,
    pub uploads: Vec<UploadedFile>,
    pub reviews: ReviewPanel,
    /// The viewer declared a conflict of interest: the answer and files are left out.
    pub conflicted: bool,
    /// What staff did to it, oldest first; for admins only, since it tells who scored what.
    pub history: Vec<crate::audit::AuditEntry>,
}

/// One review as a staff member may see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewView {
    pub reviewer_id: i32,
    pub reviewer: String,
    /// `None` for a declared conflict of interest.
    pub score: Option<Score>,
    pub weighted: Option<f64>,
}

/// The reviews of a submission, as far as the viewer may see them: a reviewer sees only their
/// own until they have scored, then the others'; admins see all and the weighted average.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReviewPanel {
    pub viewer_is_admin: bool,
    pub mine: Option<ReviewView>,
    pub others: Vec<ReviewView>,
    /// Reviews by others not shown to this viewer.
    pub hidden: usize,
    /// Admins only.
    pub average: Option<f64>,
    pub selection_limit: u32,
}

#[cfg(feature = "ssr")]
fn review_panel(
    viewer: &crate::auth::StaffIdentity,
    reviews: Vec<db::StoredReview>,
    weights: Weights,
    selection_limit: u32,
) -> ReviewPanel {
    let viewer_is_admin = viewer.role == crate::auth::Role::Admin;
    let view = |review: &db::StoredReview| ReviewView {
        reviewer_id: review.staff_user_id,
        reviewer: review.reviewer.clone(),
        weighted: review.score.as_ref().map(|score| score.weighted(weights)),
        score: review.score.clone(),
    };
    let mine = reviews
        .iter()
        .find(|review| review.staff_user_id == viewer.id)
        .map(view);
    let has_scored = mine.as_ref().is_some_and(|mine| mine.score.is_some());
    let others: Vec<ReviewView> = reviews
        .iter()
        .filter(|review| review.staff_user_id != viewer.id)
        .map(view)
        .collect();
    let scores: Vec<Score> = reviews
        .iter()
        .filter_map(|review| review.score.clone())
        .collect();
    let visible = viewer_is_admin || has_scored;
    ReviewPanel {
        viewer_is_admin,
        mine,
        hidden: if visible { 0 } else { others.len() },
        others: if visible { others } else { vec![] },
        average: viewer_is_admin
            .then(|| weighted_average(&scores, weights))
            .flatten(),
        selection_limit,
    }
}

#[server(endpoint = "staff/submission")]
pub async fn load_for_review(id: i32) -> Result<SubmissionForReview, AppError> {
    let viewer = crate::auth::require(crate::auth::Role::Reviewer).await?;
    let state = crate::state::app_state()?;
    let found = db::find_sent(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound("This submission".to_owned()))?;
    let settings = crate::call::db::load(&state.db).await?;
    let reviews = db::reviews_of(&state.db, id).await?;
    // A declared conflict is final for the reviewer, and so is not reading the answer.
    let conflicted = viewer.role != crate::auth::Role::Admin
        && reviews
            .iter()
            .any(|review| review.staff_user_id == viewer.id && review.score.is_none());
    if conflicted {
        return Ok(SubmissionForReview {
            conflicted,
            answers: SubmissionAnswers::default(),
            reviews: review_panel(&viewer, reviews, Weights::default(), 0),
            ..found
        });
    }
    let history = if viewer.role == crate::auth::Role::Admin {
        crate::audit::db::about(&state.db, &format!("submission:{id}"))
            .await?
            .into_iter()
            .map(crate::audit::AuditEntry::from)
            .collect()
    } else {
        vec![]
    };
    Ok(SubmissionForReview {
        history,
        uploads: crate::submission::uploads::db::list(&state.db, id).await?,
        reviews: review_panel(
            &viewer,
            reviews,
            Weights::parse(&settings.score_weights),
            u32::try_from(settings.selection_limit).unwrap_or(0),
        ),
        ..found
    })
}

/// Records the signed-in reviewer's score, replacing their earlier one.
#[server(endpoint = "staff/score")]
pub async fn save_score(
    id: i32,
    #[server(default)] score: criteria::ScoreAnswers,
) -> Result<(), AppError> {
    let reviewer = crate::auth::require(crate::auth::Role::Reviewer).await?;
    let score = score.parse().map_err(|errors| {
        let first = errors.iter().next().cloned();
        first.map_or(AppError::Internal, |error| {
            AppError::invalid(error.field, error.message)
        })
    })?;
    record_review(id, &reviewer, Some(score)).await
}

/// Declares that the signed-in reviewer has a conflict of interest, instead of scoring.
#[server(endpoint = "staff/conflict")]
pub async fn declare_conflict(id: i32) -> Result<(), AppError> {
    let reviewer = crate::auth::require(crate::auth::Role::Reviewer).await?;
    record_review(id, &reviewer, None).await
}

#[cfg(feature = "ssr")]
async fn record_review(
    id: i32,
    reviewer: &crate::auth::StaffIdentity,
    score: Option<Score>,
) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    let settings = crate::call::db::load(&state.db).await?;
    let weights = Weights::parse(&settings.score_weights);
    let summary = match &score {
        Some(score) => format!("Scored it {:.2} (weighted)", score.weighted(weights)),
        None => "Declared a conflict of interest".to_owned(),
    };
    crate::audit::db::audited(
        &state,
        reviewer,
        async |conn| {
            let now = chrono::Utc::now();
            match db::save_review(conn, id, reviewer.id, score.as_ref(), weights, now).await? {
                db::Saved::Done => Ok(()),
                db::Saved::NotReviewable => {
                    Err(AppError::NotFound("A submission under review".to_owned()))
                }
                db::Saved::Conflicted => Err(AppError::invalid(
                    "score".to_owned(),
                    "You declared a conflict of interest with this practice, so you \
                              cannot score it. Only an admin can clear the declaration."
                        .to_owned(),
                )),
            }
        },
        |_| (format!("submission:{id}"), summary),
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/submissions/{id}"));
    Ok(())
}

/// Clears the conflict of interest `reviewer` declared on submission `id`, so that they may
/// read and score it; admins only, and written to the audit log.
#[server(endpoint = "staff/conflict_clear")]
pub async fn clear_conflict(id: i32, reviewer: i32) -> Result<(), AppError> {
    let admin = crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    crate::audit::db::audited(
        &state,
        &admin,
        async |conn| {
            db::clear_conflict(conn, id, reviewer)
                .await?
                .ok_or_else(|| AppError::NotFound("This conflict of interest".to_owned()))
        },
        |name| {
            (
                format!("submission:{id}"),
                format!("Cleared the conflict of interest {name} declared"),
            )
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/submissions/{id}"));
    Ok(())
}

/// Moves a submission to another status; admins only. Selecting beyond the call's limit needs
/// `over_limit` ticked. A decision holds the applicant's email in the outbox for release.
#[server(endpoint = "staff/status")]
pub async fn change_status(
    id: i32,
    status: String,
    #[server(default)] over_limit: String,
) -> Result<(), AppError> {
    let admin = crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    let to = ReviewStatus::parse(&status)
        .filter(|status| ReviewStatus::DECIDABLE.contains(status))
        .ok_or_else(|| {
            AppError::invalid(
                "status".to_owned(),
                "Choose one of the statuses.".to_owned(),
            )
        })?;
    let allow = crate::submission::fields::is_ticked(&over_limit);
    crate::audit::db::audited(
        &state,
        &admin,
        async |conn| {
            let now = chrono::Utc::now();
            match db::set_status(conn, id, to, allow, now).await? {
                db::StatusChange::Done { over_limit } => {
                    crate::notifications::db::hold_decision_email(
                        conn,
                        id,
                        to,
                        &state.public_url,
                        now,
                    )
                    .await?;
                    Ok(over_limit)
                }
                db::StatusChange::LimitReached { selected, limit } => Err(AppError::invalid(
                    "over_limit",
                    format!(
                        "{selected} practices are already selected, the call's limit is {limit}. \
                         Tick the box to select this one over the limit."
                    ),
                )),
                db::StatusChange::NotChangeable => {
                    Err(AppError::NotFound("A submission under review".to_owned()))
                }
            }
        },
        |over_limit| {
            let over = if *over_limit {
                " (over the call's limit)"
            } else {
                ""
            };
            (
                format!("submission:{id}"),
                format!("Moved it to “{}”{over}", to.label()),
            )
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/submissions/{id}"));
    Ok(())
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
