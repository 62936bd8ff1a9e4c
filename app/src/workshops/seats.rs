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
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};

use super::emails::{self, SeatNews};
use super::registration::Registration;
use crate::db::entities::{workshop, workshop_registration as registration};
use crate::manage::db::Holder;
use crate::secret::SecretToken;

pub use super::registration::status;

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

/// Takes a seat for `person`, or a place on the waiting list once the seats are gone, and queues
/// the email that says which, with the `/manage/` link that carries `token`.
pub async fn register(
    db: &DatabaseConnection,
    workshop_id: i32,
    person: &Registration,
    lang: crate::i18n::Lang,
    token: &SecretToken,
    now: DateTime<Utc>,
    public_url: &str,
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
        lang: Set(lang.code().to_owned()),
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
    let theirs = emails::for_person(&txn, &workshop, &row).await?;
    let (place, email) = if seat_free {
        let email = emails::seat(SeatNews::Confirmed, &theirs, &row, token, public_url, now)?;
        (Place::Confirmed, email)
    } else {
        let position = waiting_position(&txn, &row).await?;
        let email = emails::waiting(&theirs, &row, position, token, public_url)?;
        (Place::Waiting(position), email)
    };
    crate::outbox::queue(&txn, email).await?;
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

/// Who cancelled a place, which the email to its holder says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelledBy {
    /// The person, through their `/manage/` link.
    Holder,
    Staff,
}

