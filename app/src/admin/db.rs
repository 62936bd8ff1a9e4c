//! The dashboard's queries.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect};

use crate::db::entities::{review_score, submission};
use crate::review::status::ReviewStatus;
use crate::submission::db::status;

/// How many submissions are in each status; every known status is listed, even at zero.
pub async fn count_by_status(db: &DatabaseConnection) -> Result<Vec<(String, u64)>, DbErr> {
    let counted =
        crate::db::count_by(db, submission::Entity::find(), submission::Column::Status).await?;
    let known =
        std::iter::once(status::DRAFT).chain(ReviewStatus::ALL.into_iter().map(ReviewStatus::slug));
    Ok(known
        .map(|known| {
            let count = counted
                .iter()
                .find(|(status, _)| status == known)
                .map_or(0, |(_, count)| *count);
            (known.to_owned(), count)
        })
        .collect())
}

/// When a submission was sent, its country code and its stored themes.
pub type SentFact = (Option<DateTime<Utc>>, Option<String>, Option<String>);

/// When, from where and on which themes each sent submission came (withdrawn ones included:
/// they were sent).
pub async fn sent_facts(db: &DatabaseConnection) -> Result<Vec<SentFact>, DbErr> {
    submission::Entity::find()
        .select_only()
        .column(submission::Column::SubmittedAt)
        .column(submission::Column::Country)
        .column(submission::Column::Themes)
        .filter(submission::Column::Status.ne(status::DRAFT))
        .into_tuple()
        .all(db)
        .await
}

/// Per reviewer: scores given and conflicts declared.
pub async fn reviews_by_reviewer(db: &DatabaseConnection) -> Result<Vec<(i32, bool, i64)>, DbErr> {
    review_score::Entity::find()
        .select_only()
        .column(review_score::Column::StaffUserId)
        .column(review_score::Column::Conflict)
        .column_as(Expr::col(review_score::Column::Id).count(), "count")
        .group_by(review_score::Column::StaffUserId)
        .group_by(review_score::Column::Conflict)
        .into_tuple()
        .all(db)
        .await
}
