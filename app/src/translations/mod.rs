//! The public texts staff write, per language: the call's title, introduction and questions,
//! the home, privacy and accessibility texts, and the email templates.
//!
//! English is the source and stays where each feature keeps it. A version in another language
//! is a row of `translated_text`, keyed by its [`subject`] and language. A page in a language
//! with no version shows the English, marked `lang="en"`; while the English is still the
//! built-in text, the built-in translation of it (`app/content/<lang>/`) stands in.

#[cfg(feature = "ssr")]
pub mod builtin;
#[cfg(feature = "ssr")]
pub mod db;
pub mod editor;
pub mod pages;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// A text as a page shows it, with the language its words are in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    pub text: String,
    pub lang: Lang,
}

impl Shown {
    /// What a page in `lang` shows: the version staff wrote in `lang`; else, while the English
    /// is the built-in text, the built-in translation; else the English.
    pub fn pick(lang: Lang, english: &str, written: Option<String>, builtin: Builtin) -> Shown {
        if let Some(text) = written.filter(|_| lang != Lang::En) {
            return Shown { text, lang };
        }
        if english == builtin.english {
            return Shown {
                text: builtin.translated.to_owned(),
                lang,
            };
        }
        Shown {
            text: english.to_owned(),
            lang: Lang::En,
        }
    }
}

/// A built-in text in English and in the language a page asks for.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    pub english: &'static str,
    pub translated: &'static str,
}

/// The name of a translatable text: `call/title`, `text/privacy/body`, `email/acceptance/subject`.
pub fn subject(parts: &[&str]) -> String {
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILTIN: Builtin = Builtin {
        english: "Privacy notice",
        translated: "Avis de confidentialité",
    };

    #[test]
    fn a_written_version_wins_then_the_builtin_translation_then_english() {
        let written = Some("Protection des données".to_owned());
        assert_eq!(
            Shown::pick(Lang::Fr, "Privacy notice", written.clone(), BUILTIN),
            Shown {
                text: "Protection des données".into(),
                lang: Lang::Fr
            }
        );
        assert_eq!(
            Shown::pick(Lang::Fr, "Privacy notice", None, BUILTIN),
            Shown {
                text: "Avis de confidentialité".into(),
                lang: Lang::Fr
            }
        );
        // Staff rewrote the English: the built-in French no longer says the same.
        let english = Shown::pick(Lang::Fr, "Our privacy notice", None, BUILTIN);
        assert_eq!(english.lang, Lang::En);
        // English pages show the English, whatever is stored for other languages.
        assert_eq!(
            Shown::pick(Lang::En, "Our privacy notice", written, BUILTIN).text,
            "Our privacy notice"
        );
    }
}
