//! Dates as people read them. Times are stored in UTC; the call runs on Brussels time.

use chrono::{DateTime, Utc};

/// "6 weeks and 2 days", "3 days", "5 hours", "less than an hour": how long until `until`.
/// `None` once `until` has passed.
pub fn time_left(now: DateTime<Utc>, until: DateTime<Utc>) -> Option<String> {
    let left = until - now;
    if left <= chrono::TimeDelta::zero() {
        return None;
    }
    let plural = |n: i64, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
    let (weeks, days, hours) = (left.num_weeks(), left.num_days(), left.num_hours());
    Some(if weeks >= 2 {
        match days % 7 {
            0 => plural(weeks, "week"),
            rest => format!("{} and {}", plural(weeks, "week"), plural(rest, "day")),
        }
    } else if days >= 1 {
        plural(days, "day")
    } else if hours >= 1 {
        plural(hours, "hour")
    } else {
        "less than an hour".to_owned()
    })
}

/// "Wednesday 10 January 2024, 23:59 (Brussels time)".
#[cfg(feature = "ssr")]
pub fn in_brussels(at: DateTime<Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::Brussels)
        .format("%A %-d %B %Y, %H:%M (Brussels time)")
        .to_string()
}

/// How a `datetime-local` input writes a time: "2026-01-10T23:59".
#[cfg(feature = "ssr")]
const LOCAL_INPUT: &str = "%Y-%m-%dT%H:%M";

/// A time typed as local time in `zone`. In the autumn's repeated hour the earlier instant is
/// meant; in the spring's missing hour there is none, and the person is asked again.
#[cfg(feature = "ssr")]
pub fn from_local_input(input: &str, zone: chrono_tz::Tz) -> Option<DateTime<Utc>> {
    use chrono::TimeZone;
    let local = chrono::NaiveDateTime::parse_from_str(input.trim(), LOCAL_INPUT).ok()?;
    zone.from_local_datetime(&local)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
}

/// `at` as a `datetime-local` input in `zone` shows it.
#[cfg(feature = "ssr")]
pub fn to_local_input(at: DateTime<Utc>, zone: chrono_tz::Tz) -> String {
    at.with_timezone(&zone).format(LOCAL_INPUT).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeDelta, TimeZone};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 1, 1, 12, 0, 0).unwrap()
    }

    #[test]
    fn time_left_reads_naturally() {
        let cases = [
            (TimeDelta::days(44), Some("6 weeks and 2 days")),
            (TimeDelta::days(14), Some("2 weeks")),
            (TimeDelta::days(13), Some("13 days")),
            (TimeDelta::hours(25), Some("1 day")),
            (TimeDelta::hours(5), Some("5 hours")),
            (TimeDelta::minutes(59), Some("less than an hour")),
            (TimeDelta::zero(), None),
            (TimeDelta::days(-1), None),
        ];
        for (delta, expected) in cases {
            assert_eq!(
                time_left(now(), now() + delta).as_deref(),
                expected,
                "{delta}"
            );
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn brussels_time_follows_daylight_saving() {
        let winter = Utc.with_ymd_and_hms(2024, 1, 10, 22, 59, 0).unwrap();
        assert_eq!(
            in_brussels(winter),
            "Wednesday 10 January 2024, 23:59 (Brussels time)"
        );
        let summer = Utc.with_ymd_and_hms(2024, 7, 1, 8, 0, 0).unwrap();
        assert_eq!(
            in_brussels(summer),
            "Monday 1 July 2024, 10:00 (Brussels time)"
        );
    }
}
