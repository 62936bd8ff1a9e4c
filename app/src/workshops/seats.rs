//! Seats at a workshop: taking one, giving one back, and the waiting list.
//!
//! Every change runs in one transaction whose first statement bumps the workshop's
//! `seat_changes`. On PostgreSQL that update locks the workshop's row until the transaction
//! ends, so concurrent sign-ups for one workshop, from any number of server instances, count and
//! take seats one after the other (and sign-ups for other workshops do not wait). On SQLite the
//! update takes the database's write lock at once, before anything is read, which serialises
//! them the same way. Seats are then counted from the registrations themselves, never from a
//! stored total that could drift.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};

use super::registration::Registration;
use crate::db::entities::{workshop, workshop_registration as registration};
use crate::secret::SecretToken;

pub mod status {
    pub const CONFIRMED: &str = "confirmed";
    pub const WAITING: &str = "waiting";
    pub const CANCELLED: &str = "cancelled";
}

/// Where a sign-up landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Confirmed,
    /// From 1, the first in line.
    Waiting(u64),
}

/// Why a sign-up was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No published workshop with this id.
    NoWorkshop,
    /// Outside the registration window.
    Closed,
    /// This address already holds a place (confirmed or waiting).
    AlreadyRegistered,
}

/// Bumps the workshop's seat counter: from here to the end of `conn`'s transaction, no other
/// change to its seats can run. `false` when there is no such workshop.
async fn lock_seats(conn: &impl ConnectionTrait, workshop_id: i32) -> Result<bool, DbErr> {
    let updated = workshop::Entity::update_many()
        .col_expr(
            workshop::Column::SeatChanges,
            Expr::col(workshop::Column::SeatChanges).add(1),
        )
        .filter(workshop::Column::Id.eq(workshop_id))
        .exec(conn)
        .await?;
    Ok(updated.rows_affected == 1)
}

fn in_status(workshop_id: i32, status: &str) -> sea_orm::Select<registration::Entity> {
    registration::Entity::find()
        .filter(registration::Column::WorkshopId.eq(workshop_id))
        .filter(registration::Column::Status.eq(status))
}

/// How many of the workshop's registrations are in `status`.
pub async fn count_in(
    conn: &impl ConnectionTrait,
    workshop_id: i32,
    status: &str,
) -> Result<u64, DbErr> {
    in_status(workshop_id, status).count(conn).await
}

/// How many seats are taken.
pub async fn confirmed_count(conn: &impl ConnectionTrait, workshop_id: i32) -> Result<u64, DbErr> {
    count_in(conn, workshop_id, status::CONFIRMED).await
}

/// A waiting registration's place in line, from 1.
pub async fn waiting_position(
    conn: &impl ConnectionTrait,
    waiting: &registration::Model,
) -> Result<u64, DbErr> {
    in_status(waiting.workshop_id, status::WAITING)
        .filter(registration::Column::Id.lte(waiting.id))
        .count(conn)
        .await
}

/// Takes a seat for `person`, or a place on the waiting list once the seats are gone. The
/// person's `/manage/` link will carry `token`.
pub async fn register(
    db: &DatabaseConnection,
    workshop_id: i32,
    person: &Registration,
    token: &SecretToken,
    now: DateTime<Utc>,
) -> Result<Result<(registration::Model, Place), Refusal>, DbErr> {
    let txn = db.begin().await?;
    if !lock_seats(&txn, workshop_id).await? {
        return Ok(Err(Refusal::NoWorkshop));
    }
    let Some(workshop) = workshop::Entity::find_by_id(workshop_id)
        .filter(workshop::Column::Status.eq(super::db::PUBLISHED))
        .one(&txn)
        .await?
    else {
        return Ok(Err(Refusal::NoWorkshop));
    };
    if now < workshop.registration_opens_at || now >= workshop.registration_closes_at {
        return Ok(Err(Refusal::Closed));
    }
    let email = person.email.as_str().to_lowercase();
    let already = registration::Entity::find()
        .filter(registration::Column::WorkshopId.eq(workshop_id))
        .filter(registration::Column::Email.eq(&email))
        .filter(registration::Column::Status.ne(status::CANCELLED))
        .count(&txn)
        .await?;
    if already > 0 {
        return Ok(Err(Refusal::AlreadyRegistered));
    }
    let seat_free =
        confirmed_count(&txn, workshop_id).await? < u64::try_from(workshop.capacity).unwrap_or(0);
    let row = registration::ActiveModel {
        workshop_id: Set(workshop_id),
        name: Set(person.name.as_str().to_owned()),
        email: Set(email),
        organisation: Set(person.organisation.as_str().to_owned()),
        organisation_type: Set(person.organisation_type.slug().to_owned()),
        country: Set(person.country.code().to_owned()),
        role: Set(person.role.slug().to_owned()),
        accessibility_needs: Set(person
            .accessibility_needs
            .as_ref()
            .map(|needs| needs.as_str().to_owned())
            .unwrap_or_default()),
        consent_version: Set(crate::submission::consents::CONSENT_TEXT_VERSION.to_owned()),
        status: Set(if seat_free {
            status::CONFIRMED
        } else {
            status::WAITING
        }
        .to_owned()),
        token_hash: Set(token.hash()),
        created_at: Set(now),
        confirmed_at: Set(seat_free.then_some(now)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let place = if seat_free {
        Place::Confirmed
    } else {
        Place::Waiting(waiting_position(&txn, &row).await?)
    };
    txn.commit().await?;
    Ok(Ok((row, place)))
}

/// What cancelling did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancelled {
    pub registration: registration::Model,
    /// The first person waiting, now confirmed in the freed seat.
    pub promoted: Option<registration::Model>,
}

/// Cancels the registration behind `token` and gives a freed seat to the first person waiting.
/// `None` when there is no such registration or it is cancelled already.
pub async fn cancel(
    db: &DatabaseConnection,
    token: &SecretToken,
    now: DateTime<Utc>,
) -> Result<Option<Cancelled>, DbErr> {
    let by_token =
        || registration::Entity::find().filter(registration::Column::TokenHash.eq(token.hash()));
    let Some(found) = by_token().one(db).await? else {
        return Ok(None);
    };
    let txn = db.begin().await?;
    lock_seats(&txn, found.workshop_id).await?;
    // Read again under the lock: a second cancellation of the same place may have run first.
    let Some(current) = by_token().one(&txn).await? else {
        return Ok(None);
    };
    if current.status == status::CANCELLED {
        return Ok(None);
    }
    let held_a_seat = current.status == status::CONFIRMED;
    let mut cancelled: registration::ActiveModel = current.into();
    cancelled.status = Set(status::CANCELLED.to_owned());
    cancelled.cancelled_at = Set(Some(now));
    let registration = cancelled.update(&txn).await?;
    let promoted = if held_a_seat {
        promote_first_waiting(&txn, registration.workshop_id, now).await?
    } else {
        None
    };
    txn.commit().await?;
    Ok(Some(Cancelled {
        registration,
        promoted,
    }))
}

/// Confirms the first person in line, if anyone waits. Call with the seats locked.
async fn promote_first_waiting(
    conn: &impl ConnectionTrait,
    workshop_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<registration::Model>, DbErr> {
    let Some(first) = in_status(workshop_id, status::WAITING)
        .order_by_asc(registration::Column::Id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let mut promoted: registration::ActiveModel = first.into();
    promoted.status = Set(status::CONFIRMED.to_owned());
    promoted.confirmed_at = Set(Some(now));
    Ok(Some(promoted.update(conn).await?))
}
