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
        assert_eq!(
            waiting.next_attempt_at.timestamp(),
            (now + TimeDelta::seconds(15)).timestamp()
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
                .deliver_due(now + TimeDelta::seconds(16))
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

        OutboxSender::new(db.clone(), Transport::Log, from())
            .deliver_due(Utc::now())
            .await
            .unwrap();

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
