//! The staff's workshop form and its rules. Times are typed as local time in a zone the admin
//! picks (a speaker in Tbilisi may plan in Tbilisi time) and stored in UTC. Turning local times
//! into UTC needs the time-zone database, which stays out of the browser bundle, so these rules
//! run on the server, which names every problem at once.

use serde::{Deserialize, Serialize};

/// The zones a workshop can be planned in: Brussels first (the call's own), then the zones of
/// the call's countries from west to east.
pub const TIME_ZONES: [(&str, &str); 12] = [
    ("Europe/Brussels", "Brussels time (Central European)"),
    ("Europe/Lisbon", "Lisbon time"),
    ("Europe/London", "London time"),
    ("Europe/Dublin", "Dublin time"),
    ("Europe/Athens", "Athens time (Eastern European)"),
    ("Europe/Helsinki", "Helsinki time"),
    ("Europe/Kyiv", "Kyiv time"),
    ("Europe/Istanbul", "Istanbul time"),
    ("Asia/Tbilisi", "Tbilisi time"),
    ("Asia/Yerevan", "Yerevan time"),
    ("Asia/Baku", "Baku time"),
    ("UTC", "UTC"),
];

/// The workshop as the form shows and posts it; times as a `datetime-local` input writes them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkshopForm {
    pub title: String,
    pub slug: String,
    pub theme: String,
    pub description: String,
    pub time_zone: String,
    pub starts_at: String,
    pub duration_minutes: String,
    pub capacity: String,
    pub meeting_url: String,
    pub registration_opens_at: String,
    pub registration_closes_at: String,
}

#[cfg(feature = "ssr")]
pub use checked::WorkshopEdit;

#[cfg(feature = "ssr")]
mod checked {
    use chrono::{DateTime, Utc};

    use super::WorkshopForm;
    use crate::gallery::editing::Slug;
    use crate::submission::fields::{FieldErrors, LongText, ShortText, WebAddress};

