//! The catalogues as translators leave them: complete, consistent, used, and translated.

use std::collections::BTreeSet;

use super::catalogue::{arguments, catalogue, sources};
use super::*;

fn keys(lang: Lang) -> BTreeSet<String> {
    catalogue(lang).all.keys().cloned().collect()
}

#[test]
fn every_catalogue_reads_without_errors() {
    for lang in Lang::ALL {
        assert_eq!(catalogue(lang).errors, Vec::<String>::new(), "{lang:?}");
    }
}

#[test]
fn every_language_has_every_key_and_no_other() {
    let english = keys(Lang::En);
    for lang in Lang::ALL {
        let theirs = keys(lang);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?}: missing {missing:?}, not in English {extra:?}"
        );
    }
}

#[test]
fn every_message_takes_the_same_arguments_in_every_language() {
    let english = catalogue(Lang::En);
    for lang in Lang::ALL {
        for (key, pattern) in catalogue(lang).all.iter() {
            let expected = english.all.get(key).map(|pattern| arguments(pattern));
            assert_eq!(Some(arguments(pattern)), expected, "{lang:?} {key}");
        }
    }
}

/// Every file is split the same way in every language, so a message keeps its audience.
#[test]
fn every_language_has_the_same_files() {
    let files = |lang| {
        sources(lang)
            .iter()
            .map(|source| (source.file, source.public))
            .collect::<Vec<_>>()
    };
    for lang in Lang::ALL {
        assert_eq!(files(lang), files(Lang::En), "{lang:?}");
    }
}

/// A key is used when the code names it in quotes; the names of countries and languages are
/// used through their codes.
#[test]
fn every_key_is_used() {
    let mut code = String::new();
    let mut folders = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs")
                && !path.ends_with("i18n/tests.rs")
            {
                code.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let names: BTreeSet<String> = crate::country::COUNTRIES
        .iter()
        .map(|(code, _)| format!("country-{code}"))
        .chain(
            crate::written_language::WRITTEN_LANGUAGES
                .iter()
                .map(|&code| {
                    crate::written_language::WrittenLanguage::parse(code)
                        .unwrap()
                        .name_key()
                }),
        )
        .collect();
    let unused: Vec<_> = keys(Lang::En)
        .into_iter()
        .filter(|key| !names.contains(key) && !code.contains(&format!("\"{key}\"")))
        .collect();
    assert!(unused.is_empty(), "unused keys: {unused:?}");
    for key in &names {
        assert!(keys(Lang::En).contains(key), "{key} has no name");
    }
}

/// The English names are the ones the country list has always had.
#[test]
fn english_country_names_are_the_lists() {
    for (code, name) in crate::country::COUNTRIES {
        assert_eq!(t_in(Lang::En, &format!("country-{code}"), []), *name);
    }
}

/// Translations, not copies: a message may read as in English (a name, "OK"), but few do.
#[test]
fn translations_are_not_english_copies() {
    let english = catalogue(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        let theirs = catalogue(lang);
        let copies: Vec<_> = theirs
            .all
            .iter()
            .filter(|(key, pattern)| {
                english.all.get(*key) == Some(pattern)
                    && pattern.iter().any(|piece| matches!(piece, Piece::Text(text) if text.split_whitespace().count() > 1))
            })
            .map(|(key, _)| key.clone())
            .collect();
        assert!(
            copies.len() * 20 <= theirs.all.len(),
            "{lang:?} copies English: {copies:?}"
        );
    }
}

#[test]
fn plurals_choose_by_category_and_exact_number() {
    let cases = [(
        Lang::En,
        [0, 1, 2, 5, 21],
        ["0 days", "1 day", "2 days", "5 days", "21 days"],
    )];
    for (lang, numbers, expected) in cases {
        for (number, text) in numbers.into_iter().zip(expected) {
            assert_eq!(
                t_in(lang, "time-left-days", [("days", number.into())]),
                text
            );
        }
    }
    for lang in Lang::ALL {
        for number in [0, 1, 2, 5, 21] {
            let text = t_in(lang, "time-left-days", [("days", number.into())]);
            assert!(
                text.contains(&number.to_string()),
                "{lang:?} {number}: {text}"
            );
        }
    }
    assert_eq!(
        t_in(
            Lang::En,
            "time-left-weeks",
            [("weeks", 3.into()), ("days", 0.into())]
        ),
        "3 weeks"
    );
    assert_eq!(
        t_in(
            Lang::En,
            "time-left-weeks",
            [("weeks", 2.into()), ("days", 1.into())]
        ),
        "2 weeks and 1 day"
    );
}

/// The number table every language writes numbers with is CLDR's, as ICU4X formats them.
#[test]
fn numbers_are_written_as_cldr_says() {
    use icu_decimal::DecimalFormatter;
    for lang in Lang::ALL {
        let locale: icu_locale_core::Locale = lang.code().parse().unwrap();
        let formatter = DecimalFormatter::try_new(locale.into(), Default::default()).unwrap();
        for number in [0_i64, 7, 999, 1000, 12_345, 1_234_567, -4200] {
            let decimal = fixed_decimal::Decimal::from(number);
            assert_eq!(
                lang.format_number(number),
                formatter.format(&decimal).to_string(),
                "{lang:?} {number}"
            );
        }
    }
}

#[test]
fn a_message_can_wrap_an_element() {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(I18n::new(Lang::En));
        let (before, after) = t_around("home-deadline", "deadline", []);
        assert_eq!((before.as_str(), after.as_str()), ("Deadline: ", ""));
    });
}

