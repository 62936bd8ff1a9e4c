//! Dates and sorted lists in the reader's language, from ICU4X's compiled CLDR data. Times are
//! stored in UTC; the call runs on Brussels time.

use std::cmp::Ordering;
use std::sync::LazyLock;

use chrono::{DateTime, Datelike, Utc};
use icu_calendar::{Date, Gregorian};
use icu_collator::{CollatorBorrowed, options::CollatorOptions};
use icu_datetime::{FixedCalendarDateTimeFormatter, fieldsets::YMDE};

use super::{Lang, t_in};

fn locale(lang: Lang) -> icu_locale_core::Locale {
    lang.code()
        .parse()
        .unwrap_or(icu_locale_core::Locale::UNKNOWN)
}

fn position(lang: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|known| *known == lang)
        .unwrap_or(0)
}

/// "Friday, 15 January 2027", "vendredi 15 janvier 2027", "Cümə, 15 yanvar 2027": CLDR's long
/// date with its weekday.
pub fn long_date(lang: Lang, at: DateTime<Utc>) -> String {
    thread_local! {
        // The formatters hold reference-counted data, so each thread keeps its own.
        static FORMATTERS: Vec<Option<FixedCalendarDateTimeFormatter<Gregorian, YMDE>>> = Lang::ALL
            .into_iter()
            .map(|lang| {
                // English as people write it in Europe: the day before the month.
                let locale = if lang == Lang::En { "en-GB".parse().ok() } else { Some(locale(lang)) };
                locale.and_then(|locale: icu_locale_core::Locale| {
                    FixedCalendarDateTimeFormatter::try_new(locale.into(), YMDE::long()).ok()
                })
            })
            .collect();
    }
    let local = at.with_timezone(&chrono_tz::Europe::Brussels);
    let date = u8::try_from(local.month())
        .ok()
        .zip(u8::try_from(local.day()).ok())
        .and_then(|(month, day)| Date::try_new_gregorian(local.year(), month, day).ok());
    FORMATTERS.with(|formatters| match (&formatters[position(lang)], date) {
        (Some(formatter), Some(date)) => formatter.format(&date).to_string(),
        _ => local.format("%Y-%m-%d").to_string(),
    })
}

/// "Friday, 15 January 2027, 23:59 (Brussels time)", as the language puts a date, a time and the
/// zone together.
pub fn in_brussels(lang: Lang, at: DateTime<Utc>) -> String {
    let time = at
        .with_timezone(&chrono_tz::Europe::Brussels)
        .format("%H:%M")
        .to_string();
    t_in(
        lang,
        "datetime-brussels",
        [("date", long_date(lang, at).into()), ("time", time.into())],
    )
}

/// Compares names as the language sorts them ("Č" after "C" in Czech-like orders, "Ü" beside
/// "U" in German, the Armenian and Georgian alphabets in their own order).
pub fn compare(lang: Lang, left: &str, right: &str) -> Ordering {
    static COLLATORS: LazyLock<Vec<Option<CollatorBorrowed<'static>>>> = LazyLock::new(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                CollatorBorrowed::try_new(locale(lang).into(), CollatorOptions::default()).ok()
            })
            .collect()
    });
    match &COLLATORS[position(lang)] {
        Some(collator) => collator.compare(left, right),
        None => left.cmp(right),
    }
}

/// A country's name in `lang`.
pub fn country_name(lang: Lang, country: crate::country::Country) -> String {
    t_in(lang, &format!("country-{}", country.code()), [])
}

/// `countries` with their names in `lang`, in the language's alphabetical order.
pub fn countries_by_name(
    lang: Lang,
    countries: impl IntoIterator<Item = crate::country::Country>,
) -> Vec<(crate::country::Country, String)> {
    let wanted: Vec<_> = countries.into_iter().collect();
    super::catalogue::catalogue(lang)
        .name_order
        .iter()
        .filter_map(|key| crate::country::Country::parse(key.strip_prefix("country-")?).ok())
        .filter(|country| wanted.contains(country))
        .map(|country| (country, country_name(lang, country)))
        .collect()
}

