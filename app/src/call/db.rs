//! Reading and initialising the call settings row.

use crate::i18n::Lang;
use crate::i18n::dates::{in_brussels, time_left};
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};

use super::{CallOverview, CallPhase};
use crate::db::entities::call_settings::{self, SINGLETON_ID};

pub const DEFAULT_TITLE: &str =
    "Share your good practice to connect with the cultural heritage sector";

pub const DEFAULT_INTRODUCTION: &str = "The European Heritage Hub gives you the chance to \
highlight your work for cultural heritage in the context of the **triple transformation** of \
our society: environmental, digital and social.\n\nTell us about a practice from your city, \
region or organisation. The selected practices are published and promoted across Europe, \
discussed in four online workshops, and cities whose practice is selected can host a funded \
peer-learning visit.";

pub const DEFAULT_FAQ: &str = "### Who can submit a practice?\n\nCity and regional \
administrations, heritage institutions and professionals, civil-society organisations and NGOs, \
cultural initiatives, local and regional organisations and thematic associations from the \
countries of Europe and the Caucasus.\n\n### Can I save my answers and come back later?\n\n\
Yes. Your answers are saved as you go, and we email you a link to continue on any device.\n\n\
### Can I change my practice after sending it?\n\nYes, until the call closes, with the link in \
your confirmation email.\n\n### When will I hear the decision?\n\nEvery applicant hears the \
decision by email after the review.";

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
        title: Set(DEFAULT_TITLE.to_owned()),
        introduction: Set(DEFAULT_INTRODUCTION.to_owned()),
        opens_at: Set(now),
        closes_at: Set(now + TimeDelta::weeks(8)),
        selection_limit: Set(10),
        score_weights: Set(crate::review::criteria::Weights::default().to_stored()),
        faq: Set(DEFAULT_FAQ.to_owned()),
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

/// The call as a page in `lang` shows it.
pub fn overview(settings: call_settings::Model, now: DateTime<Utc>, lang: Lang) -> CallOverview {
    let phase = CallPhase::at(now, settings.opens_at, settings.closes_at);
    CallOverview {
        introduction_html: crate::markdown::to_safe_html(&settings.introduction),
        faq_html: if settings.faq.trim().is_empty() {
            String::new()
        } else {
            crate::markdown::to_safe_html(&settings.faq)
        },
        opens_at_text: in_brussels(lang, settings.opens_at),
        closes_at_text: in_brussels(lang, settings.closes_at),
        time_left: match phase {
            CallPhase::Open => time_left(lang, now, settings.closes_at),
            _ => None,
        },
        phase,
        title: settings.title,
        opens_at: settings.opens_at,
        closes_at: settings.closes_at,
        selection_limit: settings.selection_limit,
    }
}
