//! Writing and reading the audit log. A change's entry is written in the transaction that makes
//! the change, so the log never misses one that happened nor records one that did not.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};

use crate::auth::StaffIdentity;
use crate::db::entities::audit_entry;
use crate::error::AppError;

/// Records that `actor` changed `subject` (see [`audit_entry::Model::subject`]).
pub async fn write(
    conn: &impl ConnectionTrait,
    actor: &StaffIdentity,
    subject: &str,
    summary: impl Into<String>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    insert(
        conn,
        Some(actor.id),
        format!("{} <{}>", actor.display_name, actor.email),
        subject,
        summary.into(),
        now,
    )
    .await
}

/// Records a change that the site made on its own, such as the retention job's deletions;
/// `job` names it in the log's actor column.
pub async fn write_job(
    conn: &impl ConnectionTrait,
    job: &str,
    subject: &str,
    summary: impl Into<String>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    insert(conn, None, job.to_owned(), subject, summary.into(), now).await
}

async fn insert(
    conn: &impl ConnectionTrait,
    actor_id: Option<i32>,
    actor: String,
    subject: &str,
    summary: String,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit_entry::ActiveModel {
        at: Set(now),
        actor_id: Set(actor_id),
        actor: Set(actor),
        subject: Set(subject.to_owned()),
        summary: Set(summary),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map(|_| ())
}

/// Runs `change` in a transaction and, when it succeeds, records it in the same transaction as
/// `actor`'s change: `describe` names the subject and summary from the outcome. A change that
/// fails is rolled back and leaves no entry.
pub async fn audited<T>(
    state: &crate::state::AppState,
    actor: &StaffIdentity,
    change: impl AsyncFnOnce(&DatabaseTransaction) -> Result<T, AppError>,
    describe: impl FnOnce(&T) -> (String, String),
) -> Result<T, AppError> {
    // Staff changes read before they write (a seat count, a status): see `begin_writing`.
    let transaction = crate::db::begin_writing(&state.db).await?;
    let outcome = change(&transaction).await?;
    let (subject, summary) = describe(&outcome);
    write(&transaction, actor, &subject, summary, Utc::now()).await?;
    crate::db::commit_staff_change(transaction, &state.public_content).await?;
    Ok(outcome)
}

/// A staff member's change made from a server function: `change` runs in one transaction with
/// its audit entry (`summary` about `subject`), and gets the site's public address for the
/// links in the emails it queues.
pub async fn staff_change<T>(
    actor: &StaffIdentity,
    subject: String,
    summary: String,
    change: impl AsyncFnOnce(&DatabaseTransaction, &str) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let state = crate::state::app_state()?;
    audited(
        &state,
        actor,
        async |txn| change(txn, &state.public_url).await,
        |_| (subject, summary),
    )
    .await
}

/// Newest first, `page_size` at a time (pages from 0); and how many entries there are.
pub async fn page(
    conn: &impl ConnectionTrait,
    page: u64,
    page_size: u64,
) -> Result<(Vec<audit_entry::Model>, u64), DbErr> {
    let paginator = audit_entry::Entity::find()
        .order_by_desc(audit_entry::Column::Id)
        .paginate(conn, page_size);
    Ok((
        paginator.fetch_page(page).await?,
        paginator.num_items().await?,
    ))
}

/// Every entry about `subject`, oldest first: a submission's history.
pub async fn about(
    conn: &impl ConnectionTrait,
    subject: &str,
) -> Result<Vec<audit_entry::Model>, DbErr> {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Subject.eq(subject))
        .order_by_asc(audit_entry::Column::Id)
        .all(conn)
        .await
}
