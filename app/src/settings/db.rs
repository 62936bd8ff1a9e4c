//! Storing the page texts and the call's settings.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use super::CallEdit;
use super::texts::{SiteText, SiteTextKey};
use crate::db::entities::{call_settings, site_text};

/// The admins' version of a page text, or the built-in one.
pub async fn load_text(conn: &impl ConnectionTrait, key: SiteTextKey) -> Result<SiteText, DbErr> {
    Ok(site_text::Entity::find_by_id(key.slug())
        .one(conn)
        .await?
        .map_or_else(
            || SiteText {
                title: key.default_title().to_owned(),
                body: key.default_body().to_owned(),
            },
            |row| SiteText {
                title: row.title,
                body: row.body,
            },
        ))
}

pub async fn save_text(
    conn: &impl ConnectionTrait,
    key: SiteTextKey,
    text: &SiteText,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    site_text::Entity::insert(site_text::ActiveModel {
        key: Set(key.slug().to_owned()),
        title: Set(text.title.clone()),
        body: Set(text.body.clone()),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(site_text::Column::Key)
            .update_columns([
                site_text::Column::Title,
                site_text::Column::Body,
                site_text::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(conn)
    .await
    .map(|_| ())
}

/// Writes the call's settings; the caller recomputes averages when the weights changed.
pub async fn save_call(
    conn: &impl ConnectionTrait,
    call: &CallEdit,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    crate::call::db::ensure_exists(conn, now).await?;
    call_settings::Entity::update_many()
        .col_expr(
            call_settings::Column::Title,
            Expr::value(call.title.clone()),
        )
        .col_expr(
            call_settings::Column::Introduction,
            Expr::value(call.introduction.clone()),
        )
        .col_expr(call_settings::Column::OpensAt, Expr::value(call.opens_at))
        .col_expr(call_settings::Column::ClosesAt, Expr::value(call.closes_at))
        .col_expr(
            call_settings::Column::SelectionLimit,
            Expr::value(call.selection_limit),
        )
        .col_expr(call_settings::Column::Faq, Expr::value(call.faq.clone()))
        .col_expr(
            call_settings::Column::ScoreWeights,
            Expr::value(call.weights.to_stored()),
        )
        .col_expr(call_settings::Column::UpdatedAt, Expr::value(now))
        .filter(call_settings::Column::Id.eq(call_settings::SINGLETON_ID))
        .exec(conn)
        .await
        .map(|_| ())
}
