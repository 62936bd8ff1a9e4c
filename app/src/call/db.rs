//! Reading and initialising the call settings row.

use crate::i18n::Lang;
use crate::i18n::dates::{in_brussels, time_left};
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};

use super::{CallOverview, CallPhase};
use crate::db::entities::call_settings::{self, SINGLETON_ID};
use crate::translations::builtin::{self, Text};
use crate::translations::db::{Wanted, pick_in};
use crate::translations::{Shown, subject};

/// The call's texts that staff write per language.
pub const TEXTS: [&str; 3] = ["title", "introduction", "faq"];

/// The call's title, introduction and questions as a page in `lang` shows them.
#[derive(Debug, Clone)]
pub struct CallTexts {
    pub title: Shown,
    pub introduction: Shown,
    pub faq: Shown,
}

/// What the call's texts say in `lang` (see [`Shown::pick`]).
pub async fn texts_in(
    db: &impl ConnectionTrait,
    settings: &call_settings::Model,
    lang: Lang,
) -> Result<CallTexts, DbErr> {
    let [title, introduction, faq] = TEXTS;
    let wanted = |name: &str, english, builtin| Wanted {
        subject: subject(&["call", name]),
        english,
        builtin,
    };
    let [(title, _), (introduction, _), (faq, _)] = pick_in(
        db,
        lang,
        [
            wanted(title, &settings.title, builtin::title_in(lang, Text::Call)),
            wanted(
                introduction,
                &settings.introduction,
                builtin::body_in(lang, Text::Call),
            ),
            wanted(faq, &settings.faq, builtin::body_in(lang, Text::Faq)),
        ],
    )
    .await?;
    Ok(CallTexts {
        title,
        introduction,
        faq,
    })
}

/// The built-in title of the call, in English.
pub fn default_title() -> &'static str {
    builtin::title(Lang::En, Text::Call)
}

/// The built-in introduction of the call, in English.
pub fn default_introduction() -> &'static str {
    builtin::body(Lang::En, Text::Call)
}

/// The built-in questions and answers, in English.
pub fn default_faq() -> &'static str {
    builtin::body(Lang::En, Text::Faq)
}

/// The call's settings; a fresh installation gets the call text with an eight-week window.
pub async fn load(db: &impl ConnectionTrait) -> Result<call_settings::Model, DbErr> {
    match call_settings::Entity::find_by_id(SINGLETON_ID)
        .one(db)
        .await?
    {
        Some(settings) => Ok(settings),
        None => ensure_exists(db, Utc::now()).await,
    }
}

/// Inserts the default settings unless a row exists; concurrent starts may race, so an insert
/// that loses is answered by reading the winner's row.
pub async fn ensure_exists(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<call_settings::Model, DbErr> {
    if let Some(settings) = call_settings::Entity::find_by_id(SINGLETON_ID)
        .one(db)
        .await?
    {
        return Ok(settings);
    }
    let defaults = call_settings::ActiveModel {
        id: Set(SINGLETON_ID),
        title: Set(default_title().to_owned()),
        introduction: Set(default_introduction().to_owned()),
        opens_at: Set(now),
        closes_at: Set(now + TimeDelta::weeks(8)),
        selection_limit: Set(10),
        score_weights: Set(crate::review::criteria::Weights::default().to_stored()),
        faq: Set(default_faq().to_owned()),
        updated_at: Set(now),
    };
    match defaults.insert(db).await {
        Ok(settings) => Ok(settings),
        Err(insert_error) => call_settings::Entity::find_by_id(SINGLETON_ID)
            .one(db)
            .await?
            .ok_or(insert_error),
    }
}

/// The call as a page in `lang` shows it, with its `texts` in that language.
pub fn overview(
    settings: call_settings::Model,
    texts: CallTexts,
    now: DateTime<Utc>,
    lang: Lang,
) -> CallOverview {
    let phase = CallPhase::at(now, settings.opens_at, settings.closes_at);
    let html = |text: Shown| Shown {
        text: if text.text.trim().is_empty() {
            String::new()
        } else {
            crate::markdown::to_safe_html_in(&text.text, lang)
        },
        lang: text.lang,
    };
    CallOverview {
        introduction_html: html(texts.introduction),
        faq_html: html(texts.faq),
        opens_at_text: in_brussels(lang, settings.opens_at),
        closes_at_text: in_brussels(lang, settings.closes_at),
        time_left: match phase {
            CallPhase::Open => time_left(lang, now, settings.closes_at),
            _ => None,
        },
        phase,
        title: texts.title,
        opens_at: settings.opens_at,
        closes_at: settings.closes_at,
        selection_limit: settings.selection_limit,
    }
}
