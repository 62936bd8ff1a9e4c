//! The dashboard's queries.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QuerySelect};

use crate::db::entities::submission;
use crate::review::status::ReviewStatus;
use crate::submission::db::status;

/// How many submissions are in each status; every known status is listed, even at zero.
pub async fn count_by_status(db: &DatabaseConnection) -> Result<Vec<(String, u64)>, DbErr> {
    let counted: Vec<(String, i64)> = submission::Entity::find()
        .select_only()
        .column(submission::Column::Status)
        .column_as(Expr::col(submission::Column::Id).count(), "count")
        .group_by(submission::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let known =
        std::iter::once(status::DRAFT).chain(ReviewStatus::ALL.into_iter().map(ReviewStatus::slug));
    Ok(known
        .map(|known| {
            let count = counted
                .iter()
                .find(|(status, _)| status == known)
                .map_or(0, |(_, count)| u64::try_from(*count).unwrap_or(0));
            (known.to_owned(), count)
        })
        .collect())
}
