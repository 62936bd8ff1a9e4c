//! A workshop as an iCalendar event (RFC 5545), for calendars to import: times in UTC, a UID
//! that stays the same however often the file is made, so an import updates instead of
//! duplicating, and the text escaped and folded as the standard requires.

use chrono::{DateTime, TimeDelta, Utc};

/// What the event says.
pub struct CalendarEvent<'a> {
    /// Stable across downloads and emails: `workshop-{id}@{host}`.
    pub uid: String,
    pub title: &'a str,
    pub description: &'a str,
    pub starts_at: DateTime<Utc>,
    pub duration_minutes: i32,
    /// The workshop's public page.
    pub url: &'a str,
    /// The online meeting's address; given only to people with a seat.
    pub location: Option<&'a str>,
    /// When the file is made.
    pub stamped_at: DateTime<Utc>,
}

impl CalendarEvent<'_> {
    /// The `.ics` file: lines ended by CRLF, none longer than 75 octets.
    pub fn to_ics(&self) -> String {
        let ends_at = self.starts_at + TimeDelta::minutes(i64::from(self.duration_minutes));
        let mut lines = vec![
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "PRODID:-//European Heritage Hub//Workshops//EN".to_owned(),
            "CALSCALE:GREGORIAN".to_owned(),
            "METHOD:PUBLISH".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape(&self.uid)),
            format!("DTSTAMP:{}", utc(self.stamped_at)),
            format!("DTSTART:{}", utc(self.starts_at)),
            format!("DTEND:{}", utc(ends_at)),
            format!("SUMMARY:{}", escape(self.title)),
            format!("DESCRIPTION:{}", escape(self.description)),
            format!("URL:{}", self.url),
        ];
        if let Some(location) = self.location {
            lines.push(format!("LOCATION:{}", escape(location)));
        }
        lines.extend(["END:VEVENT".to_owned(), "END:VCALENDAR".to_owned()]);
        lines.iter().map(|line| fold(line) + "\r\n").collect()
    }
}

/// A workshop's `.ics`: the public one, or with the meeting link for a person with a seat.
/// `workshop` comes with its texts in the reader's language, `lang`, whose page it links to.
#[cfg(feature = "ssr")]
pub fn for_workshop(
    workshop: &crate::db::entities::workshop::Model,
    public_url: &str,
    with_meeting_link: bool,
    now: DateTime<Utc>,
    lang: crate::i18n::Lang,
) -> String {
    let url = format!(
        "{public_url}{}",
        lang.href(&format!("/workshops/{}", workshop.slug))
    );
    CalendarEvent {
        uid: uid(workshop.id, public_url),
        title: &workshop.title,
        description: &workshop.description,
        starts_at: workshop.starts_at,
        duration_minutes: workshop.duration_minutes,
        url: &url,
        location: workshop
            .meeting_url
            .as_deref()
            .filter(|_| with_meeting_link),
        stamped_at: now,
    }
    .to_ics()
}

/// The `.ics` file as an HTTP answer, named after the workshop.
#[cfg(feature = "ssr")]
pub fn response(slug: &str, ics: String) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{slug}.ics\""),
            ),
        ],
        ics,
    )
        .into_response()
}

/// `GET /workshops/{slug}/calendar.ics`: a published workshop for anyone's calendar, without
/// the meeting link (that goes only to people with a seat).
#[cfg(feature = "ssr")]
pub async fn download(
    state: axum::extract::State<crate::state::AppState>,
    axum::extract::Path(slug): axum::extract::Path<String>,
) -> axum::response::Response {
    download_in(state, crate::i18n::Lang::En, &slug).await
}

/// `GET /{lang}/workshops/{slug}/calendar.ics`: the same, with the texts in that language.
#[cfg(feature = "ssr")]
pub async fn download_translated(
    state: axum::extract::State<crate::state::AppState>,
    axum::extract::Path((lang, slug)): axum::extract::Path<(String, String)>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    // Only the prefixes of the site's addresses: `fr`, not `FR`, `fr-BE` or `en`.
    let prefix = crate::i18n::Lang::parse(&lang)
        .filter(|parsed| parsed.code() == lang && *parsed != crate::i18n::Lang::En);
    match prefix {
        Some(lang) => download_in(state, lang, &slug).await,
        None => axum::http::StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(feature = "ssr")]
async fn download_in(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    lang: crate::i18n::Lang,
    slug: &str,
) -> axum::response::Response {
    use axum::http::StatusCode;
    use axum::response::IntoResponse;
    let found = async {
        let Some(workshop) = super::db::published_by_slug(&state.db, slug).await? else {
            return Ok(None);
        };
        crate::translations::db::translate_one(&state.db, lang, workshop)
            .await
            .map(|(workshop, _)| Some(workshop))
    };
    match found.await {
        Ok(Some(workshop)) => response(
            &workshop.slug,
            for_workshop(&workshop, &state.public_url, false, Utc::now(), lang),
        ),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// The event's UID: the workshop and the site's host, the same in every file and email.
pub fn uid(workshop_id: i32, public_url: &str) -> String {
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .split(['/', ':'])
        .next()
        .unwrap_or("heritage-hub");
    format!("workshop-{workshop_id}@{host}")
}

/// `20261209T130000Z`.
fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// TEXT values escape backslashes, semicolons, commas and line breaks.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace(['\n', '\r'], "\\n")
}

/// Splits a content line into lines of at most 75 octets, each continuation starting with a
/// space, never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut length = 0;
    for character in line.chars() {
        if length + character.len_utf8() > 75 {
            folded.push_str("\r\n ");
            length = 1;
        }
        folded.push(character);
        length += character.len_utf8();
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn event(location: Option<&'static str>) -> CalendarEvent<'static> {
        CalendarEvent {
            uid: "workshop-7@heritage-hub.example.org".to_owned(),
            title: "Heritage, climate; and you",
            description: "Line one\nLine two — with a long tail of words that goes well past seventy-five octets, ünïcödé included.",
            starts_at: Utc.with_ymd_and_hms(2026, 12, 9, 13, 0, 0).unwrap(),
            duration_minutes: 90,
            url: "https://heritage-hub.example.org/workshops/climate",
            location,
            stamped_at: Utc.with_ymd_and_hms(2026, 11, 25, 8, 30, 0).unwrap(),
        }
    }

    #[test]
    fn the_uid_names_the_workshop_and_the_site() {
        assert_eq!(
            uid(7, "https://hub.example.org"),
            "workshop-7@hub.example.org"
        );
        assert_eq!(uid(7, "http://127.0.0.1:3000/"), "workshop-7@127.0.0.1");
    }

    #[test]
    fn times_are_utc_and_the_end_follows_the_duration() {
        let ics = event(None).to_ics();
        assert!(ics.contains("\r\nDTSTART:20261209T130000Z\r\n"));
        assert!(ics.contains("\r\nDTEND:20261209T143000Z\r\n"));
        assert!(ics.contains("\r\nUID:workshop-7@heritage-hub.example.org\r\n"));
        assert!(!ics.contains("LOCATION"), "no meeting link without a seat");
        assert!(
            event(Some("https://meet.example.org/x"))
                .to_ics()
                .contains("\r\nLOCATION:https://meet.example.org/x\r\n")
        );
    }

    #[test]
    fn text_is_escaped_and_lines_are_folded_within_75_octets() {
        let ics = event(None).to_ics();
        assert!(ics.contains("SUMMARY:Heritage\\, climate\\; and you\r\n"));
        assert!(ics.contains("DESCRIPTION:Line one\\nLine two"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("ünïcödé included."));
    }
}
