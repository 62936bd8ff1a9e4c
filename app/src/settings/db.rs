//! Storing the page texts and the call's settings.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use super::CallEdit;
use super::texts::{SiteText, SiteTextKey};
use crate::db::entities::{call_settings, site_text};
use crate::i18n::Lang;
use crate::translations::db::{Wanted, pick_in};
use crate::translations::{Shown, builtin};

/// The admins' English version of a page text, or the built-in one, and when they last
/// changed it.
pub async fn load_text(
    conn: &impl ConnectionTrait,
    key: SiteTextKey,
) -> Result<(SiteText, Option<DateTime<Utc>>), DbErr> {
    Ok(site_text::Entity::find_by_id(key.slug())
        .one(conn)
        .await?
        .map_or_else(
            || {
                let text = key.builtin();
                let builtin = SiteText {
                    title: builtin::title(Lang::En, text).to_owned(),
                    body: builtin::body(Lang::En, text).to_owned(),
                };
                (builtin, None)
            },
            |row| {
                let text = SiteText {
                    title: row.title,
                    body: row.body,
                };
                (text, Some(row.updated_at))
            },
        ))
}

/// A page text as a page in some language shows it.
pub struct ShownText {
    pub title: Shown,
    pub body: Shown,
    /// Which text that is, as a consent records it: `built-in`, or when staff last changed
    /// the version shown.
    pub version: String,
}

/// The page text `key` as a page in `lang` shows it (see [`Shown::pick`]).
pub async fn load_text_in(
    conn: &impl ConnectionTrait,
    key: SiteTextKey,
    lang: Lang,
) -> Result<ShownText, DbErr> {
    let (english, english_changed) = load_text(conn, key).await?;
    let [title_subject, body_subject] = key.subjects();
    let [(title, _), (body, body_changed)] = pick_in(
        conn,
        lang,
        [
            Wanted {
                subject: title_subject,
                english: &english.title,
                builtin: builtin::title_in(lang, key.builtin()),
            },
            Wanted {
                subject: body_subject,
                english: &english.body,
                builtin: builtin::body_in(lang, key.builtin()),
            },
        ],
    )
    .await?;
    let changed = if body.lang == Lang::En {
        english_changed
    } else {
        body_changed
    };
    Ok(ShownText {
        title,
        version: changed.map_or_else(|| "built-in".to_owned(), |at| at.to_rfc3339()),
        body,
    })
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
