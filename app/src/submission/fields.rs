//! Field-level building blocks of the wizard: bounded text, web addresses, years, and the
//! errors a step reports per field. The browser runs these for instant feedback; the server
//! runs the same code and is the authority.

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// One message for one field, named as in the form; shown in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: Message,
}

/// The problems of one step, in the order of its fields, so that the error summary reads in
/// the same order as the form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// Keeps `result`'s value, or records its error against `field`.
    pub fn check<T, E: Into<Message>>(&mut self, field: &str, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.add(field, error);
                None
            }
        }
    }

    pub fn add(&mut self, field: &str, message: impl Into<Message>) {
        self.0.push(FieldError {
            field: field.to_owned(),
            message: message.into(),
        });
    }

    /// `Ok(value)` when nothing was recorded; `value` is `None` exactly when a check failed.
    pub fn into_result<T>(self, value: Option<T>) -> Result<T, FieldErrors> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self),
        }
    }

    /// Appends the errors of a part of the step, such as one image's details.
    pub fn extend(&mut self, other: FieldErrors) {
        self.0.extend(other.0);
    }

    /// Shows `message` for `field`, or nothing when it is `None`, keeping the others as they are.
    pub fn set_field(&mut self, field: &str, message: Option<&Message>) {
        match (
            self.0.iter().position(|error| error.field == field),
            message,
        ) {
            (Some(index), Some(message)) => self.0[index].message = message.clone(),
            (Some(index), None) => {
                self.0.remove(index);
            }
            (None, Some(message)) => self.add(field, message.clone()),
            (None, None) => {}
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn for_field(&self, field: &str) -> Option<&Message> {
        self.0
            .iter()
            .find(|error| error.field == field)
            .map(|error| &error.message)
    }

    /// The message for `field` in English, for the tests.
    #[cfg(all(test, feature = "ssr"))]
    pub fn english_for(&self, field: &str) -> Option<String> {
        let english = crate::i18n::I18n::new(crate::i18n::Lang::En);
        self.for_field(field)
            .map(|message| english.message(message))
    }

    /// The message for `field` in the page's language.
    pub fn text_for(&self, field: &str) -> Option<String> {
        self.for_field(field).map(crate::i18n::say)
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }
}

/// An optional answer: blank is `None`; anything else must pass `parse`.
pub fn optional<T, E>(
    input: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<Option<T>, E> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse(input).map(Some)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    Missing,
    TooLong { max: usize, actual: usize },
}

impl From<TextError> for Message {
    fn from(error: TextError) -> Self {
        match error {
            TextError::Missing => Message::new("error-required"),
            TextError::TooLong { max, actual } => Message::new("error-too-long")
                .with("max", max)
                .with("actual", actual),
        }
    }
}

/// Trimmed text of 1 to `MAX` characters (Unicode scalar values, as people count them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text<const MAX: usize>(String);

impl<const MAX: usize> Text<MAX> {
    pub fn parse(input: &str) -> Result<Self, TextError> {
        let text = input.trim();
        let actual = text.chars().count();
        if actual == 0 {
            Err(TextError::Missing)
        } else if actual > MAX {
            Err(TextError::TooLong { max: MAX, actual })
        } else {
            Ok(Text(text.to_owned()))
        }
    }

    /// Blank is `None`; anything else must fit.
    pub fn parse_optional(input: &str) -> Result<Option<Self>, TextError> {
        optional(input, Self::parse)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's name: trimmed text of 1 to 100 characters, with no control characters and nothing
/// that reads as a web or email address. Names are written into the emails the site sends to the
/// address given beside them, so a name must not make those emails someone else's message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name(Text<100>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    Text(TextError),
    NotAName,
}

impl From<TextError> for NameError {
    fn from(error: TextError) -> Self {
        NameError::Text(error)
    }
}

impl From<NameError> for Message {
    fn from(error: NameError) -> Self {
        match error {
            NameError::Text(error) => error.into(),
            NameError::NotAName => Message::new("error-not-a-name"),
        }
    }
}

impl Name {
    pub fn parse(input: &str) -> Result<Self, NameError> {
        let text = Text::parse(input)?;
        let reads_as_address = |word: &str| {
            let lower = word.to_lowercase();
            lower.contains("://")
                || lower.starts_with("www.")
                || word.contains('@')
                // `evil.example`, `bit.ly/x`: letters on both sides of a dot.
                || word.split('.').count() > 1
                    && word.split('.').all(|part| part.chars().any(char::is_alphabetic))
                    && !word.ends_with('.')
        };
        if text.as_str().chars().any(char::is_control)
            || text.as_str().split_whitespace().any(reads_as_address)
        {
            return Err(NameError::NotAName);
        }
        Ok(Name(text))
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

pub type ShortText = Text<200>;
pub type Summary = Text<500>;
pub type LongText = Text<2000>;
pub type Description = Text<6000>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebAddressError {
    Malformed,
    TooLong,
}

impl From<WebAddressError> for Message {
    fn from(error: WebAddressError) -> Self {
        Message::new(match error {
            WebAddressError::Malformed => "error-web-address",
            WebAddressError::TooLong => "error-web-address-too-long",
        })
    }
}

/// An absolute http(s) address with a host name: what a visitor can open in a browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebAddress(String);

impl WebAddress {
    pub fn parse(input: &str) -> Result<Self, WebAddressError> {
        let address = input.trim();
        if address.chars().count() > 500 {
            return Err(WebAddressError::TooLong);
        }
        let lower = address.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"))
            .ok_or(WebAddressError::Malformed)?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host = host.rsplit_once('@').map_or(host, |(_, host)| host);
        let host = host.split(':').next().unwrap_or_default();
        let host_is_valid = host.contains('.')
            && !host.starts_with('.')
            && !host.ends_with('.')
            && host.split('.').all(|label| !label.is_empty())
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let no_spaces = !address.chars().any(|c| c.is_whitespace() || c.is_control());
        if host_is_valid && no_spaces {
            Ok(WebAddress(address.to_owned()))
        } else {
            Err(WebAddressError::Malformed)
        }
    }

    pub fn parse_optional(input: &str) -> Result<Option<Self>, WebAddressError> {
        optional(input, Self::parse)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearError {
    Malformed,
    OutOfRange { min: i32, max: i32 },
}

impl From<YearError> for Message {
    fn from(error: YearError) -> Self {
        match error {
            YearError::Malformed => Message::new("error-year-format"),
            // Years as text: they are not grouped like counts (2021, not 2,021).
            YearError::OutOfRange { min, max } => Message::new("error-year-range")
                .with("min", min.to_string())
                .with("max", max.to_string()),
        }
    }
}

/// A year from 1900 up to `latest` (the current year, passed in so tests need no clock).
pub fn parse_year(input: &str, latest: i32) -> Result<i32, YearError> {
    let input = input.trim();
    if input.len() != 4 || !input.chars().all(|c| c.is_ascii_digit()) {
        return Err(YearError::Malformed);
    }
    let year: i32 = input.parse().map_err(|_| YearError::Malformed)?;
    if (1900..=latest).contains(&year) {
        Ok(year)
    } else {
        Err(YearError::OutOfRange {
            min: 1900,
            max: latest,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoChoice;

impl From<NoChoice> for Message {
    fn from(_: NoChoice) -> Self {
        Message::new("error-no-choice")
    }
}

/// A required yes/no radio group: the form posts `yes` or `no`.
pub fn parse_yes_no(input: &str) -> Result<bool, NoChoice> {
    match input.trim() {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(NoChoice),
    }
}

/// A checkbox: browsers post its value when ticked and nothing when not.
pub fn is_ticked(input: &str) -> bool {
    !input.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_names_not_messages() {
        for name in [
            "Ani Hakobyan",
            "Dr. J. R. Smith",
            "Jean-Luc O'Neil",
            "ნინო კაპანაძე",
            "Nərmin Əliyeva",
            "St. Mary's Choir",
        ] {
            assert_eq!(
                Name::parse(name).map(|n| n.as_str().to_owned()),
                Ok(name.to_owned())
            );
        }
        for message in [
            "Claim your grant at evil.example",
            "Ani https://evil.example/x",
            "see www.evil",
            "write to ani@evil.example",
            "Ani\u{7}",
            "Ani\r\nBcc: everyone@x",
            "bit.ly/abc",
        ] {
            assert_eq!(
                Name::parse(message),
                Err(NameError::NotAName),
                "{message:?}"
            );
        }
    }

    #[test]
    fn text_is_trimmed_and_counted_in_characters() {
        assert_eq!(Summary::parse("  Tbilisi  ").unwrap().as_str(), "Tbilisi");
        assert_eq!(
            Text::<3>::parse("ქართ"),
            Err(TextError::TooLong { max: 3, actual: 4 })
        );
        assert!(
            Text::<4>::parse("ქართ").is_ok(),
            "four Georgian letters are four characters"
        );
        assert_eq!(Name::parse(" \n "), Err(TextError::Missing.into()));
        assert_eq!(
            Summary::parse(&"a".repeat(501)),
            Err(TextError::TooLong {
                max: 500,
                actual: 501
            })
        );
        assert!(Summary::parse(&"a".repeat(500)).is_ok());
        assert!(Description::parse(&"é".repeat(6000)).is_ok());
    }

    #[test]
    fn web_addresses_must_open_in_a_browser() {
        for good in [
            "https://example.org",
            "http://tbilisi.gov.ge/en/heritage?x=1#top",
            "https://user@sub.example.org:8443/p",
            "https://städte.de",
        ] {
            assert!(WebAddress::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "example.org",
            "ftp://example.org",
            "https://",
            "https://localhost",
            "javascript:alert(1)",
            "https://exa mple.org",
            "https://.org",
            "https://example..org",
        ] {
            assert_eq!(
                WebAddress::parse(bad),
                Err(WebAddressError::Malformed),
                "{bad}"
            );
        }
        assert_eq!(WebAddress::parse_optional(" "), Ok(None));
        let long = format!("https://example.org/{}", "a".repeat(500));
        assert_eq!(WebAddress::parse(&long), Err(WebAddressError::TooLong));
    }

    #[test]
    fn years_are_four_digits_in_range() {
        assert_eq!(parse_year(" 2021 ", 2026), Ok(2021));
        assert_eq!(parse_year("21", 2026), Err(YearError::Malformed));
        assert_eq!(parse_year("２０２１", 2026), Err(YearError::Malformed));
        assert_eq!(
            parse_year("1899", 2026),
            Err(YearError::OutOfRange {
                min: 1900,
                max: 2026
            })
        );
        assert_eq!(
            parse_year("2027", 2026),
            Err(YearError::OutOfRange {
                min: 1900,
                max: 2026
            })
        );
    }

    #[test]
    fn errors_keep_field_order_and_block_the_value() {
        let mut errors = FieldErrors::default();
        let first = errors.check("first", Name::parse(""));
        let second = errors.check("second", Name::parse("ok"));
        assert_eq!(
            errors.for_field("first"),
            Some(&Message::new("error-required"))
        );
        assert_eq!(errors.english_for("second").as_deref(), None);
        assert!(errors.clone().into_result(first.zip(second)).is_err());
        assert_eq!(FieldErrors::default().into_result(Some(1)), Ok(1));
    }
}
