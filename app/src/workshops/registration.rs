//! The workshop sign-up form: what it asks, and the rules its answers must meet. The browser
//! runs the same rules for instant feedback; the server is the authority.

use serde::{Deserialize, Serialize};

use crate::country::Country;
use crate::email::Email;
use crate::submission::fields::{FieldErrors, Name, NoChoice, ShortText, Text, is_ticked};
use crate::submission::organisation::OrganisationType;

/// The states of a person's place: a seat, in line for one, or given up.
pub mod status {
    pub const CONFIRMED: &str = "confirmed";
    pub const WAITING: &str = "waiting";
    pub const CANCELLED: &str = "cancelled";
}

/// Where a participant works from, as PRODUCT.md lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttendeeRole {
    DecisionMaking,
    Technical,
    HeritageProfessional,
    CivilSociety,
    Other,
}

impl AttendeeRole {
    pub const ALL: [AttendeeRole; 5] = [
        AttendeeRole::DecisionMaking,
        AttendeeRole::Technical,
        AttendeeRole::HeritageProfessional,
        AttendeeRole::CivilSociety,
        AttendeeRole::Other,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            AttendeeRole::DecisionMaking => "decision-making",
            AttendeeRole::Technical => "technical",
            AttendeeRole::HeritageProfessional => "heritage-professional",
            AttendeeRole::CivilSociety => "civil-society",
            AttendeeRole::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AttendeeRole::DecisionMaking => "Political or decision-making level",
            AttendeeRole::Technical => "Technical level",
            AttendeeRole::HeritageProfessional => "Heritage professional",
            AttendeeRole::CivilSociety => "Civil society",
            AttendeeRole::Other => "Other",
        }
    }

    /// The catalogue's name for the label, for pages in every language.
    pub fn label_key(self) -> &'static str {
        match self {
            AttendeeRole::DecisionMaking => "attendee-role-decision-making",
            AttendeeRole::Technical => "attendee-role-technical",
            AttendeeRole::HeritageProfessional => "attendee-role-heritage-professional",
            AttendeeRole::CivilSociety => "attendee-role-civil-society",
            AttendeeRole::Other => "attendee-role-other",
        }
    }

    pub fn parse(slug: &str) -> Result<Self, NoChoice> {
        Self::ALL
            .into_iter()
            .find(|role| role.slug() == slug.trim())
            .ok_or(NoChoice)
    }
}

/// Accessibility needs: optional, and short enough to read before the workshop.
pub type AccessibilityNeeds = Text<1000>;

/// What the sign-up form posts, kept as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RegistrationAnswers {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub organisation_type: String,
    pub country: String,
    pub role: String,
    pub accessibility_needs: String,
    /// `on` when the privacy notice was accepted.
    pub consent: String,
}

/// A sign-up whose every answer is acceptable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub name: Name,
    pub email: Email,
    pub organisation: ShortText,
    pub organisation_type: OrganisationType,
    pub country: Country,
    pub role: AttendeeRole,
    pub accessibility_needs: Option<AccessibilityNeeds>,
}

impl RegistrationAnswers {
    /// Every problem at once, in the order of the form.
    pub fn parse(&self) -> Result<Registration, FieldErrors> {
        let mut errors = FieldErrors::default();
        let registration = self.parse_person(&mut errors);
        self.check_consent(&mut errors);
        errors.into_result(registration)
    }

    /// The person's answers without the consent, whose box comes last in every form.
    pub fn parse_person(&self, errors: &mut FieldErrors) -> Option<Registration> {
        let name = errors.check("name", Name::parse(&self.name));
        let email = errors.check("email", Email::parse(&self.email));
        let organisation = errors.check("organisation", ShortText::parse(&self.organisation));
        let organisation_type = errors.check(
            "organisation_type",
            OrganisationType::parse(&self.organisation_type),
        );
        let country = errors.check("country", Country::parse(&self.country));
        let role = errors.check("role", AttendeeRole::parse(&self.role));
        let accessibility_needs = errors.check(
            "accessibility_needs",
            AccessibilityNeeds::parse_optional(&self.accessibility_needs),
        );
        (|| {
            Some(Registration {
                name: name?,
                email: email?,
                organisation: organisation?,
                organisation_type: organisation_type?,
                country: country?,
                role: role?,
                accessibility_needs: accessibility_needs?,
            })
        })()
    }

    pub fn check_consent(&self, errors: &mut FieldErrors) {
        if !is_ticked(&self.consent) {
            errors.add(
                "consent",
                "Tick the box to agree to the privacy notice: we need your details to take your place.",
            );
        }
    }
}

