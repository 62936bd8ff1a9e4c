//! The practice editor's form and its rules: what admins may publish, checked once, in the
//! browser and on the server alike.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::country::Country;
use crate::submission::fields::{FieldErrors, ShortText, Summary, Text, WebAddress, is_ticked};
use crate::submission::media::Licence;
use crate::submission::organisation::OrganisationType;
use crate::theme::Theme;
use crate::written_language::WrittenLanguage;

/// The address part of a practice, `/practices/{slug}`: 3 to 80 lower-case letters, digits and
/// single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slug(String);

impl Slug {
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let slug = input.trim();
        let shaped = slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && !slug.contains("--");
        if (3..=80).contains(&slug.len()) && shaped {
            Ok(Slug(slug.to_owned()))
        } else {
            Err(
                "Use 3 to 80 lower-case letters (a–z), digits and single hyphens, such as tbilisi-balconies.",
            )
        }
    }

    /// A slug made from a title: ASCII letters and digits kept, everything else a hyphen; `None`
    /// when too little is left (a title in Georgian script, say).
    pub fn from_title(title: &str) -> Option<Self> {
        let mut slug = String::new();
        for c in title.to_lowercase().chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let cut: String = slug.chars().take(60).collect();
        Slug::parse(cut.trim_end_matches('-')).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Markdown of a practice's body: at most 20,000 characters.
pub type Body = Text<20_000>;
/// Markdown of why it was selected.
pub type WhySelected = Text<5_000>;

pub const MAX_LINKS: usize = 10;

/// One file of the practice as the form posts it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FileForm {
    pub shown: String,
    pub title: String,
    pub alt_text: String,
    pub caption: String,
    pub credit: String,
    pub licence: String,
}

/// The editor as posted; files are keyed by their id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PracticeForm {
    /// The language its texts are written in (a `WrittenLanguage` code).
    pub content_lang: String,
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub body: String,
    pub country: String,
    pub city_region: String,
    pub organisation: String,
    pub organisation_type: String,
    pub environmental: String,
    pub digital: String,
    pub social: String,
    pub why_selected: String,
    pub links: String,
    pub files: BTreeMap<String, FileForm>,
}

/// A file's public text, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicFile {
    pub shown: bool,
    pub title: String,
    pub alt_text: String,
    pub caption: String,
    pub credit: String,
    pub licence: Option<Licence>,
}

/// A practice ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeEdit {
    pub content_lang: WrittenLanguage,
    pub title: ShortText,
    pub slug: Slug,
    pub summary: Summary,
    pub body: Body,
    pub country: Country,
    pub city_region: ShortText,
    pub organisation: ShortText,
    pub organisation_type: Option<OrganisationType>,
    pub themes: Vec<Theme>,
    pub why_selected: Option<WhySelected>,
    pub links: Vec<WebAddress>,
    pub files: BTreeMap<i32, PublicFile>,
}

