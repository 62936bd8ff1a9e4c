//! Times as staff type them into `datetime-local` inputs. Times are stored in UTC; dates as
//! people read them are `i18n::dates`.

use chrono::{DateTime, Utc};

/// How a `datetime-local` input writes a time: "2026-01-10T23:59".
const LOCAL_INPUT: &str = "%Y-%m-%dT%H:%M";

/// A time typed as local time in `zone`. In the autumn's repeated hour the earlier instant is
/// meant; in the spring's missing hour there is none, and the person is asked again.
pub fn from_local_input(input: &str, zone: chrono_tz::Tz) -> Option<DateTime<Utc>> {
    use chrono::TimeZone;
    let local = chrono::NaiveDateTime::parse_from_str(input.trim(), LOCAL_INPUT).ok()?;
    zone.from_local_datetime(&local)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
}

/// `at` as a `datetime-local` input in `zone` shows it.
pub fn to_local_input(at: DateTime<Utc>, zone: chrono_tz::Tz) -> String {
    at.with_timezone(&zone).format(LOCAL_INPUT).to_string()
}
