//! After the sign-up: the emails a workshop sends (with the meeting link and a calendar file
//! that a real iCalendar parser reads), the person's own page behind the emailed link, where
//! cancelling frees the seat for the first in line, and the reminder that goes once.

use chrono::{TimeDelta, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use app::db::entities::{outbox_email, workshop, workshop_registration as registration};
use app::secret::SecretToken;
use app::workshops::registration::Registration;
use app::workshops::seats::{self, status};

use crate::on_both_databases;
use crate::support::process::ServerProcess;
use crate::support::smtp::SmtpServer;
use crate::support::{Browser, TestApp, TestDatabase};
use crate::workshops::{answers, client, open_workshop, sign_up, workshop_starting};

/// The emails queued for `address`, oldest first.
pub(crate) async fn emails_to(db: &DatabaseConnection, address: &str) -> Vec<outbox_email::Model> {
    outbox_email::Entity::find()
        .filter(outbox_email::Column::ToAddress.eq(address))
        .order_by_asc(outbox_email::Column::Id)
        .all(db)
        .await
        .unwrap()
}

/// The `/manage/` link's secret in an email's text.
pub(crate) fn manage_token(email: &outbox_email::Model) -> String {
    let after = email
        .body_text
        .split("/manage/")
        .nth(1)
        .unwrap_or_else(|| panic!("no manage link in {:?}", email.body_text));
    after.chars().take(64).collect()
}

async fn status_of(db: &DatabaseConnection, address: &str) -> String {
    registration::Entity::find()
        .filter(registration::Column::Email.eq(address))
        .one(db)
        .await
        .unwrap()
        .expect("the registration")
        .status
}

/// Waits until `done` holds, for at most 20 seconds.
async fn eventually<F: AsyncFn() -> bool>(what: &str, done: F) {
    for _ in 0..100 {
        if done().await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    panic!("{what} did not happen within 20 seconds");
}

on_both_databases!(
    the_confirmation_arrives_by_smtp_with_the_meeting_link_and_a_calendar_file_that_parses,
    |backend| async move {
        let port = crate::outbox::free_port().await;
        let smtp = SmtpServer::start(port).await;
        let smtp_url = format!("smtp://127.0.0.1:{port}");
        let app = TestApp::spawn_on(
            TestDatabase::create(backend).await,
            &[("SMTP_URL", &smtp_url), ("OUTBOX_SENDER", "on")],
        )
        .await;
        let id = open_workshop(&app.db, 10).await;
        let workshop = workshop::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();

        let (status, _) = sign_up(&client(), &app.address, "ani@gyumri.example.am").await;
        assert_eq!(status, 302);
        eventually("the confirmation's delivery", async || {
            !smtp.messages.lock().unwrap().is_empty()
        })
        .await;

        let message = smtp.messages.lock().unwrap()[0].clone();
        let output = crate::support::python(
            &[
                "-c",
                "import sys, email, email.policy, icalendar\n\
                 message = email.message_from_string(sys.stdin.read(), policy=email.policy.default)\n\
                 parts = [part for part in message.walk() if not part.is_multipart()]\n\
                 text = next(p for p in parts if p.get_content_type() == 'text/plain').get_payload(decode=True).decode()\n\
                 ics = next(p for p in parts if p.get_content_type() == 'text/calendar')\n\
                 event = icalendar.Calendar.from_ical(ics.get_payload(decode=True)).walk('VEVENT')[0]\n\
                 print(message['Subject'])\n\
                 print(ics.get_filename())\n\
                 print(event['DTSTART'].dt.isoformat())\n\
                 print(event['UID'])\n\
                 print(event['LOCATION'])\n\
                 print(event['DESCRIPTION'])\n\
                 print('Join online: https://meet.example.org/climate' in text)\n\
                 print('/manage/' in text)",
            ],
            &message,
        );
        assert!(
            output.status.success(),
            "Python could not read the email:\n{message}"
        );
        let read = String::from_utf8(output.stdout).unwrap();
        let lines: Vec<&str> = read.lines().collect();
        assert_eq!(
            lines,
            [
                "Your seat at the workshop “Heritage and climate adaptation”",
                "climate-stories.ics",
                &workshop
                    .starts_at
                    .format("%Y-%m-%dT%H:%M:%S+00:00")
                    .to_string(),
                &format!("workshop-{id}@127.0.0.1"),
                "https://meet.example.org/climate",
                "Cities share how old buildings meet a hotter climate.",
                "True",
                "True",
            ]
        );
    }
);

on_both_databases!(
    cancelling_through_the_emailed_link_frees_the_seat_for_the_first_in_line,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = open_workshop(&app.db, 1).await;
        let client = client();
        sign_up(&client, &app.address, "ani@gyumri.example.am").await;
        sign_up(&client, &app.address, "nino@tbilisi.example.ge").await;

        // The first has the seat, the second waits; each was told so by email.
        let ani_emails = emails_to(&app.db, "ani@gyumri.example.am").await;
        assert_eq!(ani_emails.len(), 1);
        assert!(
            ani_emails[0]
                .subject
                .starts_with("Your seat at the workshop")
        );
        assert_eq!(
            ani_emails[0].attachment_name.as_deref(),
            Some("climate-stories.ics")
        );
        let nino_emails = emails_to(&app.db, "nino@tbilisi.example.ge").await;
        assert_eq!(nino_emails.len(), 1);
        assert!(
            nino_emails[0]
                .subject
                .starts_with("You are on the waiting list"),
            "{}",
            nino_emails[0].subject
        );
        assert!(nino_emails[0].body_text.contains("number 1"));
        assert!(
            !nino_emails[0].body_text.contains("meet.example.org"),
            "the meeting link is for people with a seat"
        );
        assert_eq!(nino_emails[0].attachment_name, None);

        let browser = Browser::new(&app);
        let ani = manage_token(&ani_emails[0]);
        let (status, page) = browser.get(&format!("/manage/{ani}")).await;
        assert_eq!(status, 200);
        assert!(page.contains("You have a seat."), "{page}");
        assert!(page.contains("https://meet.example.org/climate"));
        let ics = app.get(&format!("/manage/{ani}/calendar.ics")).await;
        assert_eq!(ics.status(), 200);
        let ics = ics.text().await.unwrap();
        assert!(
            ics.contains("LOCATION:https://meet.example.org/climate"),
            "{ics}"
        );

        let nino = manage_token(&nino_emails[0]);
        let (_, page) = browser.get(&format!("/manage/{nino}")).await;
        assert!(
            page.contains("You are number 1 on the waiting list."),
            "{page}"
        );
        assert!(!page.contains("meet.example.org"));
        let ics = app
            .get(&format!("/manage/{nino}/calendar.ics"))
            .await
            .text()
            .await
            .unwrap();
        assert!(!ics.contains("LOCATION"), "{ics}");

        // Not ticking the box changes nothing; ticking it gives the seat back, without JavaScript.
        let from = format!("/manage/{ani}");
        let response = browser
            .post_form(
                "/api/cancel_workshop_registration",
                &from,
                &[("token", ani.as_str())],
            )
            .await;
        assert_eq!(response.status(), 302);
        // Back to the page, with the error in the address.
        let back = response.headers()["location"].to_str().unwrap().to_owned();
        let (_, page) = browser.get(back.trim_start_matches(&app.address)).await;
        assert!(
            page.contains("Tick the box to confirm that you want to give up your place."),
            "{page}"
        );
        assert_eq!(
            status_of(&app.db, "ani@gyumri.example.am").await,
            "confirmed"
        );

        let response = browser
            .post_form(
                "/api/cancel_workshop_registration",
                &from,
                &[("token", ani.as_str()), ("confirm", "yes")],
            )
            .await;
        assert_eq!(response.status(), 302);
        assert_eq!(response.headers()["location"], from.as_str());
        let (_, page) = browser.get(&from).await;
        assert!(page.contains("Your place is cancelled."), "{page}");
        assert!(!crate::support::body_of(&page).contains("Cancel my place"));
        assert_eq!(
            status_of(&app.db, "ani@gyumri.example.am").await,
            "cancelled"
        );
        assert_eq!(
            status_of(&app.db, "nino@tbilisi.example.ge").await,
            "confirmed"
        );
        assert_eq!(seats::confirmed_count(&app.db, id).await.unwrap(), 1);

        let ani_emails = emails_to(&app.db, "ani@gyumri.example.am").await;
        assert_eq!(
            ani_emails.last().unwrap().subject,
            "Your place is cancelled: “Heritage and climate adaptation”"
        );
        // The promotion carries the meeting link, the calendar file and a link of its own.
        let nino_emails = emails_to(&app.db, "nino@tbilisi.example.ge").await;
        assert_eq!(nino_emails.len(), 2);
        let promotion = &nino_emails[1];
        assert_eq!(
            promotion.subject,
            "A seat is yours: “Heritage and climate adaptation”"
        );
        assert!(
            promotion
                .body_text
                .contains("Join online: https://meet.example.org/climate")
        );
        assert!(
            promotion
                .attachment_body
                .as_deref()
                .is_some_and(|ics| ics.contains("LOCATION:"))
        );
        let fresh = manage_token(promotion);
        assert_ne!(fresh, nino);
        for link in [fresh, nino] {
            let (_, page) = browser.get(&format!("/manage/{link}")).await;
            assert!(page.contains("You have a seat."), "{page}");
        }

        // Cancelling again is harmless, and a link nobody was sent opens nothing.
        let again = browser
            .post_form(
                "/api/cancel_workshop_registration",
                &from,
                &[("token", ani.as_str()), ("confirm", "yes")],
            )
            .await;
        assert_eq!(again.status(), 302);
        assert_eq!(emails_to(&app.db, "ani@gyumri.example.am").await.len(), 2);
        let unknown = SecretToken::generate();
        let (status, _) = browser.get(&format!("/manage/{}", unknown.expose())).await;
        assert_eq!(status, 404);
        let missing = app
            .get(&format!("/manage/{}/calendar.ics", unknown.expose()))
            .await;
        assert_eq!(missing.status(), 404);
    }
);

/// Seats `email` at workshop `id` directly, as a sign-up does.
async fn seat(db: &DatabaseConnection, id: i32, email: &str) {
    let person: Registration = answers(email).parse().unwrap();
    seats::register(
        db,
        id,
        &person,
        app::i18n::Lang::En,
        &SecretToken::generate(),
        Utc::now(),
        "http://127.0.0.1",
    )
    .await
    .unwrap()
    .unwrap();
}

async fn reminders_to(db: &DatabaseConnection, address: &str) -> usize {
    emails_to(db, address)
        .await
        .iter()
        .filter(|email| email.subject.starts_with("Tomorrow:"))
        .count()
}

on_both_databases!(
    the_reminder_goes_once_a_day_before_even_across_a_restart,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        let tomorrow = workshop_starting(&db, "tomorrow", 10, TimeDelta::hours(23)).await;
        let later = workshop_starting(&db, "next-week", 10, TimeDelta::days(7)).await;
        seat(&db, tomorrow, "ani@gyumri.example.am").await;
        seat(&db, later, "early@example.org").await;

        let first = ServerProcess::start(&database);
        eventually("the first reminder", async || {
            reminders_to(&db, "ani@gyumri.example.am").await == 1
        })
        .await;
        drop(first); // killed, as a crash would

        // Someone who got their seat while the server was down is reminded by the next one.
        seat(&db, tomorrow, "nino@tbilisi.example.ge").await;
        let second = ServerProcess::start(&database);
        eventually("the reminder after the restart", async || {
            reminders_to(&db, "nino@tbilisi.example.ge").await == 1
        })
        .await;
        drop(second);

        assert_eq!(reminders_to(&db, "ani@gyumri.example.am").await, 1, "once");
        assert_eq!(
            reminders_to(&db, "early@example.org").await,
            0,
            "not a week ahead"
        );
        let reminder = emails_to(&db, "ani@gyumri.example.am")
            .await
            .into_iter()
            .find(|email| email.subject.starts_with("Tomorrow:"))
            .unwrap();
        assert!(
            reminder
                .body_text
                .contains("Join online: https://meet.example.org/climate")
        );
        let reminded = registration::Entity::find()
            .filter(registration::Column::Status.eq(status::CONFIRMED))
            .filter(registration::Column::RemindedAt.is_not_null())
            .all(&db)
            .await
            .unwrap();
        assert_eq!(reminded.len(), 2);
    }
);