impl PracticeForm {
    /// The practice, or every problem with the field it belongs to. `images` are the ids of the
    /// practice's files that are images: a shown image needs its text alternative.
    pub fn parse(&self, images: &[i32]) -> Result<PracticeEdit, FieldErrors> {
        let mut errors = FieldErrors::default();
        let content_lang = errors.check("content_lang", WrittenLanguage::parse(&self.content_lang));
        let title = errors.check("title", ShortText::parse(&self.title));
        let slug = errors.check("slug", Slug::parse(&self.slug));
        let summary = errors.check("summary", Summary::parse(&self.summary));
        let body = errors.check("body", Body::parse(&self.body));
        let country = errors.check("country", Country::parse(&self.country));
        let city_region = errors.check("city_region", ShortText::parse(&self.city_region));
        let organisation = errors.check("organisation", ShortText::parse(&self.organisation));
        let organisation_type = if self.organisation_type.trim().is_empty() {
            Some(None)
        } else {
            errors
                .check(
                    "organisation_type",
                    OrganisationType::parse(&self.organisation_type),
                )
                .map(Some)
        };
        let themes: Vec<Theme> = [
            (Theme::Environmental, &self.environmental),
            (Theme::Digital, &self.digital),
            (Theme::Social, &self.social),
        ]
        .into_iter()
        .filter(|(_, ticked)| is_ticked(ticked))
        .map(|(theme, _)| theme)
        .collect();
        if themes.is_empty() {
            errors.add("themes", "Choose at least one theme.");
        }
        let why_selected = errors.check(
            "why_selected",
            WhySelected::parse_optional(&self.why_selected),
        );
        let mut links = Vec::new();
        for line in self.links.lines().filter(|line| !line.trim().is_empty()) {
            if let Some(link) = errors.check("links", WebAddress::parse(line)) {
                links.push(link);
            }
        }
        if links.len() > MAX_LINKS {
            errors.add("links", format!("Give at most {MAX_LINKS} links."));
        }
        let mut files = BTreeMap::new();
        for (key, file) in &self.files {
            let Ok(id) = key.parse::<i32>() else { continue };
            let shown = is_ticked(&file.shown);
            let is_image = images.contains(&id);
            if shown && is_image && file.alt_text.trim().is_empty() {
                errors.add(
                    &format!("files_{id}_alt_text"),
                    "Describe the image for people who cannot see it.",
                );
            }
            let licence = Licence::parse(&file.licence).ok();
            if shown && is_image && licence.is_none() {
                errors.add(
                    &format!("files_{id}_licence"),
                    "Choose the image's licence.",
                );
            }
            files.insert(
                id,
                PublicFile {
                    shown,
                    title: file.title.trim().chars().take(200).collect(),
                    alt_text: file.alt_text.trim().chars().take(300).collect(),
                    caption: file.caption.trim().chars().take(200).collect(),
                    credit: file.credit.trim().chars().take(200).collect(),
                    licence,
                },
            );
        }
        match (
            content_lang,
            title,
            slug,
            summary,
            body,
            country,
            city_region,
            organisation,
            organisation_type,
            why_selected,
        ) {
            (
                Some(content_lang),
                Some(title),
                Some(slug),
                Some(summary),
                Some(body),
                Some(country),
                Some(city_region),
                Some(organisation),
                Some(organisation_type),
                Some(why_selected),
            ) if errors.is_empty() => Ok(PracticeEdit {
                content_lang,
                title,
                slug,
                summary,
                body,
                country,
                city_region,
                organisation,
                organisation_type,
                themes,
                why_selected,
                links,
                files,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> PracticeForm {
        PracticeForm {
            content_lang: "en".into(),
            title: "Balconies of Old Tbilisi".into(),
            slug: "balconies-of-old-tbilisi".into(),
            summary: "Residents restore carved balconies.".into(),
            body: "## How\n\nTogether.".into(),
            country: "GE".into(),
            city_region: "Tbilisi".into(),
            organisation: "Tbilisi City Hall".into(),
            organisation_type: "city-administration".into(),
            social: "yes".into(),
            links: "https://example.org/balconies\n\n".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_practice_parses() {
        let edit = complete().parse(&[]).unwrap();
        assert_eq!(edit.themes, vec![Theme::Social]);
        assert_eq!(edit.links.len(), 1);
        assert_eq!(edit.slug.as_str(), "balconies-of-old-tbilisi");
    }

    #[test]
    fn every_problem_names_its_field() {
        let mut form = complete();
        form.slug = "Not A Slug".into();
        form.social = String::new();
        form.links = "javascript:alert(1)".into();
        form.files.insert(
            "7".into(),
            FileForm {
                shown: "yes".into(),
                ..Default::default()
            },
        );
        let errors = form.parse(&[7]).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "slug",
                "themes",
                "links",
                "files_7_alt_text",
                "files_7_licence"
            ]
        );
    }

    #[test]
    fn slugs_come_from_titles_when_they_can() {
        assert_eq!(
            Slug::from_title("Balconies of Old Tbilisi: 40 homes!")
                .unwrap()
                .as_str(),
            "balconies-of-old-tbilisi-40-homes"
        );
        assert_eq!(Slug::from_title("ძველი თბილისი"), None);
        assert!(Slug::parse("-bad").is_err() && Slug::parse("a--b").is_err());
    }
}
