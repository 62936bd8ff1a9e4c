//! Staff accounts: roles, sign-in and sign-out, database sessions, the role check every staff
//! server function starts with, and the gate that sends anonymous visitors of staff pages to
//! the sign-in.

mod account;
mod api;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
mod emails;
#[cfg(feature = "ssr")]
pub mod gate;
mod invitation;
mod pages;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod throttle;
#[cfg(feature = "ssr")]
pub mod totp;
mod users;

pub use account::AccountPage;
#[cfg(feature = "ssr")]
pub use api::require;
pub use api::{SignIn, SignInCode, SignOut, current_staff, sign_in, sign_in_code, sign_out};
pub use invitation::InvitationPage;
pub use pages::{SignInCodePage, SignInPage, SignOutButton};
pub use users::StaffUsersPage;

use serde::{Deserialize, Serialize};

use crate::email::{Email, InvalidEmail};

/// How long failed sign-ins count against an account or an address.
pub const SIGN_IN_LOCKOUT_MINUTES: u64 = 15;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Admin,
    Reviewer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Reviewer => "reviewer",
        }
    }

    pub const ALL: [Role; 2] = [Role::Admin, Role::Reviewer];

    pub fn parse(stored: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.as_str() == stored)
    }

    /// Whether this role may do what `needed` may: admins may do everything reviewers may.
    pub fn allows(self, needed: Role) -> bool {
        self == Role::Admin || self == needed
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Admin",
            Role::Reviewer => "Reviewer",
        }
    }
}

/// How a staff member is named to colleagues and in the audit log: 1 to 100 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let name = input.trim();
        match name.chars().count() {
            0 => Err("Enter the person's name."),
            n if n > 100 => Err("A name can be at most 100 characters long."),
            _ if name.chars().any(char::is_control) => {
                Err("A name cannot contain control characters.")
            }
            _ => Ok(DisplayName(name.to_owned())),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A staff member's address, which they sign in with: lower-cased whole, once, so that an
/// invitation to `Ana@Example.org` is an account `ana@example.org` signs in to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffEmail(Email);

impl StaffEmail {
    pub fn parse(input: &str) -> Result<Self, InvalidEmail> {
        Email::parse(input).map(Self::from)
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    pub fn email(&self) -> &Email {
        &self.0
    }
}

impl From<Email> for StaffEmail {
    fn from(email: Email) -> Self {
        StaffEmail(email.lowercased())
    }
}

impl std::fmt::Display for StaffEmail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Where sign-in leads back to: a staff page of this site, never another site, so that the
/// sign-in link cannot be made to send anyone elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnPath(String);

impl ReturnPath {
    pub fn parse(input: &str) -> Option<Self> {
        let path = input.split(['?', '#']).next().unwrap_or_default();
        let rest = path.strip_prefix("/admin")?;
        let staff_page = rest.is_empty() || rest.starts_with('/');
        let local = !path.contains("//") && !path.contains('\\');
        let plain = input.len() <= 2000 && !input.chars().any(char::is_control);
        (staff_page && local && plain).then(|| ReturnPath(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The signed-in staff member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffIdentity {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admins_may_do_what_reviewers_may_but_not_the_reverse() {
        assert!(Role::Admin.allows(Role::Reviewer));
        assert!(Role::Admin.allows(Role::Admin));
        assert!(Role::Reviewer.allows(Role::Reviewer));
        assert!(!Role::Reviewer.allows(Role::Admin));
    }

    #[test]
    fn staff_addresses_are_lower_cased_whole() {
        assert_eq!(
            StaffEmail::parse(" Ana.K@Heritage-Hub.EXAMPLE ")
                .unwrap()
                .as_str(),
            "ana.k@heritage-hub.example"
        );
        assert_eq!(
            StaffEmail::from(Email::parse("Ana@x.org").unwrap()),
            StaffEmail::parse("ana@X.org").unwrap()
        );
        assert!(StaffEmail::parse("Ana").is_err());
    }

    #[test]
    fn sign_in_leads_back_only_to_staff_pages_of_this_site() {
        for good in [
            "/admin",
            "/admin/submissions/7",
            "/admin/submissions?sort=title&q=http://x",
        ] {
            assert_eq!(ReturnPath::parse(good).unwrap().as_str(), good);
        }
        for bad in [
            "",
            "//evil.example/admin",
            "https://evil.example/admin",
            "/admin//evil.example",
            "/admin/\\evil.example",
            "/\\evil.example",
            "/administrator",
            "/submit",
            "admin",
            "/admin\r\nSet-Cookie: x=1",
        ] {
            assert_eq!(ReturnPath::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn display_names_are_trimmed_and_bounded() {
        assert_eq!(
            DisplayName::parse("  Rita Reviewer ").unwrap().as_str(),
            "Rita Reviewer"
        );
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"a".repeat(101)).is_err());
        assert!(DisplayName::parse("Rita\u{7}").is_err());
    }
}
