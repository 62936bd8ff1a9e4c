//! The countries the call is open to: the countries of Europe, every Council of Europe member
//! among them, and Armenia, Azerbaijan and Georgia.

use serde::{Deserialize, Serialize};

/// ISO 3166-1 alpha-2 code and English short name, sorted by name. Kosovo uses the code `XK`
/// that the European Commission uses.
pub const COUNTRIES: &[(&str, &str)] = &[
    ("AL", "Albania"),
    ("AD", "Andorra"),
    ("AM", "Armenia"),
    ("AT", "Austria"),
    ("AZ", "Azerbaijan"),
    ("BY", "Belarus"),
    ("BE", "Belgium"),
    ("BA", "Bosnia and Herzegovina"),
    ("BG", "Bulgaria"),
    ("HR", "Croatia"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DK", "Denmark"),
    ("EE", "Estonia"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GE", "Georgia"),
    ("DE", "Germany"),
    ("GR", "Greece"),
    ("VA", "Holy See"),
    ("HU", "Hungary"),
    ("IS", "Iceland"),
    ("IE", "Ireland"),
    ("IT", "Italy"),
    ("XK", "Kosovo"),
    ("LV", "Latvia"),
    ("LI", "Liechtenstein"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("MT", "Malta"),
    ("MD", "Moldova"),
    ("MC", "Monaco"),
    ("ME", "Montenegro"),
    ("NL", "Netherlands"),
    ("MK", "North Macedonia"),
    ("NO", "Norway"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("RO", "Romania"),
    ("RU", "Russia"),
    ("SM", "San Marino"),
    ("RS", "Serbia"),
    ("SK", "Slovakia"),
    ("SI", "Slovenia"),
    ("ES", "Spain"),
    ("SE", "Sweden"),
    ("CH", "Switzerland"),
    ("TR", "Türkiye"),
    ("UA", "Ukraine"),
    ("GB", "United Kingdom"),
];

/// A country from [`COUNTRIES`]; the only way to get one is to parse a known code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Country(&'static str, &'static str);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a country of the call")]
pub struct UnknownCountry;

impl From<UnknownCountry> for crate::i18n::Message {
    fn from(_: UnknownCountry) -> Self {
        crate::i18n::Message::new("error-country")
    }
}

impl Country {
    /// Accepts a two-letter code in either case, surrounding spaces ignored.
    pub fn parse(code: &str) -> Result<Self, UnknownCountry> {
        let code = code.trim();
        COUNTRIES
            .iter()
            .find(|(known, _)| known.eq_ignore_ascii_case(code))
            .map(|&(code, name)| Country(code, name))
            .ok_or(UnknownCountry)
    }

    pub fn code(&self) -> &'static str {
        self.0
    }

    pub fn name(&self) -> &'static str {
        self.1
    }
}

impl TryFrom<String> for Country {
    type Error = UnknownCountry;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        Country::parse(&code)
    }
}

impl From<Country> for String {
    fn from(country: Country) -> Self {
        country.code().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNCIL_OF_EUROPE_MEMBERS: [&str; 46] = [
        "AL", "AD", "AM", "AT", "AZ", "BE", "BA", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
        "GE", "DE", "GR", "HU", "IS", "IE", "IT", "LV", "LI", "LT", "LU", "MT", "MD", "MC", "ME",
        "NL", "MK", "NO", "PL", "PT", "RO", "SM", "RS", "SK", "SI", "ES", "SE", "CH", "TR", "UA",
        "GB",
    ];

    #[test]
    fn every_council_of_europe_member_and_the_caucasus_is_listed() {
        for code in COUNCIL_OF_EUROPE_MEMBERS.iter().chain(&["AM", "AZ", "GE"]) {
            assert!(Country::parse(code).is_ok(), "{code} missing");
        }
    }

    #[test]
    fn codes_are_unique_and_names_sorted() {
        let mut codes: Vec<_> = COUNTRIES.iter().map(|(code, _)| *code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), COUNTRIES.len());
        assert!(COUNTRIES.windows(2).all(|pair| pair[0].1 < pair[1].1));
    }

    #[test]
    fn parses_codes_case_insensitively_and_rejects_the_rest() {
        assert_eq!(Country::parse(" ge ").map(|c| c.name()), Ok("Georgia"));
        assert_eq!(Country::parse("US"), Err(UnknownCountry));
        assert_eq!(Country::parse(""), Err(UnknownCountry));
    }

    #[test]
    fn serialises_as_its_code() {
        let json = serde_json::to_string(&Country::parse("am").unwrap()).unwrap();
        assert_eq!(json, r#""AM""#);
        assert!(serde_json::from_str::<Country>(r#""XX""#).is_err());
    }
}
