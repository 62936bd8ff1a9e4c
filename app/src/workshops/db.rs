//! Workshop queries.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::WorkshopSummary;
use crate::db::entities::workshop;

pub const PUBLISHED: &str = "published";

pub async fn upcoming(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    limit: Option<u64>,
) -> Result<Vec<WorkshopSummary>, DbErr> {
    let rows = workshop::Entity::find()
        .filter(workshop::Column::Status.eq(PUBLISHED))
        .filter(workshop::Column::StartsAt.gt(now))
        .order_by_asc(workshop::Column::StartsAt)
        .limit(limit)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(WorkshopSummary::from).collect())
}

impl From<workshop::Model> for WorkshopSummary {
    fn from(row: workshop::Model) -> Self {
        WorkshopSummary {
            starts_at_text: crate::time::in_brussels(row.starts_at),
            slug: row.slug,
            title: row.title,
            theme: row.theme,
            description: row.description,
            starts_at: row.starts_at,
            duration_minutes: row.duration_minutes,
        }
    }
}
