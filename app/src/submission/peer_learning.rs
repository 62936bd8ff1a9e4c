//! Step 5: peer learning: hosting a visit, presenting at a workshop.

use serde::{Deserialize, Serialize};

use super::fields::{FieldErrors, ShortText, parse_yes_no};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PeerLearningAnswers {
    /// `yes` or `no`.
    pub willing_to_host: String,
    pub host_city: String,
    pub host_period: String,
    pub host_organiser: String,
    /// `yes` or `no`.
    pub workshop_interest: String,
}

/// An offer to host a peer-learning visit for a delegation of about 20.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostingOffer {
    pub city: ShortText,
    pub preferred_period: ShortText,
    pub organiser: ShortText,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerLearning {
    pub hosting: Option<HostingOffer>,
    pub workshop_interest: bool,
}

impl PeerLearningAnswers {
    /// The host city, period and organiser are asked only of those who offer to host.
    pub fn parse(&self) -> Result<PeerLearning, FieldErrors> {
        let mut errors = FieldErrors::default();
        let willing = errors.check("willing_to_host", parse_yes_no(&self.willing_to_host));
        let hosting = match willing {
            Some(true) => {
                let city = errors.check("host_city", ShortText::parse(&self.host_city));
                let period = errors.check("host_period", ShortText::parse(&self.host_period));
                let organiser =
                    errors.check("host_organiser", ShortText::parse(&self.host_organiser));
                (|| {
                    Some(Some(HostingOffer {
                        city: city?,
                        preferred_period: period?,
                        organiser: organiser?,
                    }))
                })()
            }
            Some(false) => Some(None),
            None => None,
        };
        let workshop_interest =
            errors.check("workshop_interest", parse_yes_no(&self.workshop_interest));
        let peer_learning = (|| {
            Some(PeerLearning {
                hosting: hosting?,
                workshop_interest: workshop_interest?,
            })
        })();
        errors.into_result(peer_learning)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosting_details_are_required_only_with_an_offer() {
        let no_offer = PeerLearningAnswers {
            willing_to_host: "no".into(),
            host_city: "left over".into(),
            workshop_interest: "yes".into(),
            ..Default::default()
        };
        assert_eq!(
            no_offer.parse().unwrap(),
            PeerLearning {
                hosting: None,
                workshop_interest: true
            }
        );

        let offer = PeerLearningAnswers {
            willing_to_host: "yes".into(),
            host_city: "".into(),
            ..no_offer.clone()
        };
        let errors = offer.parse().unwrap_err();
        for field in ["host_city", "host_period", "host_organiser"] {
            assert_eq!(
                errors.english_for(field).as_deref(),
                Some("This field is required."),
                "{field}"
            );
        }

        let complete = PeerLearningAnswers {
            host_city: "Gyumri".into(),
            host_period: "Spring 2025".into(),
            host_organiser: "Gyumri Municipality, culture department".into(),
            ..offer
        };
        let hosting = complete.parse().unwrap().hosting.unwrap();
        assert_eq!(hosting.city.as_str(), "Gyumri");
    }

    #[test]
    fn both_questions_need_an_answer() {
        let errors = PeerLearningAnswers::default().parse().unwrap_err();
        assert_eq!(
            errors.english_for("willing_to_host").as_deref(),
            Some("Choose one of the options.")
        );
        assert_eq!(
            errors.english_for("workshop_interest").as_deref(),
            Some("Choose one of the options.")
        );
    }
}
