//! Staff accounts: roles and, on the server, password hashing and account creation.
//! Sign-in, sessions and invitations build on this.

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod password;

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
}
