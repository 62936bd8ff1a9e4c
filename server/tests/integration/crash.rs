//! Durability, on SQLite and PostgreSQL: the real binary is killed with SIGKILL twenty times
//! in the middle of sign-ups and whole submissions, and started again on the same database.
//! Everything it acknowledged is there afterwards, exactly once, with its email queued, and
//! nothing was counted twice.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use app::db::entities::{outbox_email, submission, workshop_registration};

use crate::on_both_databases;
use crate::support::TestDatabase;
use crate::support::process::ServerProcess;
use crate::wizard::{CONSENTS, complete_steps};

const ROUNDS: usize = 20;
const SEATS: i32 = 100;

#[derive(Default)]
struct Acknowledged {
    sign_ups: Vec<String>,
    submissions: Vec<String>,
}

fn client(cookies: bool) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(cookies)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

/// Signs `email` up as a page's script does; whether the server said it took the place.
async fn sign_up(client: &reqwest::Client, address: &str, email: &str) -> bool {
    let sent = client
        .post(format!("{address}/api/register_for_workshop"))
        .form(&crate::workshops::sign_up_form(email))
        .send()
        .await;
    matches!(sent, Ok(response) if response.status() == 200)
}

/// Fills in and sends a whole practice titled `title` in a fresh browser; whether the server
/// acknowledged it (the redirect to `/submit/sent` with the reference).
async fn send_practice(address: &str, title: &str) -> bool {
    let browser = client(true);
    let post = async |step: &str, section: &str, fields: &[(&str, &str)]| {
        let mut form = vec![("step".to_owned(), step.to_owned())];
        form.extend(
            fields
                .iter()
                .map(|(key, value)| (format!("answers[{section}][{key}]"), (*value).to_owned())),
        );
        let response = browser
            .post(format!("{address}/api/save_step"))
            .header("accept", "text/html")
            .header("referer", format!("{address}/submit/{step}"))
            .form(&form)
            .send()
            .await
            .ok()?;
        response
            .headers()
            .get("location")
            .and_then(|location| location.to_str().ok())
            .map(str::to_owned)
    };
    for mut form in complete_steps() {
        for field in &mut form.fields {
            if field.0 == "title" {
                field.1 = title;
            }
        }
        if post(form.step, form.section, &form.fields).await.is_none() {
            return false;
        }
    }
    post("review", "consents", &CONSENTS)
        .await
        .is_some_and(|location| location.starts_with("/submit/sent?reference="))
}

/// Traffic against `address` until it stops answering: `signers` sign up one address after
/// another, `writers` send one practice after another. What was acknowledged is recorded.
async fn load(address: String, round: usize, seen: Arc<Mutex<Acknowledged>>) {
    let mut tasks = Vec::new();
    for worker in 0..6 {
        let (address, seen) = (address.clone(), seen.clone());
        tasks.push(tokio::spawn(async move {
            let client = client(false);
            for n in 0.. {
                let email = format!("r{round}-w{worker}-{n}@crash.example");
                if sign_up(&client, &address, &email).await {
                    seen.lock().unwrap().sign_ups.push(email);
                } else if tokio::net::TcpStream::connect(address.trim_start_matches("http://"))
                    .await
                    .is_err()
                {
                    return;
                }
            }
        }));
    }
    for worker in 0..3 {
        let (address, seen) = (address.clone(), seen.clone());
        tasks.push(tokio::spawn(async move {
            for n in 0.. {
                let title = format!("Crash practice r{round} w{worker} n{n}");
                if send_practice(&address, &title).await {
                    seen.lock().unwrap().submissions.push(title);
                } else if tokio::net::TcpStream::connect(address.trim_start_matches("http://"))
                    .await
                    .is_err()
                {
                    return;
                }
            }
        }));
    }
    for task in tasks {
        let _ = task.await;
    }
}

on_both_databases!(
    twenty_kills_lose_nothing_acknowledged,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        crate::workshops::open_workshop(&db, SEATS).await;
        let seen = Arc::new(Mutex::new(Acknowledged::default()));

        for round in 0..ROUNDS {
            let server = ServerProcess::start(&database);
            let traffic = tokio::spawn(load(server.address.clone(), round, seen.clone()));
            // Between a quarter and one and a quarter seconds of traffic, then SIGKILL.
            let busy = 250 + (round as u64 * 397) % 1000;
            tokio::time::sleep(Duration::from_millis(busy)).await;
            drop(server);
            traffic.await.unwrap();
        }

        let seen = std::mem::take(&mut *seen.lock().unwrap());
        assert!(
            seen.sign_ups.len() > ROUNDS && !seen.submissions.is_empty(),
            "the load did something: {} sign-ups, {} submissions",
            seen.sign_ups.len(),
            seen.submissions.len()
        );

        // Every acknowledged sign-up is there once, with its one email; no seat is oversold.
        let registrations = workshop_registration::Entity::find()
            .all(&db)
            .await
            .unwrap();
        let mut per_address: HashMap<&str, usize> = HashMap::new();
        for registration in &registrations {
            *per_address.entry(registration.email.as_str()).or_default() += 1;
        }
        assert!(
            per_address.values().all(|&count| count == 1),
            "a doubled sign-up"
        );
        for email in &seen.sign_ups {
            assert_eq!(
                per_address.get(email.as_str()),
                Some(&1),
                "{email} was lost"
            );
            let emails = outbox_email::Entity::find()
                .filter(outbox_email::Column::ToAddress.eq(email))
                .all(&db)
                .await
                .unwrap();
            assert_eq!(emails.len(), 1, "{email}: its email, once");
        }
        let confirmed = registrations
            .iter()
            .filter(|registration| registration.status == "confirmed")
            .count();
        assert_eq!(confirmed, registrations.len().min(SEATS as usize));

        // Every acknowledged submission is there once, sent, with its own reference.
        let submissions = submission::Entity::find().all(&db).await.unwrap();
        let references: Vec<&String> = submissions
            .iter()
            .filter_map(|row| row.reference.as_ref())
            .collect();
        let distinct: BTreeSet<&String> = references.iter().copied().collect();
        assert_eq!(distinct.len(), references.len(), "a reference given twice");
        for title in &seen.submissions {
            let sent: Vec<&submission::Model> = submissions
                .iter()
                .filter(|row| row.title.as_deref() == Some(title.as_str()))
                .collect();
            assert_eq!(sent.len(), 1, "{title}");
            assert_eq!(sent[0].status, "submitted", "{title}");
            assert!(sent[0].reference.is_some(), "{title}");
        }
    }
);
