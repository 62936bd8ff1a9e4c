//! Workshop queries.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::{RegistrationWindow, WorkshopDetail, WorkshopSummary};
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

/// The addresses of every published workshop's page, soonest first.
pub async fn published_slugs(db: &DatabaseConnection) -> Result<Vec<String>, DbErr> {
    let rows = workshop::Entity::find()
        .filter(workshop::Column::Status.eq(PUBLISHED))
        .order_by_asc(workshop::Column::StartsAt)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|row| row.slug).collect())
}

/// A published workshop by its address.
pub async fn published_by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<workshop::Model>, DbErr> {
    workshop::Entity::find()
        .filter(workshop::Column::Slug.eq(slug))
        .filter(workshop::Column::Status.eq(PUBLISHED))
        .one(db)
        .await
}

/// A published workshop's page: its seats as they are now, and its registration window.
pub async fn detail(
    db: &DatabaseConnection,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<Option<WorkshopDetail>, DbErr> {
    let Some(row) = published_by_slug(db, slug).await? else {
        return Ok(None);
    };
    let confirmed = super::seats::confirmed_count(db, row.id).await?;
    let waiting = super::seats::count_in(db, row.id, super::seats::status::WAITING).await?;
    let capacity = u64::try_from(row.capacity).unwrap_or(0);
    let window = if now < row.registration_opens_at {
        RegistrationWindow::NotYetOpen {
            opens_at_text: crate::time::in_brussels(row.registration_opens_at),
        }
    } else if now < row.registration_closes_at {
        RegistrationWindow::Open {
            closes_at_text: crate::time::in_brussels(row.registration_closes_at),
        }
    } else {
        RegistrationWindow::Closed
    };
    Ok(Some(WorkshopDetail {
        capacity,
        seats_left: capacity.saturating_sub(confirmed),
        waiting,
        window,
        summary: WorkshopSummary::from(row),
    }))
}
