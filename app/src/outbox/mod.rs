//! The durable email outbox. Every email is first a row in `outbox_email`, written in the same
//! transaction as whatever caused it; a background sender delivers due rows over SMTP and
//! retries with backoff, so nothing is lost while the mail server is down.

#[cfg(feature = "ssr")]
pub mod db;
mod pages;
#[cfg(feature = "ssr")]
mod sender;

pub use pages::OutboxPage;
#[cfg(feature = "ssr")]
pub use sender::{OutboxSender, Transport, backoff};

#[cfg(feature = "ssr")]
use chrono::Utc;
#[cfg(feature = "ssr")]
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

#[cfg(feature = "ssr")]
use crate::db::entities::outbox_email;
#[cfg(feature = "ssr")]
use crate::email::Email;

/// The states an outbox row moves through.
pub mod status {
    /// Written, but waits for an admin to release it (decision emails).
    pub const HELD: &str = "held";
    pub const QUEUED: &str = "queued";
    pub const SENDING: &str = "sending";
    pub const SENT: &str = "sent";
    /// No SMTP server is configured: the email stays in the outbox; the log notes only its id,
    /// subject and recipient domain.
    pub const LOGGED: &str = "logged";
    /// The mail server refused it for good (for example, an unknown mailbox).
    pub const FAILED: &str = "failed";
}

#[cfg(feature = "ssr")]
/// What stands in a delivered email's stored copy where a secret was.
pub const REMOVED_SECRET: &str = "[removed once sent]";

#[cfg(feature = "ssr")]
/// `text` with every secret the site puts in links (64 hexadecimal characters) replaced by
/// [`REMOVED_SECRET`], so that the link still shows where it led, but opens nothing.
pub fn without_secrets(text: &str) -> String {
    const SECRET_LENGTH: usize = 64;
    let mut kept = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, kept: &mut String| {
        if run.len() == SECRET_LENGTH {
            kept.push_str(REMOVED_SECRET);
        } else {
            kept.push_str(run);
        }
        run.clear();
    };
    for character in text.chars() {
        if character.is_ascii_hexdigit() {
            run.push(character);
        } else {
            flush(&mut run, &mut kept);
            kept.push(character);
        }
    }
    flush(&mut run, &mut kept);
    kept
}

/// What an email is about, for the quotas that count emails and for deleting a submission's
/// emails with it: `{kind}:{submission id}`.
#[cfg(feature = "ssr")]
pub mod topic {
    /// A resume or manage link.
    pub fn link(submission: i32) -> String {
        format!("link:{submission}")
    }

    /// The confirmation of a sent practice.
    pub fn receipt(submission: i32) -> String {
        format!("receipt:{submission}")
    }

    /// The decision on a practice.
    pub fn decision(submission: i32) -> String {
        format!("decision:{submission}")
    }

    /// Every topic of emails about `submission`.
    pub fn all_of_submission(submission: i32) -> [String; 3] {
        [link(submission), receipt(submission), decision(submission)]
    }
}

#[cfg(feature = "ssr")]
pub struct NewEmail {
    pub to: Email,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    pub attachment: Option<Attachment>,
}

#[cfg(feature = "ssr")]
/// A text file sent with an email.
pub struct Attachment {
    pub name: String,
    pub content_type: String,
    pub body: String,
}

#[cfg(feature = "ssr")]
impl NewEmail {
    /// A plain-text email, the site's usual kind.
    pub fn plain(to: Email, subject: String, text: String) -> Self {
        NewEmail {
            to,
            subject,
            text,
            html: None,
            attachment: None,
        }
    }

    pub fn with_attachment(self, attachment: Attachment) -> Self {
        NewEmail {
            attachment: Some(attachment),
            ..self
        }
    }
}

#[cfg(feature = "ssr")]
/// Queues `email`; pass a transaction to tie it to the change that caused it.
pub async fn queue(db: &impl ConnectionTrait, email: NewEmail) -> Result<i64, DbErr> {
    insert(db, email, status::QUEUED, None).await
}

#[cfg(feature = "ssr")]
/// Queues `email` about `topic` (such as `link:42`), so that a quota can count it
/// ([`db::count_since`]).
pub async fn queue_about(
    db: &impl ConnectionTrait,
    email: NewEmail,
    topic: &str,
) -> Result<i64, DbErr> {
    insert(db, email, status::QUEUED, Some(topic.to_owned())).await
}

#[cfg(feature = "ssr")]
/// Writes `email` as held: it goes only once an admin releases it. A held email about the same
/// `topic` is replaced, so a decision changed before release still makes one email.
pub async fn hold(db: &impl ConnectionTrait, email: NewEmail, topic: &str) -> Result<i64, DbErr> {
    discard_held(db, topic).await?;
    insert(db, email, status::HELD, Some(topic.to_owned())).await
}

#[cfg(feature = "ssr")]
/// Deletes the held email about `topic`, if any: its reason is gone.
pub async fn discard_held(db: &impl ConnectionTrait, topic: &str) -> Result<(), DbErr> {
    outbox_email::Entity::delete_many()
        .filter(outbox_email::Column::Status.eq(status::HELD))
        .filter(outbox_email::Column::Topic.eq(topic))
        .exec(db)
        .await
        .map(|_| ())
}

#[cfg(feature = "ssr")]
async fn insert(
    db: &impl ConnectionTrait,
    email: NewEmail,
    status: &str,
    topic: Option<String>,
) -> Result<i64, DbErr> {
    let now = Utc::now();
    let (attachment_name, attachment_content_type, attachment_body) = match email.attachment {
        Some(file) => (Some(file.name), Some(file.content_type), Some(file.body)),
        None => (None, None, None),
    };
    let row = outbox_email::ActiveModel {
        to_address: Set(email.to.into()),
        subject: Set(email.subject),
        body_text: Set(email.text),
        body_html: Set(email.html),
        status: Set(status.to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        topic: Set(topic),
        attachment_name: Set(attachment_name),
        attachment_content_type: Set(attachment_content_type),
        attachment_body: Set(attachment_body),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn delivered_copies_keep_where_a_link_led_but_not_its_secret() {
        let secret = "0123456789abcdef".repeat(4);
        let body = format!(
            "Open https://hub.example/submit?draft={secret}\nor /manage/{secret}.\nRef EHH-2026-0042, colour #ffaa00, {}",
            "a".repeat(65)
        );
        assert_eq!(
            without_secrets(&body),
            format!(
                "Open https://hub.example/submit?draft={REMOVED_SECRET}\nor /manage/{REMOVED_SECRET}.\nRef EHH-2026-0042, colour #ffaa00, {}",
                "a".repeat(65)
            )
        );
    }
}
