//! The email that brings an invited staff member in.

use super::{Role, StaffIdentity};
use crate::email::Email;
use crate::outbox::NewEmail;
use crate::secret::SecretToken;

pub fn invitation(
    to: Email,
    public_url: &str,
    token: &SecretToken,
    role: Role,
    invited_by: &StaffIdentity,
) -> NewEmail {
    let link = format!("{public_url}/admin/invitation/{}", token.expose());
    let role = role.label().to_lowercase();
    NewEmail::plain(
        to,
        "Your staff account for the European Heritage Hub open call".to_owned(),
        format!(
            "Hello,\n\n{inviter} invited you to work on the European Heritage Hub open call as {role}.\n\n\
             To choose your password and sign in, open this link within seven days:\n\n{link}\n\n\
             The link works once. If you did not expect this email, you can ignore it.\n\n\
             European Heritage Hub\n",
            inviter = invited_by.display_name,
        ),
    )
}
