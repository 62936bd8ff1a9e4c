//! No secret reaches the log, on SQLite and PostgreSQL: the main journeys run with the log
//! captured (at `info`, the default level), then every token they issued is looked for in it.

use std::collections::BTreeSet;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use sea_orm::EntityTrait;

use app::auth::Role;
use app::db::entities::{outbox_email, submission_file};

use crate::attendance::emails_to;
use crate::on_both_databases;
use crate::review::{call, signed_in};
use crate::support::{Browser, TestApp};
use crate::uploads::photo;
use crate::wizard::send_complete_practice;
use crate::workshops::{client, open_workshop, sign_up};
use crate::workspace::secret_after;

/// Everything logged in this process from the first call on, as the server's own subscriber
/// writes it. The tests of a run share one process, so they share this log.
fn captured_log() -> Arc<Mutex<Vec<u8>>> {
    static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let log = Arc::new(Mutex::new(Vec::new()));
        let writer = log.clone();
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("info"))
            .with_ansi(false)
            .with_writer(move || SharedLog(writer.clone()))
            .init();
        log
    })
    .clone()
}

struct SharedLog(Arc<Mutex<Vec<u8>>>);

impl Write for SharedLog {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Every run of 64 hexadecimal characters in `text`: the form of every token the site makes.
fn tokens_in(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_hexdigit() {
            run.push(c);
        } else {
            if run.len() == 64 {
                tokens.push(run.clone());
            }
            run.clear();
        }
    }
    tokens
}

/// Hands every queued email on as an instance without SMTP does: to the log (and, once
/// delivered, the stored copy keeps no secret, so the secrets are read before).
async fn deliver_to_the_log(app: &TestApp) {
    let sender = crate::outbox::log_sender(&app.db);
    while sender.deliver_due(chrono::Utc::now()).await.unwrap() > 0 {}
}

on_both_databases!(
    no_token_of_the_main_journeys_reaches_the_log,
    |backend| async move {
        let log = captured_log();
        let app = TestApp::spawn(backend).await;
        open_workshop(&app.db, 10).await;

        // A draft is started; its resume link opens it on another device.
        let applicant = Browser::with_draft(
            &app,
            &[("first_name", "Nino"), ("email", "nino@example.ge")],
        )
        .await;
        let resume = secret_after(
            &emails_to(&app.db, "nino@example.ge").await[0].body_text,
            "draft=",
        );
        let elsewhere = Browser::new(&app);
        let opened = elsewhere.navigate(&format!("/submit?draft={resume}")).await;
        assert_eq!(opened.status(), 303);

        // The practice is sent and its manage link opened.
        let manage = send_complete_practice(&app, &applicant).await;
        let (status, _) = applicant.get(&manage).await;
        assert_eq!(status, 200);

        // Another draft uploads a photograph, then fetches it and its thumbnail.
        let uploader = Browser::with_draft(&app, &[("email", "ana@example.am")]).await;
        let outcome = uploader
            .upload_file("image", "facade.jpg", photo(640, 480))
            .await;
        for address in [
            &outcome["stored"][0]["url"],
            &outcome["stored"][0]["thumbnail_url"],
        ] {
            let (status, _) = uploader.get(address.as_str().unwrap()).await;
            assert_eq!(status, 200);
        }

        // A staff member is invited and opens the invitation.
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let invite = [
            ("email", "nina@heritage-hub.example"),
            ("display_name", "Nina Reviewer"),
            ("role", "reviewer"),
        ];
        let (status, body) = call(&admin, &app, "invite", &invite).await;
        assert_eq!(status, 200, "{body}");
        let invitation = secret_after(
            &emails_to(&app.db, "nina@heritage-hub.example").await[0].body_text,
            "/admin/invitation/",
        );
        let (status, _) = Browser::new(&app)
            .get(&format!("/admin/invitation/{invitation}"))
            .await;
        assert_eq!(status, 200);

        // Someone signs up for a workshop and opens the link to manage the sign-up.
        let (status, _) = sign_up(&client(), &app.address, "ani@gyumri.example").await;
        assert_eq!(status, 302);
        let sign_up_link = secret_after(
            &emails_to(&app.db, "ani@gyumri.example").await[0].body_text,
            "/manage/",
        );
        let (status, _) = Browser::new(&app)
            .get(&format!("/manage/{sign_up_link}"))
            .await;
        assert_eq!(status, 200);

        // Every secret issued: each link of every email, and each stored file's name.
        let mut secrets = BTreeSet::new();
        for email in outbox_email::Entity::find().all(&app.db).await.unwrap() {
            secrets.extend(tokens_in(&email.body_text));
            secrets.extend(tokens_in(email.body_html.as_deref().unwrap_or_default()));
        }
        deliver_to_the_log(&app).await;
        let files = submission_file::Entity::find().all(&app.db).await.unwrap();
        secrets.extend(files.into_iter().map(|file| file.stored_name));
        for followed in [&resume, &invitation, &sign_up_link] {
            assert!(secrets.contains(followed));
        }
        assert!(secrets.len() >= 5, "{secrets:?}");

        let log = String::from_utf8_lossy(&log.lock().unwrap()).into_owned();
        // The requests were logged, each with its secret hidden...
        for request in [
            "uri=/submit?draft=[redacted]",
            "uri=/manage/[redacted]",
            "uri=/admin/invitation/[redacted]",
            "uri=/uploads/[redacted]/thumbnail",
            "outbox: no SMTP_URL set",
        ] {
            assert!(log.contains(request), "no {request:?} in the log");
        }
        // ...and no secret is anywhere in it.
        let leaked: Vec<&String> = secrets
            .iter()
            .filter(|secret| log.contains(secret.as_str()))
            .collect();
        assert_eq!(leaked, Vec::<&String>::new());
    }
);
