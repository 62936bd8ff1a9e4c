//! Step 7: the consents given when submitting. Each is stored with the version of the text
//! the applicant saw and the time.

use serde::{Deserialize, Serialize};

use super::fields::{FieldErrors, is_ticked};
use crate::i18n::Message;

/// Bumped whenever the wording of a consent or the privacy notice changes.
pub const CONSENT_TEXT_VERSION: &str = "2026-11-24";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Consent {
    /// Processing of the submission for the call (required).
    Processing,
    /// Publication of the practice if selected (required).
    Publication,
    /// The applicant holds the rights to the images, or permission (required with images).
    ImageRights,
    /// Contact about workshops and visits (optional).
    Contact,
}

impl Consent {
    pub const ALL: [Consent; 4] = [
        Consent::Processing,
        Consent::Publication,
        Consent::ImageRights,
        Consent::Contact,
    ];

    /// How the consent is recorded in the database.
    pub fn slug(self) -> &'static str {
        match self {
            Consent::Processing => "processing",
            Consent::Publication => "publication",
            Consent::ImageRights => "image_rights",
            Consent::Contact => "contact",
        }
    }

    pub fn field(self) -> &'static str {
        match self {
            Consent::Processing => "consent_processing",
            Consent::Publication => "consent_publication",
            Consent::ImageRights => "consent_image_rights",
            Consent::Contact => "consent_contact",
        }
    }

    /// The catalogue's key for the consent's wording.
    pub fn text_key(self) -> &'static str {
        match self {
            Consent::Processing => "consent-processing",
            Consent::Publication => "consent-publication",
            Consent::ImageRights => "consent-image-rights",
            Consent::Contact => "consent-contact",
        }
    }

    fn required_message(self) -> Message {
        Message::new(match self {
            Consent::Processing => "consent-processing-required",
            Consent::Publication => "consent-publication-required",
            // Contact is never required.
            Consent::ImageRights | Consent::Contact => "consent-image-rights-required",
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsentAnswers {
    pub consent_processing: String,
    pub consent_publication: String,
    pub consent_image_rights: String,
    pub consent_contact: String,
}

impl ConsentAnswers {
    /// The consent's checkbox, as posted.
    pub fn answer(&self, consent: Consent) -> &str {
        match consent {
            Consent::Processing => &self.consent_processing,
            Consent::Publication => &self.consent_publication,
            Consent::ImageRights => &self.consent_image_rights,
            Consent::Contact => &self.consent_contact,
        }
    }

    /// The consents given; `has_images` makes the image-rights confirmation required.
    pub fn parse(&self, has_images: bool) -> Result<Vec<Consent>, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut given = Vec::new();
        let required = [
            (Consent::Processing, true),
            (Consent::Publication, true),
            (Consent::ImageRights, has_images),
            (Consent::Contact, false),
        ];
        for (consent, required) in required {
            if is_ticked(self.answer(consent)) {
                given.push(consent);
            } else if required {
                errors.add(consent.field(), consent.required_message());
            }
        }
        errors.into_result(Some(given))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn processing_and_publication_are_required_and_image_rights_only_with_images() {
        let errors = ConsentAnswers::default().parse(true).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "consent_processing",
                "consent_publication",
                "consent_image_rights"
            ]
        );

        let required_only = ConsentAnswers {
            consent_processing: "on".into(),
            consent_publication: "on".into(),
            ..Default::default()
        };
        assert_eq!(
            required_only.parse(false),
            Ok(vec![Consent::Processing, Consent::Publication])
        );
        assert!(required_only.parse(true).is_err());

        let everything = ConsentAnswers {
            consent_image_rights: "on".into(),
            consent_contact: "on".into(),
            ..required_only
        };
        assert_eq!(everything.parse(true).map(|given| given.len()), Ok(4));
    }
}
