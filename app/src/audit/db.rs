//! Writing and reading the audit log. A change's entry is written in the transaction that makes
//! the change, so the log never misses one that happened nor records one that did not.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

use crate::auth::StaffIdentity;
use crate::db::entities::audit_entry;

/// Records that `actor` changed `subject` (see [`audit_entry::Model::subject`]).
pub async fn write(
    conn: &impl ConnectionTrait,
    actor: &StaffIdentity,
    subject: &str,
    summary: impl Into<String>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit_entry::ActiveModel {
        at: Set(now),
        actor_id: Set(Some(actor.id)),
        actor: Set(format!("{} <{}>", actor.display_name, actor.email)),
        subject: Set(subject.to_owned()),
        summary: Set(summary.into()),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map(|_| ())
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