/// Cancels registration `id`, gives a freed seat to the first person waiting, and emails both.
/// `None` when there is no such registration or it is cancelled already.
pub async fn cancel(
    db: &DatabaseConnection,
    id: i32,
    by: CancelledBy,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<Option<Cancelled>, DbErr> {
    let Some(found) = registration::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let txn = db.begin().await?;
    let cancelled = cancel_in(&txn, &found, by, now, public_url).await?;
    txn.commit().await?;
    Ok(cancelled)
}

/// [`cancel`] inside the caller's transaction, for `found` as read before it began: the seats
/// are locked first, so the transaction writes before it reads (SQLite cannot upgrade a
/// reading transaction that another is waiting on).
pub async fn cancel_in(
    txn: &DatabaseTransaction,
    found: &registration::Model,
    by: CancelledBy,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<Option<Cancelled>, DbErr> {
    lock_seats(txn, found.workshop_id).await?;
    // Read again under the lock: a second cancellation of the same place may have run first.
    let (Some(current), Some(workshop)) = (
        registration::Entity::find_by_id(found.id).one(txn).await?,
        workshop::Entity::find_by_id(found.workshop_id)
            .one(txn)
            .await?,
    ) else {
        return Ok(None);
    };
    if current.status == status::CANCELLED {
        return Ok(None);
    }
    let registration = mark_cancelled(txn, current, now).await?;
    let theirs = emails::for_person(txn, &workshop, &registration).await?;
    crate::outbox::queue(
        txn,
        emails::cancelled(&theirs, &registration, by, public_url)?,
    )
    .await?;
    let promoted = fill_free_seats(txn, &workshop, now, public_url)
        .await?
        .into_iter()
        .next();
    Ok(Some(Cancelled {
        registration,
        promoted,
    }))
}

async fn mark_cancelled(
    conn: &impl ConnectionTrait,
    current: registration::Model,
    now: DateTime<Utc>,
) -> Result<registration::Model, DbErr> {
    let mut cancelled: registration::ActiveModel = current.into();
    cancelled.status = Set(status::CANCELLED.to_owned());
    cancelled.cancelled_at = Set(Some(now));
    cancelled.update(conn).await
}

/// Confirms people in line, first come first served, while the published workshop has free
/// seats (one after a cancellation, more after staff raise the capacity), and emails each their
/// seat. Call with the seats locked.
async fn fill_free_seats(
    conn: &impl ConnectionTrait,
    workshop: &workshop::Model,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<Vec<registration::Model>, DbErr> {
    if workshop.status != super::db::PUBLISHED {
        return Ok(Vec::new());
    }
    let capacity = u64::try_from(workshop.capacity).unwrap_or(0);
    let free = capacity.saturating_sub(confirmed_count(conn, workshop.id).await?);
    let first_in_line = in_status(workshop.id, status::WAITING)
        .order_by_asc(registration::Column::Id)
        .limit(free)
        .all(conn)
        .await?;
    let mut promoted = Vec::with_capacity(first_in_line.len());
    for waiting in first_in_line {
        promoted.push(seat(conn, workshop, waiting, now, public_url).await?);
    }
    Ok(promoted)
}

/// Confirms a waiting person and emails them their seat, with a fresh `/manage/` link.
async fn seat(
    conn: &impl ConnectionTrait,
    workshop: &workshop::Model,
    waiting: registration::Model,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<registration::Model, DbErr> {
    let mut confirmed: registration::ActiveModel = waiting.into();
    confirmed.status = Set(status::CONFIRMED.to_owned());
    confirmed.confirmed_at = Set(Some(now));
    let person = confirmed.update(conn).await?;
    let link = crate::manage::db::issue(conn, Holder::Registration(person.id)).await?;
    let theirs = emails::for_person(conn, workshop, &person).await?;
    crate::outbox::queue(
        conn,
        emails::seat(SeatNews::Promoted, &theirs, &person, &link, public_url, now)?,
    )
    .await?;
    Ok(person)
}

/// Runs `change` on the workshop with its seats locked, inside the caller's transaction, then
/// fills any seats it freed (a raised capacity, a workshop published); the workshop as changed,
/// and who got a seat. `None` when there is no such workshop.
pub async fn change_workshop(
    txn: &DatabaseTransaction,
    workshop_id: i32,
    now: DateTime<Utc>,
    public_url: &str,
    change: impl FnOnce(workshop::Model) -> workshop::ActiveModel,
) -> Result<Option<(workshop::Model, Vec<registration::Model>)>, DbErr> {
    if !lock_seats(txn, workshop_id).await? {
        return Ok(None);
    }
    let Some(current) = workshop::Entity::find_by_id(workshop_id).one(txn).await? else {
        return Ok(None);
    };
    let changed = change(current).update(txn).await?;
    let promoted = fill_free_seats(txn, &changed, now, public_url).await?;
    Ok(Some((changed, promoted)))
}

/// Cancels the whole workshop, inside the caller's transaction: every place with it, each holder
/// told by email. How many people were told; `None` when there is no such workshop.
pub async fn cancel_workshop(
    txn: &DatabaseTransaction,
    workshop_id: i32,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<Option<usize>, DbErr> {
    let Some((workshop, _)) = change_workshop(txn, workshop_id, now, public_url, |current| {
        let mut cancelled: workshop::ActiveModel = current.into();
        cancelled.status = Set(super::db::CANCELLED.to_owned());
        cancelled
    })
    .await?
    else {
        return Ok(None);
    };
    let holders = registration::Entity::find()
        .filter(registration::Column::WorkshopId.eq(workshop_id))
        .filter(registration::Column::Status.ne(status::CANCELLED))
        .all(txn)
        .await?;
    let told = holders.len();
    for holder in holders {
        let holder = mark_cancelled(txn, holder, now).await?;
        let theirs = emails::for_person(txn, &workshop, &holder).await?;
        crate::outbox::queue(
            txn,
            emails::workshop_cancelled(&theirs, &holder, public_url)?,
        )
        .await?;
    }
    Ok(Some(told))
}

/// Why staff could not give a waiting person a seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeatRefusal {
    NotWaiting,
    Full,
}

/// Gives waiting registration `found` (as read before the caller's transaction began) a free
/// seat out of turn, staff's choice, and emails it.
pub async fn give_seat_in(
    txn: &DatabaseTransaction,
    found: &registration::Model,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<Result<registration::Model, SeatRefusal>, DbErr> {
    lock_seats(txn, found.workshop_id).await?;
    let (Some(current), Some(workshop)) = (
        registration::Entity::find_by_id(found.id).one(txn).await?,
        workshop::Entity::find_by_id(found.workshop_id)
            .one(txn)
            .await?,
    ) else {
        return Ok(Err(SeatRefusal::NotWaiting));
    };
    if current.status != status::WAITING {
        return Ok(Err(SeatRefusal::NotWaiting));
    }
    if confirmed_count(txn, workshop.id).await? >= u64::try_from(workshop.capacity).unwrap_or(0) {
        return Ok(Err(SeatRefusal::Full));
    }
    Ok(Ok(seat(txn, &workshop, current, now, public_url).await?))
}
