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

    pub fn default_title(self) -> &'static str {
        match self {
            SiteTextKey::Home => "What happens next",
            SiteTextKey::Privacy => "Privacy notice",
            SiteTextKey::Accessibility => "Accessibility statement",
        }
    }

    pub fn default_body(self) -> &'static str {
        match self {
            SiteTextKey::Home => include_str!("defaults/home.md"),
            SiteTextKey::Privacy => include_str!("defaults/privacy.md"),
            SiteTextKey::Accessibility => include_str!("defaults/accessibility.md"),
        }
    }
}

/// A page's title and Markdown text as an admin submits them.
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
    fn every_default_text_is_valid() {
        for key in SiteTextKey::ALL {
            assert!(SiteText::parse(key.default_title(), key.default_body()).is_ok());
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
