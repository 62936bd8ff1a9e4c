//! The page texts admins edit in Markdown, and their built-in versions.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SiteTextKey {
    /// The home page below the call's introduction.
    Home,
    Privacy,
    Accessibility,
}

impl SiteTextKey {
    pub const ALL: [SiteTextKey; 3] = [
        SiteTextKey::Home,
        SiteTextKey::Privacy,
        SiteTextKey::Accessibility,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SiteTextKey::Home => "home",
            SiteTextKey::Privacy => "privacy",
            SiteTextKey::Accessibility => "accessibility",
        }
    }

    pub fn parse(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|key| key.slug() == slug)
    }

    /// The page the text appears on.
    pub fn path(self) -> &'static str {
        match self {
            SiteTextKey::Home => "/",
            SiteTextKey::Privacy => "/privacy",
            SiteTextKey::Accessibility => "/accessibility",
        }
    }

    /// The built-in text, in every language.
    #[cfg(feature = "ssr")]
    pub fn builtin(self) -> crate::translations::builtin::Text {
        use crate::translations::builtin::Text;
        match self {
            SiteTextKey::Home => Text::Home,
            SiteTextKey::Privacy => Text::Privacy,
            SiteTextKey::Accessibility => Text::Accessibility,
        }
    }

    /// The names of its title and body among the translated texts.
    pub fn subjects(self) -> [String; 2] {
        ["title", "body"].map(|part| crate::translations::subject(&["text", self.slug(), part]))
    }
}

/// A page's title and Markdown text as an admin submits them, in any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteText {
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SiteTextError {
    #[error("Write a title of at most 200 characters.")]
    Title,
    #[error("Write the text: at least one line, at most 50,000 characters.")]
    Body,
}

impl SiteText {
    pub fn parse(title: &str, body: &str) -> Result<Self, SiteTextError> {
        let title = title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            return Err(SiteTextError::Title);
        }
        if body.trim().is_empty() || body.chars().count() > 50_000 {
            return Err(SiteTextError::Body);
        }
        Ok(SiteText {
            title: title.to_owned(),
            body: body.trim_end().to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_text_is_valid_in_every_language() {
        use crate::translations::builtin::{body, title};
        for key in SiteTextKey::ALL {
            for lang in crate::i18n::Lang::ALL {
                let text = key.builtin();
                assert!(SiteText::parse(title(lang, text), body(lang, text)).is_ok());
            }
            assert_eq!(SiteTextKey::parse(key.slug()), Some(key));
        }
    }

    #[test]
    fn empty_or_huge_texts_are_refused() {
        assert_eq!(SiteText::parse(" ", "Text"), Err(SiteTextError::Title));
        assert_eq!(SiteText::parse("Title", "\n "), Err(SiteTextError::Body));
        assert_eq!(
            SiteText::parse("Title", &"a".repeat(50_001)),
            Err(SiteTextError::Body)
        );
    }
}
