//! The built-in public texts in every language, from `app/content/<lang>/`: a page text or the
//! call has its title on the first line and its Markdown after an empty line; an email its
//! subject, then its body; the questions and answers are Markdown only.

use super::Builtin;
use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Home,
    Privacy,
    Accessibility,
    /// The call's title and introduction.
    Call,
    Faq,
    Acknowledgement,
    Acceptance,
    Rejection,
}

macro_rules! content_files {
    ($($lang:literal),*) => {
        [$([
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content/", $lang, "/home.md")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content/", $lang, "/privacy.md")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content/", $lang, "/accessibility.md")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content/", $lang, "/call.md")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content/", $lang, "/faq.md")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content/", $lang, "/acknowledgement.txt")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content/", $lang, "/acceptance.txt")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content/", $lang, "/rejection.txt")),
        ]),*]
    };
}

/// In the order of [`Lang::ALL`], then of [`Text`].
static FILES: [[&str; 8]; 6] = content_files!("en", "fr", "de", "hy", "ka", "az");

fn file(lang: Lang, text: Text) -> &'static str {
    let lang = Lang::ALL
        .iter()
        .position(|known| *known == lang)
        .unwrap_or(0);
    FILES[lang][text as usize]
}

/// The first line (a title or subject) and the rest; the questions and answers have no title.
fn parts(lang: Lang, text: Text) -> (&'static str, &'static str) {
    let file = file(lang, text);
    if text == Text::Faq {
        return ("", file.trim_end());
    }
    let (first, rest) = file.split_once('\n').unwrap_or((file, ""));
    (first.trim(), rest.trim_start_matches('\n').trim_end())
}

/// The title (or subject) of `text` in `lang`.
pub fn title(lang: Lang, text: Text) -> &'static str {
    parts(lang, text).0
}

/// The Markdown (or plain email body) of `text` in `lang`.
pub fn body(lang: Lang, text: Text) -> &'static str {
    parts(lang, text).1
}

/// The built-in title of `text`, in English and in `lang`.
pub fn title_in(lang: Lang, text: Text) -> Builtin {
    Builtin {
        english: title(Lang::En, text),
        translated: title(lang, text),
    }
}

/// The built-in body of `text`, in English and in `lang`.
pub fn body_in(lang: Lang, text: Text) -> Builtin {
    Builtin {
        english: body(Lang::En, text),
        translated: body(lang, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Text; 8] = [
        Text::Home,
        Text::Privacy,
        Text::Accessibility,
        Text::Call,
        Text::Faq,
        Text::Acknowledgement,
        Text::Acceptance,
        Text::Rejection,
    ];

    /// Every language has every text, translated (not an English copy), with the English
    /// text's Markdown headings and its email placeholders.
    #[test]
    fn every_text_is_translated_with_the_same_structure() {
        let headings = |text: &str| text.lines().filter(|line| line.starts_with('#')).count();
        let placeholders = |text: &str| {
            let mut found: Vec<String> = text
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
                .collect();
            found.sort_unstable();
            found
        };
        for lang in Lang::ALL {
            for text in ALL {
                let (english, translated) = (body(Lang::En, text), body(lang, text));
                assert!(!translated.is_empty(), "{lang:?} {text:?}");
                assert_eq!(headings(translated), headings(english), "{lang:?} {text:?}");
                assert_eq!(
                    placeholders(&format!("{} {translated}", title(lang, text))),
                    placeholders(&format!("{} {english}", title(Lang::En, text))),
                    "{lang:?} {text:?}"
                );
                if lang != Lang::En {
                    assert_ne!(translated, english, "{lang:?} {text:?} is English");
                    if text != Text::Faq {
                        assert_ne!(
                            title(lang, text),
                            title(Lang::En, text),
                            "{lang:?} {text:?}"
                        );
                    }
                }
            }
        }
    }
}
