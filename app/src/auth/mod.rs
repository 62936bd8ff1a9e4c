//! Staff accounts: roles, sign-in and sign-out, database sessions, and the role check every
//! staff server function starts with.

mod account;
mod api;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
mod emails;
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