    /// A workshop whose every field is acceptable.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct WorkshopEdit {
        pub title: ShortText,
        pub slug: Slug,
        pub theme: ShortText,
        pub description: LongText,
        pub starts_at: DateTime<Utc>,
        pub duration_minutes: i32,
        pub capacity: i32,
        pub meeting_url: Option<WebAddress>,
        pub registration_opens_at: DateTime<Utc>,
        pub registration_closes_at: DateTime<Utc>,
    }

    fn whole_number(input: &str, range: std::ops::RangeInclusive<i32>) -> Result<i32, String> {
        input
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|number| range.contains(number))
            .ok_or_else(|| {
                format!(
                    "Enter a whole number from {} to {}.",
                    range.start(),
                    range.end()
                )
            })
    }

    /// A time typed in `zone`; without a zone there is nothing to read it in.
    fn local_time(zone: Option<chrono_tz::Tz>, input: &str) -> Result<DateTime<Utc>, &'static str> {
        zone.and_then(|zone| crate::time::from_local_input(input, zone))
            .ok_or("Enter a date and time, such as 2026-12-09 14:00, that exists in the chosen time zone.")
    }

    impl WorkshopForm {
        /// Every problem at once, in the order of the form.
        pub fn parse(&self) -> Result<WorkshopEdit, FieldErrors> {
            let mut errors = FieldErrors::default();
            let title = errors.check("title", ShortText::parse(&self.title));
            let slug = errors.check("slug", Slug::parse(&self.slug));
            let theme = errors.check("theme", ShortText::parse(&self.theme));
            let description = errors.check("description", LongText::parse(&self.description));
            let zone = errors.check(
                "time_zone",
                super::TIME_ZONES
                    .iter()
                    .find(|(name, _)| *name == self.time_zone.trim())
                    .and_then(|(name, _)| name.parse::<chrono_tz::Tz>().ok())
                    .ok_or("Choose a time zone from the list."),
            );
            let starts_at = errors.check("starts_at", local_time(zone, &self.starts_at));
            let duration_minutes = errors.check(
                "duration_minutes",
                whole_number(&self.duration_minutes, 15..=480),
            );
            let capacity = errors.check("capacity", whole_number(&self.capacity, 1..=10_000));
            let meeting_url = errors.check(
                "meeting_url",
                match self.meeting_url.trim() {
                    "" => Ok(None),
                    address => WebAddress::parse(address).map(Some),
                },
            );
            let opens = errors.check(
                "registration_opens_at",
                local_time(zone, &self.registration_opens_at),
            );
            let closes = errors.check(
                "registration_closes_at",
                local_time(zone, &self.registration_closes_at),
            );
            if let (Some(opens), Some(closes)) = (opens, closes)
                && closes <= opens
            {
                errors.add(
                    "registration_closes_at",
                    "Sign-ups must close after they open.",
                );
            }
            if let (Some(starts), Some(closes)) = (starts_at, closes)
                && closes > starts
            {
                errors.add(
                    "registration_closes_at",
                    "Sign-ups must close by the time the workshop starts.",
                );
            }
            let edit = (|| {
                Some(WorkshopEdit {
                    title: title?,
                    slug: slug?,
                    theme: theme?,
                    description: description?,
                    starts_at: starts_at?,
                    duration_minutes: duration_minutes?,
                    capacity: capacity?,
                    meeting_url: meeting_url?,
                    registration_opens_at: opens?,
                    registration_closes_at: closes?,
                })
            })();
            errors.into_result(edit)
        }
    }

    #[cfg(test)]
    mod tests {
        use chrono::TimeZone;

        use super::*;

        pub fn complete() -> WorkshopForm {
            WorkshopForm {
                title: "Heritage and climate adaptation".into(),
                slug: "heritage-and-climate".into(),
                theme: "Environmental".into(),
                description: "How historic towns prepare for heat.".into(),
                time_zone: "Asia/Tbilisi".into(),
                starts_at: "2026-12-09T17:00".into(),
                duration_minutes: "90".into(),
                capacity: "100".into(),
                meeting_url: "https://meet.example.org/climate".into(),
                registration_opens_at: "2026-11-01T09:00".into(),
                registration_closes_at: "2026-12-09T15:00".into(),
            }
        }

        #[test]
        fn times_typed_in_the_chosen_zone_are_stored_in_utc() {
            let edit = complete().parse().unwrap();
            // 17:00 in Tbilisi (UTC+4) is 13:00 UTC, 14:00 in Brussels.
            assert_eq!(
                edit.starts_at,
                Utc.with_ymd_and_hms(2026, 12, 9, 13, 0, 0).unwrap()
            );
            assert_eq!(edit.capacity, 100);
            assert_eq!(
                edit.meeting_url.map(|url| url.as_str().to_owned()),
                Some("https://meet.example.org/climate".to_owned())
            );
        }

        #[test]
        fn a_time_that_does_not_exist_in_the_zone_is_refused() {
            // Brussels skips from 02:00 to 03:00 on 29 March 2026.
            let form = WorkshopForm {
                time_zone: "Europe/Brussels".into(),
                starts_at: "2026-03-29T02:30".into(),
                registration_opens_at: "2026-03-01T09:00".into(),
                registration_closes_at: "2026-03-28T09:00".into(),
                ..complete()
            };
            let errors = form.parse().unwrap_err();
            let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
            assert_eq!(fields, ["starts_at"]);
        }

        #[test]
        fn every_problem_is_named_at_once_in_the_order_of_the_form() {
            let errors = WorkshopForm::default().parse().unwrap_err();
            let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
            assert_eq!(
                fields,
                [
                    "title",
                    "slug",
                    "theme",
                    "description",
                    "time_zone",
                    "starts_at",
                    "duration_minutes",
                    "capacity",
                    "registration_opens_at",
                    "registration_closes_at"
                ]
            );
        }

        #[test]
        fn sign_ups_close_after_they_open_and_by_the_start() {
            let late = WorkshopForm {
                registration_closes_at: "2026-12-09T18:00".into(),
                ..complete()
            };
            let errors = late.parse().unwrap_err();
            assert_eq!(
                errors.english_for("registration_closes_at").as_deref(),
                Some("Sign-ups must close by the time the workshop starts.")
            );
            let backwards = WorkshopForm {
                registration_closes_at: "2026-10-01T09:00".into(),
                ..complete()
            };
            assert_eq!(
                backwards
                    .parse()
                    .unwrap_err()
                    .english_for("registration_closes_at")
                    .as_deref(),
                Some("Sign-ups must close after they open.")
            );
            let unknown_zone = WorkshopForm {
                time_zone: "Mars/Olympus".into(),
                ..complete()
            };
            let errors = unknown_zone.parse().unwrap_err();
            let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
            assert_eq!(
                fields,
                [
                    "time_zone",
                    "starts_at",
                    "registration_opens_at",
                    "registration_closes_at"
                ]
            );
        }
    }
}
