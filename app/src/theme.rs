//! The three challenges of the "triple transformation" a practice can tackle.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    Environmental,
    Digital,
    Social,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Environmental, Theme::Digital, Theme::Social];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::Environmental => "environmental",
            Theme::Digital => "digital",
            Theme::Social => "social",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::Environmental => "Environmental",
            Theme::Digital => "Digital",
            Theme::Social => "Social",
        }
    }

    /// The catalogue's name for the label, for pages in every language.
    pub fn label_key(self) -> &'static str {
        match self {
            Theme::Environmental => "theme-environmental",
            Theme::Digital => "theme-digital",
            Theme::Social => "theme-social",
        }
    }

    pub fn parse(slug: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|theme| theme.slug() == slug.trim())
    }

    /// Reads the comma-separated form stored in the database, ignoring unknown entries.
    pub fn parse_list(stored: &str) -> Vec<Theme> {
        let mut themes: Vec<Theme> = stored.split(',').filter_map(Theme::parse).collect();
        themes.sort_unstable();
        themes.dedup();
        themes
    }

    pub fn join(themes: &[Theme]) -> String {
        themes
            .iter()
            .map(|theme| theme.slug())
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_list_round_trips() {
        let themes = Theme::parse_list("social, digital,unknown,social");
        assert_eq!(themes, vec![Theme::Digital, Theme::Social]);
        assert_eq!(Theme::join(&themes), "digital,social");
    }
}
