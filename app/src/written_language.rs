//! The languages a practice can be described in: the call's six, the other official languages
//! of the countries it is open to, and the regional ones their cultural-heritage sector writes
//! in. The applicant's texts are published as written, marked with this language.

use serde::{Deserialize, Serialize};

/// BCP 47 codes; each has a `language-name-{code}` message in every catalogue.
pub const WRITTEN_LANGUAGES: &[&str] = &[
    "sq", "hy", "az", "eu", "be", "bs", "bg", "ca", "hr", "cs", "da", "nl", "en", "et", "fi", "fr",
    "gl", "ka", "de", "el", "hu", "is", "ga", "it", "lv", "lt", "lb", "mk", "mt", "cnr", "no",
    "pl", "pt", "ro", "ru", "sr", "sk", "sl", "es", "sv", "tr", "uk", "cy",
];

/// A language from [`WRITTEN_LANGUAGES`]; the only way to get one is to parse a known code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WrittenLanguage(&'static str);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a language of the list")]
pub struct UnknownLanguage;

impl From<UnknownLanguage> for crate::i18n::Message {
    fn from(_: UnknownLanguage) -> Self {
        crate::i18n::Message::new("error-no-choice")
    }
}

impl WrittenLanguage {
    /// The message prefix of the languages' names.
    pub const NAME_PREFIX: &'static str = "language-name-";

    pub fn parse(code: &str) -> Result<Self, UnknownLanguage> {
        let code = code.trim();
        WRITTEN_LANGUAGES
            .iter()
            .find(|known| known.eq_ignore_ascii_case(code))
            .map(|&code| WrittenLanguage(code))
            .ok_or(UnknownLanguage)
    }

    /// For the `lang` attribute of the texts written in it.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The catalogue's name for the language, for pages in every language.
    pub fn name_key(self) -> String {
        format!("{}{}", Self::NAME_PREFIX, self.0)
    }
}

impl TryFrom<String> for WrittenLanguage {
    type Error = UnknownLanguage;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        WrittenLanguage::parse(&code)
    }
}

impl From<WrittenLanguage> for String {
    fn from(language: WrittenLanguage) -> Self {
        language.code().to_owned()
    }
}

impl From<crate::i18n::Lang> for WrittenLanguage {
    /// Every language of the site is one a practice can be written in.
    fn from(lang: crate::i18n::Lang) -> Self {
        WrittenLanguage::parse(lang.code()).unwrap_or(WrittenLanguage("en"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn codes_are_unique_and_include_every_language_of_the_site() {
        let mut codes = WRITTEN_LANGUAGES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), WRITTEN_LANGUAGES.len());
        for lang in Lang::ALL {
            assert_eq!(WrittenLanguage::from(lang).code(), lang.code());
        }
    }

    #[test]
    fn parses_known_codes_only() {
        assert_eq!(
            WrittenLanguage::parse(" KA ").map(WrittenLanguage::code),
            Ok("ka")
        );
        assert_eq!(WrittenLanguage::parse("xx"), Err(UnknownLanguage));
        assert_eq!(WrittenLanguage::parse(""), Err(UnknownLanguage));
    }
}
