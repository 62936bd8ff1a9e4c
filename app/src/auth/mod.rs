//! Staff accounts: roles, sign-in and sign-out, database sessions, and the role check every
//! staff server function starts with.

mod api;
#[cfg(feature = "ssr")]
pub mod db;
mod pages;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod throttle;

#[cfg(feature = "ssr")]
pub use api::require;
pub use api::{SignIn, SignOut, current_staff, sign_in, sign_out};
pub use pages::{SignInPage, SignOutButton};

use serde::{Deserialize, Serialize};

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

    pub fn parse(stored: &str) -> Option<Role> {
        [Role::Admin, Role::Reviewer]
            .into_iter()
            .find(|role| role.as_str() == stored)
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
}
