//! The outbox keeps every email until an SMTP server takes it, once.

use chrono::{TimeDelta, Utc};
use lettre::message::Mailbox;
use sea_orm::{DatabaseConnection, EntityTrait};

use app::db::entities::outbox_email;
use app::email::Email;
use app::outbox::{NewEmail, OutboxSender, Transport, status};

use crate::on_both_databases;
use crate::support::TestDatabase;
use crate::support::smtp::SmtpServer;

fn from() -> Mailbox {
    "European Heritage Hub <no-reply@heritage-hub.localhost>"
        .parse()
        .unwrap()
}

fn email(to: &str, subject: &str) -> NewEmail {
    NewEmail {
        to: Email::parse(to).unwrap(),
        subject: subject.to_owned(),
        text: "Thank you for your submission.".to_owned(),
        html: Some("<p>Thank you for your submission.</p>".to_owned()),
        attachment: None,
    }
}

/// A sender for an instance without SMTP: it hands emails to the log.
pub(crate) fn log_sender(db: &DatabaseConnection) -> OutboxSender {
    OutboxSender::new(db.clone(), Transport::Log, from())
}

/// A port that nothing listens on (yet).
pub(crate) async fn free_port() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

fn smtp_sender(db: &DatabaseConnection, port: u16) -> OutboxSender {
    let transport = Transport::from_url(Some(&format!("smtp://127.0.0.1:{port}"))).unwrap();
    OutboxSender::new(db.clone(), transport, from())
}

async fn row(db: &DatabaseConnection, id: i64) -> outbox_email::Model {
    outbox_email::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .expect("the outbox row")
}

on_both_databases!(
    an_email_waits_out_an_smtp_outage_and_is_sent_once,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        let port = free_port().await;
        let sender = smtp_sender(&db, port);
        let id = app::outbox::queue(
            &db,
            email("nino@tbilisi.example.ge", "Your submission EHH-2024-0042"),
        )
        .await
        .unwrap();
        let now = Utc::now();

        // The mail server is down: the email stays queued, with the error and the next attempt.
        assert_eq!(sender.deliver_due(now).await.unwrap(), 1);
        let waiting = row(&db, id).await;
        assert_eq!(
            (waiting.status.as_str(), waiting.attempts),
            (status::QUEUED, 1)
        );
        assert!(waiting.last_error.is_some());
        // The backoff counts from the failed attempt, which came after `now`.
        let retry_at = waiting.next_attempt_at.timestamp();
        assert!(
            ((now + TimeDelta::seconds(15)).timestamp()
                ..=(Utc::now() + TimeDelta::seconds(15)).timestamp())
                .contains(&retry_at),
            "next attempt at {retry_at}"
        );
        assert_eq!(
            sender.deliver_due(now).await.unwrap(),
            0,
            "not due again before its backoff"
        );

        // The mail server is back: delivered exactly once.
        let smtp = SmtpServer::start(port).await;
        assert_eq!(
            sender
                .deliver_due(Utc::now() + TimeDelta::seconds(16))
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            sender.deliver_due(now + TimeDelta::hours(2)).await.unwrap(),
            0
        );
        let sent = row(&db, id).await;
        assert_eq!((sent.status.as_str(), sent.attempts), (status::SENT, 2));
        assert!(sent.sent_at.is_some() && sent.last_error.is_none());
        let received = smtp.received();
        assert_eq!(received.len(), 1);
        assert!(
            received[0].contains("Subject: Your submission EHH-2024-0042"),
            "{}",
            received[0]
        );
        assert!(
            received[0].contains("To: nino@tbilisi.example.ge"),
            "{}",
            received[0]
        );
        assert!(
            received[0].contains("multipart/alternative"),
            "{}",
            received[0]
        );
    }
);

on_both_databases!(
    an_email_refused_for_good_is_marked_failed,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        let port = free_port().await;
        let _smtp = SmtpServer::start(port).await;
        let id = app::outbox::queue(&db, email("nobody@example.org", "Hello"))
            .await
            .unwrap();

        smtp_sender(&db, port)
            .deliver_due(Utc::now())
            .await
            .unwrap();

        let failed = row(&db, id).await;
        assert_eq!(failed.status, status::FAILED);
        assert!(
            failed
                .last_error
                .unwrap_or_default()
                .contains("No such user")
        );
    }
);

