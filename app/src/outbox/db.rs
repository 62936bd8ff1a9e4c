//! The outbox as admins see it: every email, and the release of held ones.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use super::status;
use crate::db::entities::outbox_email::{self, Column};

/// Emails in `status` (all when `None`), newest first, `page_size` at a time (pages from 0).
pub async fn page(
    conn: &impl ConnectionTrait,
    status: Option<&str>,
    page: u64,
    page_size: u64,
) -> Result<(Vec<outbox_email::Model>, u64), DbErr> {
    let mut query = outbox_email::Entity::find().order_by_desc(Column::Id);
    if let Some(status) = status {
        query = query.filter(Column::Status.eq(status));
    }
    let paginator = query.paginate(conn, page_size);
    Ok((
        paginator.fetch_page(page).await?,
        paginator.num_items().await?,
    ))
}

/// How many emails are in each status.
pub async fn count_by_status(conn: &impl ConnectionTrait) -> Result<Vec<(String, u64)>, DbErr> {
    crate::db::count_by(conn, outbox_email::Entity::find(), Column::Status).await
}

/// Queues the held emails up to `up_to` (the newest one the admin saw), in one statement: an
/// email held after the admin looked stays held. Returns how many were released.
pub async fn release(conn: &impl ConnectionTrait, up_to: i64) -> Result<u64, DbErr> {
    let released = outbox_email::Entity::update_many()
        .col_expr(Column::Status, Expr::value(status::QUEUED))
        .col_expr(Column::NextAttemptAt, Expr::value(chrono::Utc::now()))
        .filter(Column::Status.eq(status::HELD))
        .filter(Column::Id.lte(up_to))
        .exec(conn)
        .await?;
    Ok(released.rows_affected)
}

/// How many emails about `topic` were queued since `since`.
pub async fn count_about_since(
    conn: &impl ConnectionTrait,
    topic: &str,
    since: chrono::DateTime<chrono::Utc>,
) -> Result<u64, DbErr> {
    outbox_email::Entity::find()
        .filter(Column::CreatedAt.gt(since))
        .filter(Column::Topic.eq(topic))
        .count(conn)
        .await
}

/// How many emails to `address` (in any case) about a topic starting with `topic_kind` were
/// queued since `since`.
pub async fn count_to_since(
    conn: &impl ConnectionTrait,
    address: &str,
    topic_kind: &str,
    since: chrono::DateTime<chrono::Utc>,
) -> Result<u64, DbErr> {
    use sea_orm::sea_query::{ExprTrait, Func};
    outbox_email::Entity::find()
        .filter(Column::CreatedAt.gt(since))
        .filter(Column::Topic.starts_with(topic_kind))
        .filter(Expr::expr(Func::lower(Expr::col(Column::ToAddress))).eq(address.to_lowercase()))
        .count(conn)
        .await
}