/// Every country for [`PersonFields`], `(code, name)` in `lang` and its alphabetical order.
#[cfg(feature = "ssr")]
pub fn country_options(lang: crate::i18n::Lang) -> Vec<(String, String)> {
    let countries = crate::country::COUNTRIES
        .iter()
        .filter_map(|(code, _)| Country::parse(code).ok());
    crate::i18n::dates::countries_by_name(lang, countries)
        .into_iter()
        .map(|(country, name)| (country.code().to_owned(), name))
        .collect()
}

/// The fields every sign-up and application asks about the person, posted as `answers[…]`.
/// `countries` come from [`country_options`].
#[leptos::component]
pub fn PersonFields<E>(
    error: E,
    email_hint: String,
    accessibility_hint: String,
    countries: Vec<(String, String)>,
) -> impl leptos::IntoView
where
    E: Fn(&'static str) -> leptos::prelude::Signal<Option<String>> + 'static,
{
    use crate::components::{SelectField, TextField};
    use crate::i18n::t;
    use leptos::prelude::*;
    let organisation_types: Vec<_> = OrganisationType::ALL
        .iter()
        .map(|kind| (kind.slug().to_owned(), t(kind.label_key())))
        .collect();
    let roles: Vec<_> = AttendeeRole::ALL
        .iter()
        .map(|role| (role.slug().to_owned(), t(role.label_key())))
        .collect();
    view! {
        <TextField field="name" name="answers[name]" label=t("person-name") value=String::new()
            error=error("name") autocomplete="name" />
        <TextField field="email" name="answers[email]" label=t("person-email") value=String::new()
            error=error("email") input_type="email" autocomplete="email" hint=email_hint />
        <TextField field="organisation" name="answers[organisation]" label=t("person-organisation")
            value=String::new() error=error("organisation") autocomplete="organization" />
        <SelectField field="organisation_type" name="answers[organisation_type]" label=t("person-organisation-type")
            value=String::new() error=error("organisation_type") options=organisation_types />
        <SelectField field="country" name="answers[country]" label=t("person-country") value=String::new()
            error=error("country") options=countries />
        <SelectField field="role" name="answers[role]" label=t("person-role") value=String::new()
            error=error("role") options=roles />
        <TextField field="accessibility_needs" name="answers[accessibility_needs]" label=t("person-accessibility-needs")
            value=String::new() error=error("accessibility_needs") optional=true rows=3 hint=accessibility_hint />
    }
}

/// A form's submit handler that runs the server's own rules first: problems show at once in
/// `errors`, and a form the server would refuse is not sent. Attach it in the capture phase, so
/// that it runs before `ActionForm`'s handler, which leaves a prevented event alone.
pub fn check_before_sending<A: leptos::form::FromFormData>(
    errors: leptos::prelude::RwSignal<Option<FieldErrors>>,
    rules: impl Fn(&A) -> Result<(), FieldErrors> + 'static,
) -> impl Fn(leptos::ev::SubmitEvent) + 'static {
    use leptos::prelude::Set;
    move |ev| {
        let Ok(form) = A::from_event(&ev) else {
            return;
        };
        match rules(&form) {
            Ok(()) => errors.set(None),
            Err(problems) => {
                ev.prevent_default();
                errors.set(Some(problems));
            }
        }
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub fn complete() -> RegistrationAnswers {
        RegistrationAnswers {
            name: "Ani Hakobyan".into(),
            email: "ani@gyumri.example.am".into(),
            organisation: "Gyumri Municipality".into(),
            organisation_type: "city-administration".into(),
            country: "AM".into(),
            role: "technical".into(),
            accessibility_needs: String::new(),
            consent: "on".into(),
        }
    }

    #[test]
    fn a_complete_sign_up_parses() {
        let registration = complete().parse().unwrap();
        assert_eq!(registration.email.as_str(), "ani@gyumri.example.am");
        assert_eq!(registration.role, AttendeeRole::Technical);
        assert_eq!(registration.accessibility_needs, None);
    }

    #[test]
    fn every_problem_is_named_at_once_in_the_order_of_the_form() {
        let answers = RegistrationAnswers {
            accessibility_needs: "x".repeat(1001),
            ..RegistrationAnswers::default()
        };
        let errors = answers.parse().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "name",
                "email",
                "organisation",
                "organisation_type",
                "country",
                "role",
                "accessibility_needs",
                "consent"
            ]
        );
    }

    #[test]
    fn roles_round_trip_through_their_slugs() {
        for role in AttendeeRole::ALL {
            assert_eq!(AttendeeRole::parse(role.slug()), Ok(role));
        }
        assert!(AttendeeRole::parse("mayor").is_err());
    }
}
