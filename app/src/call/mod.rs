//! The open call: its title, introduction, opening and closing times and selection size.

#[cfg(feature = "ssr")]
pub mod db;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::translations::Shown;

/// Where the call stands at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CallPhase {
    NotYetOpen,
    Open,
    Closed,
}

impl CallPhase {
    /// Submissions are accepted from `opens` (inclusive) until `closes` (exclusive).
    pub fn at(now: DateTime<Utc>, opens: DateTime<Utc>, closes: DateTime<Utc>) -> Self {
        if now < opens {
            CallPhase::NotYetOpen
        } else if now < closes {
            CallPhase::Open
        } else {
            CallPhase::Closed
        }
    }
}

/// The call as the public sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallOverview {
    pub title: Shown,
    /// Sanitised HTML rendered from the admins' Markdown.
    pub introduction_html: Shown,
    /// Sanitised HTML of the questions and answers; empty when there are none.
    pub faq_html: Shown,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub opens_at_text: String,
    pub closes_at_text: String,
    pub phase: CallPhase,
    /// "6 weeks and 2 days" while the call is open.
    pub time_left: Option<String>,
    pub selection_limit: i32,
}

/// The call's public overview, in `lang`.
#[server(endpoint = "call_overview")]
pub async fn get_call_overview(lang: crate::i18n::Lang) -> Result<CallOverview, AppError> {
    let state = crate::state::app_state()?;
    let settings = db::load(&state.db).await?;
    let texts = db::texts_in(&state.db, &settings, lang).await?;
    Ok(db::overview(settings, texts, Utc::now(), lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn phase_changes_exactly_at_opening_and_closing() {
        let opens = Utc.with_ymd_and_hms(2023, 11, 1, 0, 0, 0).unwrap();
        let closes = Utc.with_ymd_and_hms(2024, 1, 10, 22, 59, 59).unwrap();
        let second = chrono::TimeDelta::seconds(1);
        assert_eq!(
            CallPhase::at(opens - second, opens, closes),
            CallPhase::NotYetOpen
        );
        assert_eq!(CallPhase::at(opens, opens, closes), CallPhase::Open);
        assert_eq!(
            CallPhase::at(closes - second, opens, closes),
            CallPhase::Open
        );
        assert_eq!(CallPhase::at(closes, opens, closes), CallPhase::Closed);
    }
}