on_both_databases!(
    without_smtp_emails_are_kept_and_logged,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        let id = app::outbox::queue(&db, email("anna@example.org", "Hello"))
            .await
            .unwrap();

        log_sender(&db).deliver_due(Utc::now()).await.unwrap();

        let logged = row(&db, id).await;
        assert_eq!(logged.status, status::LOGGED);
        assert_eq!(logged.subject, "Hello", "the email stays in the outbox");
    }
);

on_both_databases!(
    two_senders_never_send_an_email_twice,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        let port = free_port().await;
        let smtp = SmtpServer::start(port).await;
        for n in 0..20 {
            app::outbox::queue(
                &db,
                email(&format!("person{n}@example.org"), &format!("Email {n}")),
            )
            .await
            .unwrap();
        }
        let (first, second) = (smtp_sender(&db, port), smtp_sender(&db, port));
        let now = Utc::now();

        let (a, b) = tokio::join!(first.deliver_due(now), second.deliver_due(now));

        assert_eq!(a.unwrap() + b.unwrap(), 20);
        let mut subjects: Vec<String> = smtp
            .received()
            .iter()
            .filter_map(|message| {
                message
                    .lines()
                    .find(|l| l.starts_with("Subject: "))
                    .map(str::to_owned)
            })
            .collect();
        subjects.sort();
        subjects.dedup();
        assert_eq!(subjects.len(), 20, "every email exactly once");
        assert_eq!(smtp.received().len(), 20);
    }
);

/// aiosmtpd, a real SMTP server in its own process, keeping what it receives in a Maildir.
struct Aiosmtpd {
    child: std::process::Child,
    maildir: std::path::PathBuf,
}

impl Aiosmtpd {
    async fn start(port: u16, maildir: std::path::PathBuf) -> Self {
        let child = std::process::Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .spawn()
            .expect("start aiosmtpd (python3 -m pip install aiosmtpd)");
        // Owned at once, so that it is stopped however the test ends.
        let server = Aiosmtpd { child, maildir };
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return server;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("aiosmtpd did not start listening on {port}");
    }

    /// The subject of every message received, once per message.
    fn subjects(&self) -> Vec<String> {
        ["new", "cur"]
            .iter()
            .flat_map(|folder| {
                std::fs::read_dir(self.maildir.join(folder))
                    .into_iter()
                    .flatten()
            })
            .flatten()
            .map(|entry| {
                let message = std::fs::read_to_string(entry.path()).unwrap();
                message
                    .lines()
                    .find_map(|line| line.strip_prefix("Subject: "))
                    .unwrap_or_else(|| panic!("no subject in {message}"))
                    .to_owned()
            })
            .collect()
    }
}

impl Drop for Aiosmtpd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Delivers with `sender` at `now` until a pass finds nothing due; how many it handled.
async fn deliver_all(sender: &OutboxSender, now: chrono::DateTime<Utc>) -> usize {
    let mut handled = 0;
    loop {
        match sender.deliver_due(now).await.unwrap() {
            0 => return handled,
            some => handled += some,
        }
    }
}

on_both_databases!(
    a_hundred_emails_queued_in_an_outage_arrive_once_each,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        let port = free_port().await;
        let subjects: Vec<String> = (1..=100).map(|n| format!("Message {n:03}")).collect();
        for subject in &subjects {
            app::outbox::queue(&db, email("nino@tbilisi.example.ge", subject))
                .await
                .unwrap();
        }

        // The mail server is down: every email is tried, and kept.
        let now = Utc::now();
        assert_eq!(deliver_all(&smtp_sender(&db, port), now).await, 100);
        let rows = outbox_email::Entity::find().all(&db).await.unwrap();
        assert!(
            rows.iter()
                .all(|row| row.status == status::QUEUED && row.attempts == 1),
            "{rows:?}"
        );

        // It is back: two senders compete for the emails, and each arrives exactly once.
        let server = Aiosmtpd::start(port, database.folder.join("maildir")).await;
        // Each backoff counts from its own failed attempt, the last of which may be seconds
        // after `now` on a busy machine.
        let later = Utc::now() + TimeDelta::seconds(16);
        let (first, second) = (smtp_sender(&db, port), smtp_sender(&db, port));
        let (a, b) = tokio::join!(deliver_all(&first, later), deliver_all(&second, later));
        assert_eq!(a + b, 100);
        assert_eq!(deliver_all(&first, now + TimeDelta::hours(2)).await, 0);
        let rows = outbox_email::Entity::find().all(&db).await.unwrap();
        assert!(
            rows.iter().all(|row| row.status == status::SENT),
            "{rows:?}"
        );
        let mut received = server.subjects();
        received.sort();
        assert_eq!(received, subjects);
    }
);
