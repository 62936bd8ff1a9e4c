//! Applying to join a visit's delegation: the person, as for a workshop, and why they want to
//! come. The browser runs the same rules for instant feedback; the server is the authority.

use serde::{Deserialize, Serialize};

use crate::submission::fields::{FieldErrors, Text};
use crate::workshops::registration::{Registration, RegistrationAnswers};

/// Why the person wants to join, and what they would take home: at most 2,000 characters.
pub type Motivation = Text<2000>;

/// The states of an application. Only `accepted` takes a place in the delegation.
pub mod status {
    pub const APPLIED: &str = "applied";
    pub const ACCEPTED: &str = "accepted";
    pub const WAITLISTED: &str = "waitlisted";
    pub const DECLINED: &str = "declined";
    pub const WITHDRAWN: &str = "withdrawn";
}

/// What staff can decide about an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Accept,
    Waitlist,
    Decline,
}

impl Decision {
    pub fn parse(slug: &str) -> Option<Self> {
        match slug {
            "accept" => Some(Decision::Accept),
            "waitlist" => Some(Decision::Waitlist),
            "decline" => Some(Decision::Decline),
            _ => None,
        }
    }

    /// The application's state after the decision.
    pub fn status(self) -> &'static str {
        match self {
            Decision::Accept => status::ACCEPTED,
            Decision::Waitlist => status::WAITLISTED,
            Decision::Decline => status::DECLINED,
        }
    }
}

/// How an application's state reads to the applicant and to staff.
pub fn status_label(status: &str) -> &'static str {
    match status {
        status::ACCEPTED => "Accepted",
        status::WAITLISTED => "On the waiting list",
        status::DECLINED => "Not accepted",
        status::WITHDRAWN => "Withdrawn",
        _ => "Received, not decided yet",
    }
}

/// What the application form posts, kept as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplicationAnswers {
    #[serde(flatten)]
    pub person: RegistrationAnswers,
    pub motivation: String,
}

/// An application whose every answer is acceptable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub person: Registration,
    pub motivation: Motivation,
}

impl ApplicationAnswers {
    /// Every problem at once, in the order of the form: the person, the motivation, the consent.
    pub fn parse(&self) -> Result<Application, FieldErrors> {
        let mut errors = FieldErrors::default();
        let person = self.person.parse_person(&mut errors);
        let motivation = errors.check("motivation", Motivation::parse(&self.motivation));
        self.person.check_consent(&mut errors);
        let application = (|| {
            Some(Application {
                person: person?,
                motivation: motivation?,
            })
        })();
        errors.into_result(application)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> ApplicationAnswers {
        ApplicationAnswers {
            person: crate::workshops::registration::tests::complete(),
            motivation: "Gyumri is restoring its old town and wants to learn from Tartu.".into(),
        }
    }

    #[test]
    fn a_complete_application_parses() {
        let application = complete().parse().unwrap();
        assert_eq!(application.person.email.as_str(), "ani@gyumri.example.am");
        assert!(application.motivation.as_str().starts_with("Gyumri"));
    }

    #[test]
    fn the_motivation_is_required_and_named_before_the_consent() {
        let answers = ApplicationAnswers {
            motivation: "  ".into(),
            person: RegistrationAnswers {
                consent: String::new(),
                ..complete().person
            },
        };
        let errors = answers.parse().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(fields, ["motivation", "consent"]);
        let long = ApplicationAnswers {
            motivation: "x".repeat(2001),
            ..complete()
        };
        assert!(long.parse().is_err());
    }

    #[test]
    fn decisions_name_their_states() {
        assert_eq!(
            Decision::parse("accept").map(Decision::status),
            Some("accepted")
        );
        assert_eq!(
            Decision::parse("waitlist").map(Decision::status),
            Some("waitlisted")
        );
        assert_eq!(
            Decision::parse("decline").map(Decision::status),
            Some("declined")
        );
        assert_eq!(Decision::parse("promote"), None);
        assert_eq!(status_label("withdrawn"), "Withdrawn");
    }
}
