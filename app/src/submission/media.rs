//! Step 6: images and documents. The upload rules (types, sizes, counts) live with the upload
//! code; here are the details people type about each image, and the web links.

use serde::{Deserialize, Serialize};

use super::fields::{FieldErrors, NoChoice, ShortText, Text, WebAddress};

pub const MAX_IMAGES: usize = 10;
pub const MAX_DOCUMENTS: usize = 3;
pub const MAX_IMAGE_BYTES: u64 = 10 * 1024 * 1024;
pub const MAX_DOCUMENT_BYTES: u64 = 20 * 1024 * 1024;
pub const MAX_LINKS: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Licence {
    CcBy,
    CcBySa,
    Cc0,
    AllRightsReserved,
}

impl Licence {
    pub const ALL: [Licence; 4] = [
        Licence::CcBy,
        Licence::CcBySa,
        Licence::Cc0,
        Licence::AllRightsReserved,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Licence::CcBy => "cc-by-4.0",
            Licence::CcBySa => "cc-by-sa-4.0",
            Licence::Cc0 => "cc0",
            Licence::AllRightsReserved => "all-rights-reserved",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Licence::CcBy => "CC BY 4.0",
            Licence::CcBySa => "CC BY-SA 4.0",
            Licence::Cc0 => "CC0 (public domain)",
            Licence::AllRightsReserved => "All rights reserved, published with permission",
        }
    }

    pub fn parse(slug: &str) -> Result<Self, NoChoice> {
        Self::ALL
            .into_iter()
            .find(|licence| licence.slug() == slug.trim())
            .ok_or(NoChoice)
    }
}

/// What is typed about one image.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImageDetailsAnswers {
    pub caption: String,
    pub alt_text: String,
    pub credit: String,
    pub licence: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageDetails {
    pub caption: Option<ShortText>,
    /// What the image shows, for people who cannot see it.
    pub alt_text: Text<300>,
    pub credit: Option<ShortText>,
    pub licence: Licence,
}

impl ImageDetailsAnswers {
    pub fn parse(&self) -> Result<ImageDetails, FieldErrors> {
        let mut errors = FieldErrors::default();
        let caption = errors.check("caption", ShortText::parse_optional(&self.caption));
        let alt_text = errors.check("alt_text", Text::<300>::parse(&self.alt_text));
        let credit = errors.check("credit", ShortText::parse_optional(&self.credit));
        let licence = errors.check("licence", Licence::parse(&self.licence));
        let details = (|| {
            Some(ImageDetails {
                caption: caption?,
                alt_text: alt_text?,
                credit: credit?,
                licence: licence?,
            })
        })();
        errors.into_result(details)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MediaAnswers {
    /// Video or web links, one per line.
    pub links: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinksError {
    #[error("Line {line}: {problem}")]
    Malformed {
        line: usize,
        problem: super::fields::WebAddressError,
    },
    #[error("Add at most {MAX_LINKS} links.")]
    TooMany,
}

impl MediaAnswers {
    pub fn parse_links(&self) -> Result<Vec<WebAddress>, FieldErrors> {
        let mut errors = FieldErrors::default();
        let lines: Vec<(usize, &str)> = self
            .links
            .lines()
            .enumerate()
            .map(|(index, line)| (index + 1, line.trim()))
            .filter(|(_, line)| !line.is_empty())
            .collect();
        let links = if lines.len() > MAX_LINKS {
            errors.add("links", LinksError::TooMany);
            None
        } else {
            let parsed: Result<Vec<_>, _> = lines
                .iter()
                .map(|&(line, text)| {
                    WebAddress::parse(text)
                        .map_err(|problem| LinksError::Malformed { line, problem })
                })
                .collect();
            errors.check("links", parsed)
        };
        errors.into_result(links)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alt_text_is_required_and_the_licence_chosen() {
        let errors = ImageDetailsAnswers::default().parse().unwrap_err();
        assert_eq!(
            errors.for_field("alt_text"),
            Some("This field is required.")
        );
        assert_eq!(
            errors.for_field("licence"),
            Some("Choose one of the options.")
        );
        assert_eq!(errors.for_field("caption"), None);
        let details = ImageDetailsAnswers {
            alt_text: "A carved balcony".into(),
            licence: "cc-by-4.0".into(),
            ..Default::default()
        }
        .parse()
        .unwrap();
        assert_eq!(details.licence, Licence::CcBy);
    }

    #[test]
    fn links_are_one_per_line_and_at_most_five() {
        let answers = MediaAnswers {
            links: "https://example.org/video\n\n  https://example.org/report  \n".into(),
        };
        assert_eq!(answers.parse_links().unwrap().len(), 2);
        let bad = MediaAnswers {
            links: "https://example.org\nexample.org".into(),
        };
        assert!(
            bad.parse_links()
                .unwrap_err()
                .for_field("links")
                .unwrap()
                .starts_with("Line 2: ")
        );
        let many = MediaAnswers {
            links: (0..6)
                .map(|n| format!("https://example.org/{n}\n"))
                .collect(),
        };
        assert_eq!(
            many.parse_links().unwrap_err().for_field("links"),
            Some("Add at most 5 links.")
        );
        assert_eq!(MediaAnswers::default().parse_links(), Ok(vec![]));
    }
}
