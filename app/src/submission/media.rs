//! Step 6: images and documents. The upload rules (types, sizes, counts) live in `uploads`;
//! here are the details people type about each uploaded image, and the web links.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::fields::{FieldErrors, NoChoice, ShortText, Text, WebAddress};

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

    /// The catalogue's name for the label, for pages in every language.
    pub fn label_key(self) -> &'static str {
        match self {
            Licence::CcBy => "media-licence-cc-by",
            Licence::CcBySa => "media-licence-cc-by-sa",
            Licence::Cc0 => "media-licence-cc0",
            Licence::AllRightsReserved => "media-licence-all-rights-reserved",
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

/// The key of one image's detail in the step's errors: `image_17_alt_text`.
pub fn image_field(image: i32, field: &str) -> String {
    format!("image_{image}_{field}")
}

impl ImageDetailsAnswers {
    /// The details of uploaded image `image`; errors are keyed by `image_field`.
    pub fn parse(&self, image: i32) -> Result<ImageDetails, FieldErrors> {
        let mut errors = FieldErrors::default();
        let field = |name| image_field(image, name);
        let caption = errors.check(&field("caption"), ShortText::parse_optional(&self.caption));
        let alt_text = errors.check(&field("alt_text"), Text::<300>::parse(&self.alt_text));
        let credit = errors.check(&field("credit"), ShortText::parse_optional(&self.credit));
        let licence = errors.check(&field("licence"), Licence::parse(&self.licence));
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
    /// What is typed about each uploaded image, by the image's id. Entries for images that are
    /// not (or no longer) uploaded are ignored.
    pub images: BTreeMap<String, ImageDetailsAnswers>,
}

/// Step 6 complete: the links, and the details of every uploaded image in upload order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Media {
    pub links: Vec<WebAddress>,
    pub images: Vec<(i32, ImageDetails)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinksError {
    Malformed {
        line: usize,
        problem: super::fields::WebAddressError,
    },
    TooMany,
}

impl From<LinksError> for crate::i18n::Message {
    fn from(error: LinksError) -> Self {
        use super::fields::WebAddressError;
        use crate::i18n::Message;
        match error {
            LinksError::Malformed { line, problem } => Message::new(match problem {
                WebAddressError::Malformed => "error-link-line",
                WebAddressError::TooLong => "error-link-line-too-long",
            })
            .with("line", line),
            LinksError::TooMany => Message::new("error-too-many-links").with("max", MAX_LINKS),
        }
    }
}

impl MediaAnswers {
    /// What is typed about uploaded image `image`.
    pub fn image(&self, image: i32) -> ImageDetailsAnswers {
        self.images
            .get(&image.to_string())
            .cloned()
            .unwrap_or_default()
    }

    /// The step, given the ids of the images uploaded so far.
    pub fn parse(&self, uploaded_images: &[i32]) -> Result<Media, FieldErrors> {
        let links = self.parse_links();
        let mut errors = links.clone().err().unwrap_or_default();
        let images: Vec<Option<(i32, ImageDetails)>> = uploaded_images
            .iter()
            .map(|&id| match self.image(id).parse(id) {
                Ok(details) => Some((id, details)),
                Err(image_errors) => {
                    errors.extend(image_errors);
                    None
                }
            })
            .collect();
        let media = (|| {
            Some(Media {
                links: links.ok()?,
                images: images.into_iter().collect::<Option<Vec<_>>>()?,
            })
        })();
        errors.into_result(media)
    }

    fn parse_links(&self) -> Result<Vec<WebAddress>, FieldErrors> {
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
        let errors = ImageDetailsAnswers::default().parse(7).unwrap_err();
        assert_eq!(
            errors.english_for("image_7_alt_text").as_deref(),
            Some("This field is required.")
        );
        assert_eq!(
            errors.english_for("image_7_licence").as_deref(),
            Some("Choose one of the options.")
        );
        assert_eq!(errors.english_for("image_7_caption").as_deref(), None);
        let details = ImageDetailsAnswers {
            alt_text: "A carved balcony".into(),
            licence: "cc-by-4.0".into(),
            ..Default::default()
        }
        .parse(7)
        .unwrap();
        assert_eq!(details.licence, Licence::CcBy);
    }

    #[test]
    fn links_are_one_per_line_and_at_most_five() {
        let answers = MediaAnswers {
            links: "https://example.org/video\n\n  https://example.org/report  \n".into(),
            ..Default::default()
        };
        assert_eq!(answers.parse_links().unwrap().len(), 2);
        let bad = MediaAnswers {
            links: "https://example.org\nexample.org".into(),
            ..Default::default()
        };
        assert!(
            bad.parse_links()
                .unwrap_err()
                .english_for("links")
                .unwrap()
                .starts_with("Line 2: ")
        );
        let many = MediaAnswers {
            links: (0..6)
                .map(|n| format!("https://example.org/{n}\n"))
                .collect(),
            ..Default::default()
        };
        assert_eq!(
            many.parse_links()
                .unwrap_err()
                .english_for("links")
                .as_deref(),
            Some("Add at most 5 links.")
        );
        assert_eq!(MediaAnswers::default().parse_links(), Ok(vec![]));
    }

    #[test]
    fn every_uploaded_image_needs_its_details_and_others_are_ignored() {
        let described = ImageDetailsAnswers {
            alt_text: "Restored facade".into(),
            licence: "cc0".into(),
            ..Default::default()
        };
        let answers = MediaAnswers {
            links: String::new(),
            images: [
                ("3".to_owned(), described),
                ("99".to_owned(), Default::default()),
            ]
            .into(),
        };
        let media = answers.parse(&[3]).unwrap();
        assert_eq!(media.images.len(), 1);
        let errors = answers.parse(&[3, 4]).unwrap_err();
        assert!(errors.english_for("image_4_alt_text").as_deref().is_some());
        assert!(errors.english_for("image_3_alt_text").as_deref().is_none());
        assert!(answers.parse(&[]).unwrap().images.is_empty());
    }
}
