//! Email templates admins edit: plain text with `{placeholders}`. A template is parsed once, so
//! an unknown or unclosed placeholder is refused when it is saved, never discovered when an
//! applicant's email goes out. The same code previews the email in the browser.

use serde::{Deserialize, Serialize};

/// The emails admins can rewrite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TemplateKind {
    /// Sent when a practice is submitted.
    Acknowledgement,
    /// Sent when a practice is selected (after an admin releases it).
    Acceptance,
    /// Sent when a practice is not selected (after an admin releases it).
    Rejection,
}

impl TemplateKind {
    pub const ALL: [TemplateKind; 3] = [
        TemplateKind::Acknowledgement,
        TemplateKind::Acceptance,
        TemplateKind::Rejection,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            TemplateKind::Acknowledgement => "acknowledgement",
            TemplateKind::Acceptance => "acceptance",
            TemplateKind::Rejection => "rejection",
        }
    }

    pub fn parse(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.slug() == slug)
    }

    pub fn label(self) -> &'static str {
        match self {
            TemplateKind::Acknowledgement => "Acknowledgement of a submission",
            TemplateKind::Acceptance => "Practice selected",
            TemplateKind::Rejection => "Practice not selected",
        }
    }

    /// The built-in template, in every language.
    #[cfg(feature = "ssr")]
    pub fn builtin(self) -> crate::translations::builtin::Text {
        use crate::translations::builtin::Text;
        match self {
            TemplateKind::Acknowledgement => Text::Acknowledgement,
            TemplateKind::Acceptance => Text::Acceptance,
            TemplateKind::Rejection => Text::Rejection,
        }
    }

    /// The names of its subject and text among the translated texts.
    pub fn subjects(self) -> [String; 2] {
        ["subject", "body"].map(|part| crate::translations::subject(&["email", self.slug(), part]))
    }
}

/// What a template may name, and what each stands for.
pub const PLACEHOLDERS: [(&str, &str); 9] = [
    ("first_name", "the applicant's first name"),
    ("last_name", "the applicant's last name"),
    ("organisation", "the applicant's organisation"),
    ("title", "the practice's title"),
    ("summary", "the practice's short summary"),
    ("reference", "the reference, such as EHH-2026-0042"),
    (
        "manage_link",
        "the applicant's own link to their submission",
    ),
    ("call_title", "the call's title"),
    ("site_link", "the site's address"),
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("Write a subject.")]
    EmptySubject,
    #[error("A subject can be at most 200 characters long and has one line.")]
    BadSubject,
    #[error("Write the text of the email.")]
    EmptyBody,
    #[error("The text can be at most 10,000 characters long.")]
    TooLong,
    #[error("{{{0}}} is not a placeholder. Use one of: {list}.", list = placeholder_list())]
    UnknownPlaceholder(String),
    #[error("A {{ is not closed with }}.")]
    Unclosed,
}

fn placeholder_list() -> String {
    PLACEHOLDERS
        .iter()
        .map(|(name, _)| format!("{{{name}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A part of a parsed text: literal text, or the index of a placeholder in [`PLACEHOLDERS`].
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Placeholder(usize),
}

fn parse_parts(text: &str) -> Result<Vec<Part>, TemplateError> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            parts.push(Part::Text(rest[..open].to_owned()));
        }
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or(TemplateError::Unclosed)?;
        let name = after[..close].trim();
        let index = PLACEHOLDERS
            .iter()
            .position(|(known, _)| *known == name)
            .ok_or_else(|| TemplateError::UnknownPlaceholder(name.to_owned()))?;
        parts.push(Part::Placeholder(index));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest.to_owned()));
    }
    Ok(parts)
}

/// A subject and a body whose placeholders are all known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailTemplate {
    subject: Vec<Part>,
    body: Vec<Part>,
    subject_source: String,
    body_source: String,
}

/// The values placeholders stand for, in [`PLACEHOLDERS`] order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TemplateValues(pub [String; PLACEHOLDERS.len()]);

