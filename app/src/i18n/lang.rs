//! The six languages of the site, where a page's address names them, and which one a visitor
//! prefers.

use serde::{Deserialize, Serialize};

/// A language of the public site. English is the default and keeps the unprefixed addresses;
/// the others live under their code: `/fr/submit`, `/ka/practices/...`.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
    De,
    Hy,
    Ka,
    Az,
}

/// The cookie that remembers the language a visitor chose in the switcher.
pub const LANG_COOKIE: &str = "hh_lang";

/// The query parameter of the switcher's links: the server remembers the choice and sends the
/// visitor on to the address without it.
pub const CHOOSE_PARAMETER: &str = "lang";

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::De, Lang::Hy, Lang::Ka, Lang::Az];

    /// The BCP 47 code, as in `<html lang>` and the address prefix.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Hy => "hy",
            Lang::Ka => "ka",
            Lang::Az => "az",
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Hy => "Հայերեն",
            Lang::Ka => "ქართული",
            Lang::Az => "Azərbaycanca",
        }
    }

    /// The language's name in English, for the staff pages.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "French",
            Lang::De => "German",
            Lang::Hy => "Armenian",
            Lang::Ka => "Georgian",
            Lang::Az => "Azerbaijani",
        }
    }

    /// A code as people and browsers write it: any case, with or without a region or script
    /// (`de-AT`, `az-Latn`). Azerbaijani in Cyrillic script is not offered.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        let mut parts = tag.split(['-', '_']);
        let language = parts.next()?;
        let lang = Lang::ALL.into_iter().find(|lang| lang.code() == language)?;
        let cyrillic = parts.any(|part| part == "cyrl");
        (!cyrillic).then_some(lang)
    }

    /// `path` (an address on this site, from its first `/`) in this language.
    pub fn href(self, path: &str) -> String {
        match self {
            Lang::En => path.to_owned(),
            _ if path == "/" => format!("/{}", self.code()),
            _ => format!("/{}{path}", self.code()),
        }
    }

    /// The language an address is in and the address as English has it:
    /// `/fr/submit` → (French, `/submit`), `/fr` → (French, `/`), `/submit` → (English, `/submit`).
    pub fn split_path(path: &str) -> (Lang, &str) {
        let rest = path.strip_prefix('/').unwrap_or(path);
        let (first, tail) = match rest.find('/') {
            Some(slash) => (&rest[..slash], &rest[slash..]),
            None => (rest, "/"),
        };
        match Lang::ALL
            .into_iter()
            .find(|lang| *lang != Lang::En && lang.code() == first)
        {
            Some(lang) => (lang, tail),
            None => (Lang::En, path),
        }
    }

    /// The best of the site's languages for an `Accept-Language` header, by the weights the
    /// browser gives; `None` when it names none of them.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for (position, entry) in header.split(',').take(32).enumerate() {
            let mut parts = entry.split(';');
            let Some(lang) = parts.next().and_then(Lang::parse) else {
                continue;
            };
            let weight = parts
                .find_map(|part| part.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            // Equal weights keep the browser's order.
            let weight = weight - position as f32 * 1e-4;
            if weight > 0.0 && best.is_none_or(|(best, _)| weight > best) {
                best = Some((weight, lang));
            }
        }
        best.map(|(_, lang)| lang)
    }

    /// The language remembered in a `Cookie` header.
    pub fn from_cookie_header(header: &str) -> Option<Lang> {
        header.split(';').find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == LANG_COOKIE).then(|| Lang::parse(value)).flatten()
        })
    }

    /// A whole number with its digits grouped as the language writes them (CLDR's
    /// symbols and grouping, checked against ICU4X by the tests). One table for the server and
    /// the browser, so a page reads the same before and after hydration.
    pub fn format_number(self, number: i64) -> String {
        let group = match self {
            Lang::En => ",",
            Lang::Fr => "\u{202f}",
            Lang::De | Lang::Az => ".",
            Lang::Hy | Lang::Ka => "\u{a0}",
        };
        // Armenian and Georgian leave four-digit numbers whole: 1000, 12 345.
        let min_digits_to_group = if matches!(self, Lang::Hy | Lang::Ka) {
            5
        } else {
            4
        };
        let whole = number.unsigned_abs().to_string();
        let mut grouped = String::with_capacity(whole.len() + 8);
        if number < 0 {
            grouped.push('-');
        }
        for (index, digit) in whole.chars().enumerate() {
            if index > 0
                && (whole.len() - index).is_multiple_of(3)
                && whole.len() >= min_digits_to_group
            {
                grouped.push_str(group);
            }
            grouped.push(digit);
        }
        grouped
    }
}