#[test]
fn the_page_script_cannot_be_closed_by_a_message() {
    let script = I18n::new(Lang::Fr).page_script();
    assert!(!script.contains('<'));
    let parsed: serde_json::Value = serde_json::from_str(&script).unwrap();
    assert_eq!(parsed["lang"], "fr");
    assert!(parsed["messages"]["nav-home"].is_array());
}

/// The codes of the names with `prefix`, in `lang`'s order.
fn name_order(lang: Lang, prefix: &str) -> Vec<String> {
    catalogue(lang)
        .name_order
        .iter()
        .filter_map(|key| Some(key.strip_prefix(prefix)?.to_owned()))
        .collect()
}

/// Each language lists the languages a practice is written in in its own alphabetical order.
#[test]
fn written_languages_follow_each_languages_order() {
    use crate::written_language::{WRITTEN_LANGUAGES, WrittenLanguage};
    let prefix = WrittenLanguage::NAME_PREFIX;
    for lang in Lang::ALL {
        let order = name_order(lang, prefix);
        assert_eq!(order.len(), WRITTEN_LANGUAGES.len(), "{lang:?}");
        let names: Vec<String> = order
            .iter()
            .map(|code| t_in(lang, &format!("{prefix}{code}"), []))
            .collect();
        assert!(
            names
                .windows(2)
                .all(|pair| dates::compare(lang, &pair[0], &pair[1]).is_lt()),
            "{lang:?}: {names:?}"
        );
    }
    assert_eq!(name_order(Lang::En, prefix)[0], "sq");
}

/// Each language lists the countries in its own alphabetical order.
#[test]
fn countries_follow_each_languages_order() {
    let order = |lang| name_order(lang, "country-");
    let position = |lang, code: &str| order(lang).iter().position(|known| known == code).unwrap();
    // Albania first in English; Austria ("Österreich") between Norway and Poland in German.
    assert_eq!(order(Lang::En)[0], "AL");
    assert!(position(Lang::De, "NO") < position(Lang::De, "AT"));
    assert!(position(Lang::De, "AT") < position(Lang::De, "PL"));
    for lang in Lang::ALL {
        assert_eq!(
            order(lang).len(),
            crate::country::COUNTRIES.len(),
            "{lang:?}"
        );
        let names: Vec<String> = order(lang)
            .iter()
            .map(|code| t_in(lang, &format!("country-{code}"), []))
            .collect();
        assert!(
            names
                .windows(2)
                .all(|pair| dates::compare(lang, &pair[0], &pair[1]).is_le()),
            "{lang:?}: {names:?}"
        );
    }
    // Georgian and Armenian names sort in their own scripts, not as Latin letters.
    let georgian_first = t_in(Lang::Ka, &format!("country-{}", order(Lang::Ka)[0]), []);
    assert!(georgian_first.starts_with('ა'), "{georgian_first}");
    let armenian_first = t_in(Lang::Hy, &format!("country-{}", order(Lang::Hy)[0]), []);
    assert!(armenian_first.starts_with('Ա'), "{armenian_first}");
}

/// The English labels staff pages and exports use are the catalogue's English texts.
#[test]
fn english_labels_are_the_catalogues() {
    use crate::submission::organisation::OrganisationType;
    use crate::theme::Theme;
    for theme in Theme::ALL {
        assert_eq!(t_in(Lang::En, theme.label_key(), []), theme.label());
    }
    for kind in OrganisationType::ALL {
        assert_eq!(t_in(Lang::En, kind.label_key(), []), kind.label());
    }
}