impl TemplateValues {
    /// The values shown in a preview.
    pub fn example() -> Self {
        TemplateValues(
            [
                "Nino",
                "Beridze",
                "Tbilisi City Hall",
                "Restoring the wooden balconies of Old Tbilisi",
                "Residents, craftspeople and the city restore 40 carved balconies together.",
                "EHH-2026-0042",
                "https://heritage-hub.example/manage/…",
                "European Heritage Hub",
                "https://heritage-hub.example",
            ]
            .map(str::to_owned),
        )
    }
}

/// Which template part a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplatePart {
    Subject,
    Body,
}

impl EmailTemplate {
    pub fn parse(subject: &str, body: &str) -> Result<Self, (TemplatePart, TemplateError)> {
        let subject = subject.trim();
        let in_subject = |error| (TemplatePart::Subject, error);
        if subject.is_empty() {
            return Err(in_subject(TemplateError::EmptySubject));
        }
        if subject.chars().count() > 200 || subject.contains(['\r', '\n']) {
            return Err(in_subject(TemplateError::BadSubject));
        }
        let in_body = |error| (TemplatePart::Body, error);
        if body.trim().is_empty() {
            return Err(in_body(TemplateError::EmptyBody));
        }
        if body.chars().count() > 10_000 {
            return Err(in_body(TemplateError::TooLong));
        }
        Ok(EmailTemplate {
            subject: parse_parts(subject).map_err(in_subject)?,
            body: parse_parts(body).map_err(in_body)?,
            subject_source: subject.to_owned(),
            body_source: body.to_owned(),
        })
    }

    pub fn subject_source(&self) -> &str {
        &self.subject_source
    }

    pub fn body_source(&self) -> &str {
        &self.body_source
    }

    /// Whether the template names `placeholder`, so a link is only made when it is used.
    pub fn uses(&self, placeholder: &str) -> bool {
        self.subject.iter().chain(&self.body).any(
            |part| matches!(part, Part::Placeholder(index) if PLACEHOLDERS[*index].0 == placeholder),
        )
    }

    /// The subject and text with the placeholders filled in. A value never breaks the
    /// subject's single line.
    pub fn render(&self, values: &TemplateValues) -> (String, String) {
        let fill = |parts: &[Part], one_line: bool| {
            parts
                .iter()
                .map(|part| match part {
                    Part::Text(text) => text.clone(),
                    Part::Placeholder(index) if one_line => values.0[*index]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    Part::Placeholder(index) => values.0[*index].clone(),
                })
                .collect::<String>()
        };
        (fill(&self.subject, true), fill(&self.body, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_template_parses_in_every_language() {
        use crate::translations::builtin::{body, title};
        for kind in TemplateKind::ALL {
            for lang in crate::i18n::Lang::ALL {
                let text = kind.builtin();
                EmailTemplate::parse(title(lang, text), body(lang, text))
                    .unwrap_or_else(|error| panic!("{kind:?} {lang:?}: {error:?}"));
            }
        }
    }

    #[test]
    fn placeholders_are_filled_and_subjects_stay_on_one_line() {
        let template =
            EmailTemplate::parse("About {title}", "Dear {first_name}, see {manage_link}.").unwrap();
        let mut values = TemplateValues::example();
        values.0[3] = "Two\r\nBcc: evil@example.org".to_owned();
        let (subject, body) = template.render(&values);
        assert_eq!(subject, "About Two Bcc: evil@example.org");
        assert_eq!(
            body,
            "Dear Nino, see https://heritage-hub.example/manage/…."
        );
        assert!(template.uses("manage_link") && !template.uses("reference"));
    }

    #[test]
    fn unknown_and_unclosed_placeholders_are_refused_where_they_are() {
        assert_eq!(
            EmailTemplate::parse("Hi {name}", "Body"),
            Err((
                TemplatePart::Subject,
                TemplateError::UnknownPlaceholder("name".into())
            ))
        );
        assert_eq!(
            EmailTemplate::parse("Hi", "Dear {first_name"),
            Err((TemplatePart::Body, TemplateError::Unclosed))
        );
        assert_eq!(
            EmailTemplate::parse("Hi\nBcc: x", "Body"),
            Err((TemplatePart::Subject, TemplateError::BadSubject))
        );
        let message = TemplateError::UnknownPlaceholder("name".into()).to_string();
        assert!(
            message.starts_with("{name} is not a placeholder. Use one of: {first_name}"),
            "{message}"
        );
    }
}
