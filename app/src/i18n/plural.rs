//! CLDR plural categories ("one", "few", "other", ...): from ICU4X's compiled data on the
//! server, from the browser's own `Intl.PluralRules` in the browser, which carries the same CLDR
//! rules, so the bundle needs no plural data.

use super::Lang;

#[cfg(feature = "ssr")]
pub fn category(lang: Lang, number: i64) -> &'static str {
    use icu_plurals::{PluralCategory, PluralOperands, PluralRules};

    thread_local! {
        // The rules hold reference-counted data, so each thread keeps its own.
        static RULES: Vec<PluralRules> = Lang::ALL
            .into_iter()
            .map(|lang| {
                let locale: icu_locale_core::Locale = lang
                    .code()
                    .parse()
                    .unwrap_or(icu_locale_core::Locale::UNKNOWN);
                // Compiled data holds every language the site offers (the tests check); the
                // root rules are only a safety net.
                PluralRules::try_new_cardinal(locale.into()).unwrap_or_else(|_| {
                    PluralRules::try_new_cardinal(Default::default())
                        .expect("the root plural rules are compiled in")
                })
            })
            .collect();
    }
    let operands: PluralOperands = number.into();
    let position = Lang::ALL
        .iter()
        .position(|known| *known == lang)
        .unwrap_or(0);
    let category = RULES.with(|rules| rules[position].category_for(operands));
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn category(lang: Lang, number: i64) -> &'static str {
    use js_sys::{Array, Intl::PluralRules, JsString, Object};
    thread_local! {
        static RULES: std::cell::RefCell<Vec<(Lang, PluralRules)>> = Default::default();
    }
    let found: String = RULES.with_borrow_mut(|rules| {
        if !rules.iter().any(|(known, _)| *known == lang) {
            let locales = Array::of1(&JsString::from(lang.code()));
            rules.push((lang, PluralRules::new(&locales, &Object::new())));
        }
        rules
            .iter()
            .find(|(known, _)| *known == lang)
            .map(|(_, rules)| rules.select(number as f64).into())
            .unwrap_or_default()
    });
    ["zero", "one", "two", "few", "many"]
        .into_iter()
        .find(|category| *category == found)
        .unwrap_or("other")
}

/// Neither server nor browser (the fuzz targets): English's rule.
#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
pub fn category(_lang: Lang, number: i64) -> &'static str {
    if number == 1 { "one" } else { "other" }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    /// CLDR's cardinal rules: Armenian and French count 0 as "one"; German, English, Georgian
    /// and Azerbaijani only 1.
    #[test]
    fn plural_categories_follow_cldr() {
        let expected = [
            (Lang::En, ["other", "one", "other", "other", "other"]),
            (Lang::Fr, ["one", "one", "other", "other", "other"]),
            (Lang::De, ["other", "one", "other", "other", "other"]),
            (Lang::Hy, ["one", "one", "other", "other", "other"]),
            (Lang::Ka, ["other", "one", "other", "other", "other"]),
            (Lang::Az, ["other", "one", "other", "other", "other"]),
        ];
        for (lang, categories) in expected {
            for (number, category) in [0, 1, 2, 5, 21].into_iter().zip(categories) {
                assert_eq!(super::category(lang, number), category, "{lang:?} {number}");
            }
        }
    }
}
