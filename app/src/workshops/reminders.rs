//! The reminder a day before a workshop. Each confirmed place is marked `reminded_at` by one
//! conditional update in the transaction that queues its email, so the reminder goes once:
//! across restarts, and with several server instances looking at the same time.

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, TransactionTrait};

use super::seats::status;
use crate::db::entities::{workshop, workshop_registration as registration};
use crate::manage::db::Holder;

/// How long before the start the reminder goes.
pub const AHEAD: TimeDelta = TimeDelta::hours(24);

/// Queues the reminders due at `now`; returns how many.
pub async fn queue_due(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<usize, DbErr> {
    let soon = workshop::Entity::find()
        .filter(workshop::Column::Status.eq(super::db::PUBLISHED))
        .filter(workshop::Column::StartsAt.gt(now))
        .filter(workshop::Column::StartsAt.lte(now + AHEAD))
        .all(db)
        .await?;
    let mut queued = 0;
    for workshop in soon {
        let not_reminded = registration::Entity::find()
            .filter(registration::Column::WorkshopId.eq(workshop.id))
            .filter(registration::Column::Status.eq(status::CONFIRMED))
            .filter(registration::Column::RemindedAt.is_null())
            .all(db)
            .await?;
        for person in not_reminded {
            if remind(db, &workshop, &person, now, public_url).await? {
                queued += 1;
            }
        }
    }
    Ok(queued)
}

/// Marks the place reminded and queues its email, unless another pass did first.
async fn remind(
    db: &DatabaseConnection,
    workshop: &workshop::Model,
    person: &registration::Model,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    let marked = registration::Entity::update_many()
        .col_expr(registration::Column::RemindedAt, Expr::value(now))
        .filter(registration::Column::Id.eq(person.id))
        .filter(registration::Column::Status.eq(status::CONFIRMED))
        .filter(registration::Column::RemindedAt.is_null())
        .exec(&txn)
        .await?;
    if marked.rows_affected != 1 {
        return Ok(false);
    }
    let link = crate::manage::db::issue(&txn, Holder::Registration(person.id)).await?;
    let theirs = super::emails::for_person(&txn, workshop, person).await?;
    crate::outbox::queue(
        &txn,
        super::emails::seat(
            super::emails::SeatNews::Reminder,
            &theirs,
            person,
            &link,
            public_url,
            now,
        )?,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}
