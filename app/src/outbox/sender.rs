//! Delivers due outbox rows. Several server instances may run a sender against one database:
//! each row is claimed by a single conditional UPDATE before it is sent.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use tokio::sync::watch;

use super::status;
use crate::db::entities::outbox_email::{self, Column};

/// How long a claimed row belongs to one sender before another may take it over.
const CLAIM: TimeDelta = TimeDelta::minutes(2);
const BATCH: u64 = 20;
/// How often the sender looks for due emails.
const POLL_EVERY: Duration = Duration::from_secs(2);

/// Where emails go.
#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// No SMTP server configured: emails stay in the outbox and are written to the log.
    Log,
}

impl Transport {
    /// `smtp://user:pass@host:587?tls=required`, `smtps://host`, or `None` for [`Transport::Log`].
    /// Must run inside the Tokio runtime: the SMTP connection pool starts a task.
    pub fn from_url(url: Option<&str>) -> Result<Self, lettre::transport::smtp::Error> {
        Ok(match url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            ),
            None => Transport::Log,
        })
    }

    /// Checks an SMTP URL without connecting or starting anything.
    pub fn check_url(url: &str) -> Result<(), lettre::transport::smtp::Error> {
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map(|_| ())
    }
}

/// The part of an address after its last `@`, as the log may show it.
fn recipient_domain(address: &str) -> &str {
    address
        .rsplit_once('@')
        .map_or("", |(_, domain)| domain.trim_end_matches('>'))
}

/// The wait before the next attempt after `attempts` failures: 15 s, doubling, at most an hour.
pub fn backoff(attempts: i32) -> TimeDelta {
    let exponent = attempts.saturating_sub(1).clamp(0, 16) as u32;
    TimeDelta::seconds(15 * 2_i64.pow(exponent)).min(TimeDelta::hours(1))
}

#[derive(Clone)]
pub struct OutboxSender {
    db: DatabaseConnection,
    transport: Transport,
    from: Mailbox,
}

enum Outcome {
    Sent,
    Logged,
    Retry(String),
    Refused(String),
}

impl OutboxSender {
    pub fn new(db: DatabaseConnection, transport: Transport, from: Mailbox) -> Self {
        OutboxSender {
            db,
            transport,
            from,
        }
    }

