//! A visit's delegation: applications taken while the deadline has not passed, staff decisions
//! that never accept more people than the delegation has places, and withdrawals. Like a
//! workshop's seats, every change first bumps the visit's `seat_changes`, which serialises the
//! changes to one visit across server instances (PostgreSQL's row lock) or takes the write lock
//! before any read (SQLite). Each change queues its email in the same transaction.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, Set, TransactionTrait,
};

use super::application::{Application, Decision, status};
use crate::db::entities::{visit, visit_application};
use crate::manage::db::Holder;
use crate::secret::SecretToken;

/// Why an application was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NoVisit,
    /// The application deadline has passed.
    Closed,
    AlreadyApplied,
}

async fn lock(conn: &impl ConnectionTrait, visit_id: i32) -> Result<bool, DbErr> {
    let updated = visit::Entity::update_many()
        .col_expr(
            visit::Column::SeatChanges,
            Expr::col(visit::Column::SeatChanges).add(1),
        )
        .filter(visit::Column::Id.eq(visit_id))
        .exec(conn)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// How many of the visit's applications are in `status`.
pub async fn count_in(
    conn: &impl ConnectionTrait,
    visit_id: i32,
    status: &str,
) -> Result<u64, DbErr> {
    visit_application::Entity::find()
        .filter(visit_application::Column::VisitId.eq(visit_id))
        .filter(visit_application::Column::Status.eq(status))
        .count(conn)
        .await
}

/// Takes `application` for the published visit, and emails its receipt with the `/manage/`
/// link that carries `token`.
pub async fn apply(
    db: &DatabaseConnection,
    visit_id: i32,
    application: &Application,
    lang: crate::i18n::Lang,
    token: &SecretToken,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<Result<visit_application::Model, Refusal>, DbErr> {
    let txn = db.begin().await?;
    if !lock(&txn, visit_id).await? {
        return Ok(Err(Refusal::NoVisit));
    }
    let Some(visit) = visit::Entity::find_by_id(visit_id)
        .filter(visit::Column::Status.eq(crate::workshops::lifecycle::PUBLISHED))
        .one(&txn)
        .await?
    else {
        return Ok(Err(Refusal::NoVisit));
    };
    if now >= visit.applications_close_at {
        return Ok(Err(Refusal::Closed));
    }
    let email = application.person.email.as_str().to_lowercase();
    let already = visit_application::Entity::find()
        .filter(visit_application::Column::VisitId.eq(visit_id))
        .filter(visit_application::Column::Email.eq(&email))
        .filter(visit_application::Column::Status.ne(status::WITHDRAWN))
        .count(&txn)
        .await?;
    if already > 0 {
        return Ok(Err(Refusal::AlreadyApplied));
    }
    let person = &application.person;
    let row = visit_application::ActiveModel {
        visit_id: Set(visit_id),
        name: Set(person.name.as_str().to_owned()),
        email: Set(email),
        organisation: Set(person.organisation.as_str().to_owned()),
        organisation_type: Set(person.organisation_type.slug().to_owned()),
        country: Set(person.country.code().to_owned()),
        role: Set(person.role.slug().to_owned()),
        motivation: Set(application.motivation.as_str().to_owned()),
        accessibility_needs: Set(person
            .accessibility_needs
            .as_ref()
            .map(|needs| needs.as_str().to_owned())
            .unwrap_or_default()),
        consent_version: Set(crate::submission::consents::CONSENT_TEXT_VERSION.to_owned()),
        status: Set(status::APPLIED.to_owned()),
        lang: Set(lang.code().to_owned()),
        token_hash: Set(token.hash()),
        created_at: Set(now),
        decided_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let theirs = super::emails::for_applicant(&txn, &visit, &row).await?;
    crate::outbox::queue(
        &txn,
        super::emails::received(&theirs, &row, token, public_url)?,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(row))
}

/// Why staff could not decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionRefusal {
    /// Every place in the delegation is taken.
    Full,
    /// The applicant withdrew.
    Withdrawn,
    /// The application is in that state already.
    Unchanged,
}

/// Applies staff's `decision` to application `found` (as read before the caller's transaction
/// began), never accepting more people than the delegation has places, and emails the applicant
/// with a fresh `/manage/` link.
pub async fn decide_in(
    txn: &DatabaseTransaction,
    found: &visit_application::Model,
    decision: Decision,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<Result<visit_application::Model, DecisionRefusal>, DbErr> {
    lock(txn, found.visit_id).await?;
    let (Some(current), Some(visit)) = (
        visit_application::Entity::find_by_id(found.id)
            .one(txn)
            .await?,
        visit::Entity::find_by_id(found.visit_id).one(txn).await?,
    ) else {
        return Ok(Err(DecisionRefusal::Withdrawn));
    };
    if current.status == status::WITHDRAWN {
        return Ok(Err(DecisionRefusal::Withdrawn));
    }
    if current.status == decision.status() {
        return Ok(Err(DecisionRefusal::Unchanged));
    }
    if decision == Decision::Accept
        && count_in(txn, visit.id, status::ACCEPTED).await?
            >= u64::try_from(visit.delegation_size).unwrap_or(0)
    {
        return Ok(Err(DecisionRefusal::Full));
    }
    let mut decided: visit_application::ActiveModel = current.into();
    decided.status = Set(decision.status().to_owned());
    decided.decided_at = Set(Some(now));
    let decided = decided.update(txn).await?;
    let link = crate::manage::db::issue(txn, Holder::Application(decided.id)).await?;
    let theirs = super::emails::for_applicant(txn, &visit, &decided).await?;
    crate::outbox::queue(
        txn,
        super::emails::decided(&theirs, &decided, decision, &link, public_url)?,
    )
    .await?;
    Ok(Ok(decided))
}

/// The applicant withdraws; `None` when withdrawn already.
pub async fn withdraw(
    db: &DatabaseConnection,
    found: &visit_application::Model,
    now: DateTime<Utc>,
) -> Result<Option<visit_application::Model>, DbErr> {
    let txn = db.begin().await?;
    lock(&txn, found.visit_id).await?;
    let Some(current) = visit_application::Entity::find_by_id(found.id)
        .one(&txn)
        .await?
        .filter(|current| current.status != status::WITHDRAWN)
    else {
        return Ok(None);
    };
    let mut withdrawn: visit_application::ActiveModel = current.into();
    withdrawn.status = Set(status::WITHDRAWN.to_owned());
    withdrawn.decided_at = Set(Some(now));
    let withdrawn = withdrawn.update(&txn).await?;
    txn.commit().await?;
    Ok(Some(withdrawn))
}