/// The router's first segment of a public page: the language's prefix (`/fr`), or nothing for
/// English. One route per page then serves every language, and an unknown prefix (`/xx/...`,
/// `/en/...`) matches no page.
#[derive(Debug, Clone, Copy)]
pub struct LanguagePrefix;

impl leptos_router::PossibleRouteMatch for LanguagePrefix {
    fn optional(&self) -> bool {
        false
    }

    fn test<'a>(&self, path: &'a str) -> Option<leptos_router::PartialPathMatch<'a>> {
        let length = match Lang::split_path(path) {
            (Lang::En, _) => 0,
            (lang, _) if path.starts_with('/') => 1 + lang.code().len(),
            (lang, _) => lang.code().len(),
        };
        let (matched, remaining) = path.split_at(length);
        Some(leptos_router::PartialPathMatch::new(
            remaining,
            Vec::new(),
            matched,
        ))
    }

    /// The server's route table gets each page with and without a `{lang}` segment.
    fn generate_path(&self, path: &mut Vec<leptos_router::PathSegment>) {
        path.push(leptos_router::PathSegment::OptionalParam("lang".into()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_routers_prefix_segment_takes_only_a_language() {
        use leptos_router::PossibleRouteMatch;
        let split = |path: &'static str| {
            let found = LanguagePrefix.test(path).expect("always matches");
            (found.matched(), found.remaining())
        };
        assert_eq!(split("/fr/practices"), ("/fr", "/practices"));
        assert_eq!(split("/ka"), ("/ka", ""));
        assert_eq!(split("/practices"), ("", "/practices"));
        assert_eq!(split("/"), ("", "/"));
        // English has no prefix, and a longer first segment is not a language.
        assert_eq!(split("/en/practices"), ("", "/en/practices"));
        assert_eq!(split("/french/x"), ("", "/french/x"));
    }

    #[test]
    fn addresses_carry_the_language() {
        assert_eq!(Lang::En.href("/submit"), "/submit");
        assert_eq!(Lang::Fr.href("/submit"), "/fr/submit");
        assert_eq!(Lang::Ka.href("/"), "/ka");
        assert_eq!(
            Lang::split_path("/fr/submit/organisation"),
            (Lang::Fr, "/submit/organisation")
        );
        assert_eq!(Lang::split_path("/hy"), (Lang::Hy, "/"));
        assert_eq!(Lang::split_path("/submit"), (Lang::En, "/submit"));
        assert_eq!(Lang::split_path("/en/submit"), (Lang::En, "/en/submit"));
        assert_eq!(Lang::split_path("/frites"), (Lang::En, "/frites"));
        assert_eq!(Lang::split_path("/"), (Lang::En, "/"));
        for lang in Lang::ALL {
            for path in ["/", "/practices/old-town"] {
                assert_eq!(Lang::split_path(&lang.href(path)), (lang, path));
            }
        }
    }

    #[test]
    fn the_browsers_preference_is_weighed() {
        let cases = [
            (
                "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5",
                Some(Lang::Fr),
            ),
            ("ru-RU,ru;q=0.9,hy;q=0.8,en;q=0.7", Some(Lang::Hy)),
            ("en;q=0.5, ka;q=0.9", Some(Lang::Ka)),
            ("az-Cyrl-AZ, de;q=0.1", Some(Lang::De)),
            ("az-Latn-AZ", Some(Lang::Az)),
            ("es-ES, it;q=0.5", None),
            ("de;q=0, fr;q=banana", None),
            ("", None),
        ];
        for (header, expected) in cases {
            assert_eq!(Lang::from_accept_language(header), expected, "{header}");
        }
    }

    #[test]
    fn the_cookie_remembers_a_choice() {
        assert_eq!(
            Lang::from_cookie_header("a=1; hh_lang=ka; b=2"),
            Some(Lang::Ka)
        );
        assert_eq!(Lang::from_cookie_header("hh_lang=xx"), None);
        assert_eq!(Lang::from_cookie_header("other_hh_lang=fr"), None);
    }
}
