//! The durable email outbox. Every email is first a row in `outbox_email`, written in the same
//! transaction as whatever caused it; a background sender delivers due rows over SMTP and
//! retries with backoff, so nothing is lost while the mail server is down.

mod sender;

pub use sender::{OutboxSender, Transport, backoff};

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

use crate::db::entities::outbox_email;
use crate::email::Email;

/// The states an outbox row moves through.
pub mod status {
    pub const QUEUED: &str = "queued";
    pub const SENDING: &str = "sending";
    pub const SENT: &str = "sent";
    /// No SMTP server is configured: the email was written to the log instead.
    pub const LOGGED: &str = "logged";
    /// The mail server refused it for good (for example, an unknown mailbox).
    pub const FAILED: &str = "failed";
}

pub struct NewEmail {
    pub to: Email,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// Queues `email`; pass a transaction to tie it to the change that caused it.
pub async fn queue(db: &impl ConnectionTrait, email: NewEmail) -> Result<i64, DbErr> {
    let now = Utc::now();
    let row = outbox_email::ActiveModel {
        to_address: Set(email.to.into()),
        subject: Set(email.subject),
        body_text: Set(email.text),
        body_html: Set(email.html),
        status: Set(status::QUEUED.to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}
