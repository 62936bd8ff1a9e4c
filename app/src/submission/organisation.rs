//! Step 1: you and your organisation.

use serde::{Deserialize, Serialize};

use super::fields::{FieldErrors, Name, ShortText, WebAddress};
use crate::country::Country;
use crate::email::Email;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrganisationType {
    CityAdministration,
    RegionalAdministration,
    HeritageInstitution,
    CivilSociety,
    CulturalInitiative,
    LocalOrganisation,
    ThematicAssociation,
    Other,
}

impl OrganisationType {
    pub const ALL: [OrganisationType; 8] = [
        OrganisationType::CityAdministration,
        OrganisationType::RegionalAdministration,
        OrganisationType::HeritageInstitution,
        OrganisationType::CivilSociety,
        OrganisationType::CulturalInitiative,
        OrganisationType::LocalOrganisation,
        OrganisationType::ThematicAssociation,
        OrganisationType::Other,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            OrganisationType::CityAdministration => "city-administration",
            OrganisationType::RegionalAdministration => "regional-administration",
            OrganisationType::HeritageInstitution => "heritage-institution",
            OrganisationType::CivilSociety => "civil-society",
            OrganisationType::CulturalInitiative => "cultural-initiative",
            OrganisationType::LocalOrganisation => "local-organisation",
            OrganisationType::ThematicAssociation => "thematic-association",
            OrganisationType::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OrganisationType::CityAdministration => "City or municipal administration",
            OrganisationType::RegionalAdministration => "Regional administration",
            OrganisationType::HeritageInstitution => "Heritage institution or professional",
            OrganisationType::CivilSociety => "Civil-society organisation or NGO",
            OrganisationType::CulturalInitiative => "Cultural initiative or project",
            OrganisationType::LocalOrganisation => "Local or regional organisation",
            OrganisationType::ThematicAssociation => "Thematic association",
            OrganisationType::Other => "Other",
        }
    }

    /// The catalogue's name for the label, for pages in every language.
    pub fn label_key(self) -> &'static str {
        match self {
            OrganisationType::CityAdministration => "organisation-type-city-administration",
            OrganisationType::RegionalAdministration => "organisation-type-regional-administration",
            OrganisationType::HeritageInstitution => "organisation-type-heritage-institution",
            OrganisationType::CivilSociety => "organisation-type-civil-society",
            OrganisationType::CulturalInitiative => "organisation-type-cultural-initiative",
            OrganisationType::LocalOrganisation => "organisation-type-local-organisation",
            OrganisationType::ThematicAssociation => "organisation-type-thematic-association",
            OrganisationType::Other => "organisation-type-other",
        }
    }

    pub fn parse(slug: &str) -> Result<Self, super::fields::NoChoice> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.slug() == slug.trim())
            .ok_or(super::fields::NoChoice)
    }
}

/// What the form posts, kept as typed so that nothing is lost while it is still wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganisationAnswers {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: String,
    pub organisation_name: String,
    pub organisation_type: String,
    pub website: String,
    pub city_region: String,
    pub country: String,
}

/// The checked answers of step 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub first_name: Name,
    pub last_name: Name,
    pub email: Email,
    pub role: ShortText,
    pub organisation_name: ShortText,
    pub organisation_type: OrganisationType,
    pub website: Option<WebAddress>,
    pub city_region: ShortText,
    pub country: Country,
}

impl OrganisationAnswers {
    pub fn parse(&self) -> Result<Organisation, FieldErrors> {
        let mut errors = FieldErrors::default();
        let first_name = errors.check("first_name", Name::parse(&self.first_name));
        let last_name = errors.check("last_name", Name::parse(&self.last_name));
        let email = errors.check("email", Email::parse(&self.email));
        let role = errors.check("role", ShortText::parse(&self.role));
        let organisation_name = errors.check(
            "organisation_name",
            ShortText::parse(&self.organisation_name),
        );
        let organisation_type = errors.check(
            "organisation_type",
            OrganisationType::parse(&self.organisation_type),
        );
        let website = errors.check("website", WebAddress::parse_optional(&self.website));
        let city_region = errors.check("city_region", ShortText::parse(&self.city_region));
        let country = errors.check("country", Country::parse(&self.country));
        let organisation = (|| {
            Some(Organisation {
                first_name: first_name?,
                last_name: last_name?,
                email: email?,
                role: role?,
                organisation_name: organisation_name?,
                organisation_type: organisation_type?,
                website: website?,
                city_region: city_region?,
                country: country?,
            })
        })();
        errors.into_result(organisation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn complete() -> OrganisationAnswers {
        OrganisationAnswers {
            first_name: "Nino".into(),
            last_name: "Kapanadze".into(),
            email: "nino@tbilisi.example.ge".into(),
            role: "Head of heritage".into(),
            organisation_name: "Tbilisi City Hall".into(),
            organisation_type: "city-administration".into(),
            website: "".into(),
            city_region: "Tbilisi".into(),
            country: "GE".into(),
        }
    }

    #[test]
    fn complete_answers_parse() {
        let organisation = complete().parse().unwrap();
        assert_eq!(organisation.country.name(), "Georgia");
        assert_eq!(
            organisation.organisation_type,
            OrganisationType::CityAdministration
        );
        assert_eq!(organisation.website, None);
    }

    #[test]
    fn every_problem_is_reported_against_its_field_in_form_order() {
        let answers = OrganisationAnswers {
            website: "tbilisi.gov.ge".into(),
            country: "US".into(),
            ..Default::default()
        };
        let errors = answers.parse().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "first_name",
                "last_name",
                "email",
                "role",
                "organisation_name",
                "organisation_type",
                "website",
                "city_region",
                "country"
            ]
        );
        assert_eq!(
            errors.english_for("country").as_deref(),
            Some("Choose a country from the list.")
        );
        assert!(errors.english_for("website").unwrap().contains("https://"));
    }

    #[test]
    fn organisation_types_round_trip() {
        for kind in OrganisationType::ALL {
            assert_eq!(OrganisationType::parse(kind.slug()), Ok(kind));
        }
        assert!(OrganisationType::parse("company").is_err());
    }
}