/// "6 weeks and 2 days", "3 days", "5 hours", "less than an hour": how long until `until`.
/// `None` once `until` has passed.
pub fn time_left(lang: Lang, now: DateTime<Utc>, until: DateTime<Utc>) -> Option<String> {
    let left = until - now;
    if left <= chrono::TimeDelta::zero() {
        return None;
    }
    let (weeks, days, hours) = (left.num_weeks(), left.num_days(), left.num_hours());
    Some(if weeks >= 2 {
        t_in(
            lang,
            "time-left-weeks",
            [("weeks", weeks.into()), ("days", (days % 7).into())],
        )
    } else if days >= 1 {
        t_in(lang, "time-left-days", [("days", days.into())])
    } else if hours >= 1 {
        t_in(lang, "time-left-hours", [("hours", hours.into())])
    } else {
        t_in(lang, "time-left-less-than-an-hour", [])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeDelta, TimeZone};

    fn deadline() -> DateTime<Utc> {
        // 23:59 in Brussels, winter time.
        Utc.with_ymd_and_hms(2027, 1, 15, 22, 59, 0).unwrap()
    }

    #[test]
    fn the_deadline_reads_naturally_in_every_language() {
        let expected = [
            (Lang::En, "Friday, 15 January 2027, 23:59 (Brussels time)"),
            (
                Lang::Fr,
                "vendredi 15 janvier 2027 à 23:59 (heure de Bruxelles)",
            ),
            (
                Lang::De,
                "Freitag, 15. Januar 2027, 23:59 Uhr (Brüsseler Zeit)",
            ),
            (
                Lang::Hy,
                "2027 թ․ հունվարի 15, ուրբաթ, ժամը 23:59 (Բրյուսելի ժամանակով)",
            ),
            (
                Lang::Ka,
                "პარასკევი, იანვარი 15, 2027, 23:59 (ბრიუსელის დროით)",
            ),
            (
                Lang::Az,
                "Cümə, 15 yanvar 2027, saat 23:59 (Brüssel vaxtı ilə)",
            ),
        ];
        for (lang, text) in expected {
            assert_eq!(in_brussels(lang, deadline()), text, "{lang:?}");
        }
    }

    #[test]
    fn summer_time_is_brussels_time_too() {
        let summer = Utc.with_ymd_and_hms(2024, 7, 1, 8, 0, 0).unwrap();
        assert_eq!(
            in_brussels(Lang::En, summer),
            "Monday, 1 July 2024, 10:00 (Brussels time)"
        );
    }

    #[test]
    fn time_left_reads_naturally() {
        let now = Utc.with_ymd_and_hms(2024, 1, 1, 12, 0, 0).unwrap();
        let cases = [
            (Lang::En, TimeDelta::days(44), Some("6 weeks and 2 days")),
            (Lang::En, TimeDelta::days(14), Some("2 weeks")),
            (Lang::En, TimeDelta::days(13), Some("13 days")),
            (Lang::En, TimeDelta::hours(25), Some("1 day")),
            (Lang::En, TimeDelta::hours(5), Some("5 hours")),
            (Lang::En, TimeDelta::minutes(59), Some("less than an hour")),
            (Lang::En, TimeDelta::zero(), None),
            (Lang::En, TimeDelta::days(-1), None),
            (Lang::Fr, TimeDelta::days(1), Some("1 jour")),
            (Lang::De, TimeDelta::days(3), Some("3 Tage")),
        ];
        for (lang, delta, expected) in cases {
            assert_eq!(
                time_left(lang, now, now + delta).as_deref(),
                expected,
                "{lang:?} {delta}"
            );
        }
    }

    #[test]
    fn names_sort_in_the_languages_own_order() {
        fn sorted<'a>(lang: Lang, names: &[&'a str]) -> Vec<&'a str> {
            let mut names = names.to_vec();
            names.sort_by(|a, b| compare(lang, a, b));
            names
        }
        assert_eq!(
            sorted(Lang::De, &["Zypern", "Österreich", "Oman"]),
            ["Oman", "Österreich", "Zypern"]
        );
        assert_eq!(
            sorted(Lang::Az, &["Çexiya", "Danimarka", "Cənubi"]),
            ["Cənubi", "Çexiya", "Danimarka"]
        );
        // Georgian's alphabet order is not Unicode's: ტ comes after ს.
        assert_eq!(sorted(Lang::Ka, &["ტ", "ა", "ს"]), ["ა", "ს", "ტ"]);
    }
}