    /// Delivers due emails until `stop` turns true. A database outage only delays delivery.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        loop {
            if let Err(error) = self.deliver_due(Utc::now()).await {
                tracing::warn!(%error, "outbox: could not read due emails; will retry");
            }
            tokio::select! {
                _ = tokio::time::sleep(POLL_EVERY) => {}
                _ = stop.changed() => {}
            }
            if *stop.borrow() {
                return;
            }
        }
    }

    /// One pass over the emails due at `now`; returns how many were handled.
    pub async fn deliver_due(&self, now: DateTime<Utc>) -> Result<usize, DbErr> {
        let due = outbox_email::Entity::find()
            .filter(due_condition(now))
            .order_by_asc(Column::Id)
            .limit(BATCH)
            .all(&self.db)
            .await?;
        let mut handled = 0;
        for email in due {
            if !self.claim(email.id, now).await? {
                continue; // another sender took it
            }
            let outcome = self.deliver(&email).await;
            self.record(&email, outcome, Utc::now()).await?;
            handled += 1;
        }
        Ok(handled)
    }

    async fn claim(&self, id: i64, now: DateTime<Utc>) -> Result<bool, DbErr> {
        let result = outbox_email::Entity::update_many()
            .col_expr(Column::Status, Expr::value(status::SENDING))
            .col_expr(Column::ClaimedUntil, Expr::value(now + CLAIM))
            .filter(Column::Id.eq(id))
            .filter(due_condition(now))
            .exec(&self.db)
            .await?;
        Ok(result.rows_affected == 1)
    }

    async fn deliver(&self, email: &outbox_email::Model) -> Outcome {
        let Transport::Smtp(smtp) = &self.transport else {
            // Bodies carry private links and addresses identify people: the log gets neither.
            tracing::info!(
                id = email.id,
                subject = %email.subject,
                to_domain = recipient_domain(&email.to_address),
                "outbox: no SMTP_URL set, email kept in the outbox (its text is in the database)"
            );
            return Outcome::Logged;
        };
        let message = match self.compose(email) {
            Ok(message) => message,
            Err(problem) => return Outcome::Refused(problem),
        };
        match smtp.send(message).await {
            Ok(_) => Outcome::Sent,
            Err(error) if error.is_permanent() => Outcome::Refused(error.to_string()),
            Err(error) => Outcome::Retry(error.to_string()),
        }
    }

    fn compose(&self, email: &outbox_email::Model) -> Result<Message, String> {
        let to: Mailbox = email
            .to_address
            .parse()
            .map_err(|e| format!("bad recipient: {e}"))?;
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&email.subject);
        let body = match &email.body_html {
            Some(html) => MultiPart::alternative_plain_html(email.body_text.clone(), html.clone()),
            None => MultiPart::mixed().singlepart(SinglePart::plain(email.body_text.clone())),
        };
        match attachment(email)? {
            Some(file) if email.body_html.is_some() => {
                builder.multipart(MultiPart::mixed().multipart(body).singlepart(file))
            }
            Some(file) => builder.multipart(body.singlepart(file)),
            None if email.body_html.is_some() => builder.multipart(body),
            None => builder
                .header(ContentType::TEXT_PLAIN)
                .body(email.body_text.clone()),
        }
        .map_err(|e| format!("could not build the message: {e}"))
    }

    async fn record(
        &self,
        email: &outbox_email::Model,
        outcome: Outcome,
        now: DateTime<Utc>,
    ) -> Result<(), DbErr> {
        let attempts = email.attempts + 1;
        let update = outbox_email::Entity::update_many()
            .col_expr(Column::Attempts, Expr::value(attempts))
            .col_expr(
                Column::ClaimedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(Column::Id.eq(email.id));
        let update = match outcome {
            Outcome::Sent | Outcome::Logged => {
                let done = if matches!(outcome, Outcome::Sent) {
                    status::SENT
                } else {
                    status::LOGGED
                };
                // Delivered, the email's secret links have done their work here: the copy that
                // stays for staff to read must not open anyone's practice or place.
                update
                    .col_expr(Column::Status, Expr::value(done))
                    .col_expr(Column::SentAt, Expr::value(now))
                    .col_expr(Column::LastError, Expr::value(Option::<String>::None))
                    .col_expr(
                        Column::BodyText,
                        Expr::value(super::without_secrets(&email.body_text)),
                    )
                    .col_expr(
                        Column::BodyHtml,
                        Expr::value(email.body_html.as_deref().map(super::without_secrets)),
                    )
                    .col_expr(
                        Column::AttachmentBody,
                        Expr::value(email.attachment_body.as_deref().map(super::without_secrets)),
                    )
            }
            Outcome::Retry(error) => {
                tracing::warn!(id = email.id, attempts, %error, "outbox: delivery failed; will retry");
                update
                    .col_expr(Column::Status, Expr::value(status::QUEUED))
                    .col_expr(Column::NextAttemptAt, Expr::value(now + backoff(attempts)))
                    .col_expr(Column::LastError, Expr::value(error))
            }
            Outcome::Refused(error) => {
                tracing::error!(id = email.id, %error, "outbox: email refused for good");
                update
                    .col_expr(Column::Status, Expr::value(status::FAILED))
                    .col_expr(Column::LastError, Expr::value(error))
            }
        };
        update.exec(&self.db).await.map(|_| ())
    }
}

/// The row's attached file as a MIME part, if it has one.
fn attachment(email: &outbox_email::Model) -> Result<Option<SinglePart>, String> {
    let (Some(name), Some(content_type), Some(body)) = (
        &email.attachment_name,
        &email.attachment_content_type,
        &email.attachment_body,
    ) else {
        return Ok(None);
    };
    let content_type = ContentType::parse(content_type)
        .map_err(|e| format!("bad attachment type {content_type}: {e}"))?;
    Ok(Some(
        Attachment::new(name.clone()).body(body.clone(), content_type),
    ))
}

/// Queued and due, or claimed by a sender whose claim has run out.
fn due_condition(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(
            Condition::all()
                .add(Column::Status.eq(status::QUEUED))
                .add(Column::NextAttemptAt.lte(now)),
        )
        .add(
            Condition::all()
                .add(Column::Status.eq(status::SENDING))
                .add(Column::ClaimedUntil.lt(now)),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped_at_an_hour() {
        let seconds: Vec<i64> = (1..=10).map(|n| backoff(n).num_seconds()).collect();
        assert_eq!(seconds, [15, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(backoff(i32::MAX), TimeDelta::hours(1));
    }
}
