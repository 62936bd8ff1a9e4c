//! An email address that has been checked once and can be trusted from then on.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidEmail {
    #[error("no email address")]
    Empty,
    #[error("not an email address")]
    Malformed,
    #[error("an email address longer than 254 characters")]
    TooLong,
}

impl From<InvalidEmail> for crate::i18n::Message {
    fn from(error: InvalidEmail) -> Self {
        crate::i18n::Message::new(match error {
            InvalidEmail::Empty => "error-email-empty",
            InvalidEmail::Malformed => "error-email-format",
            InvalidEmail::TooLong => "error-email-too-long",
        })
    }
}

impl Email {
    /// Trims spaces and lower-cases the domain; the local part is kept as typed, since mail
    /// servers may treat it case-sensitively.
    pub fn parse(input: &str) -> Result<Self, InvalidEmail> {
        let input = input.trim();
        if input.is_empty() {
            return Err(InvalidEmail::Empty);
        }
        if input.len() > 254 {
            return Err(InvalidEmail::TooLong);
        }
        let (local, domain) = input.rsplit_once('@').ok_or(InvalidEmail::Malformed)?;
        let domain_is_valid = domain.split('.').count() >= 2
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        let local_is_valid = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && local
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && !"<>()[],;:\\\"".contains(c));
        if !(domain_is_valid && local_is_valid) {
            return Err(InvalidEmail::Malformed);
        }
        Ok(Email(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The same address lower-cased whole, for where an address is a name to sign in with.
    pub fn lowercased(&self) -> Email {
        Email(self.0.to_lowercase())
    }
}

impl AsRef<str> for Email {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Email {
    type Error = InvalidEmail;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Email::parse(&value)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> Self {
        email.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_addresses_and_normalises_the_domain() {
        assert_eq!(
            Email::parse(" Nino.K@Tbilisi.GOV.ge ").unwrap().as_str(),
            "Nino.K@tbilisi.gov.ge"
        );
        assert!(Email::parse("anna+call@städte.de").is_ok());
    }

    #[test]
    fn rejects_what_cannot_receive_mail() {
        for (input, error) in [
            ("", InvalidEmail::Empty),
            ("   ", InvalidEmail::Empty),
            ("no-at-sign", InvalidEmail::Malformed),
            ("@example.org", InvalidEmail::Malformed),
            ("name@localhost", InvalidEmail::Malformed),
            ("name@exa mple.org", InvalidEmail::Malformed),
            ("na me@example.org", InvalidEmail::Malformed),
            ("name@-example.org", InvalidEmail::Malformed),
            ("a@b@example.org", InvalidEmail::Malformed),
            ("<script>@example.org", InvalidEmail::Malformed),
        ] {
            assert_eq!(Email::parse(input), Err(error), "{input:?}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(InvalidEmail::TooLong));
    }
}
