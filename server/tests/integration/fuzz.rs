//! Malformed input, on SQLite and PostgreSQL: more than 20,000 broken bodies (random bytes,
//! wrong types, huge and hostile strings, invalid UTF-8, deep nesting, broken multipart) sent
//! to every server function and the upload route of the real binary, half of them with an
//! admin's session so that they reach past the role check. None gets a 5xx, and the server
//! logs no panic.

use std::sync::Arc;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tokio::task::JoinSet;

use app::auth::Role;
use app::auth::password::NewPassword;
use app::email::Email;

use crate::on_both_databases;
use crate::support::TestDatabase;
use crate::support::process::ServerProcess;

const BODIES: usize = 20_000;
const AT_ONCE: usize = 16;

/// Names that the site's forms use, so that some bodies reach the parsers of real fields.
const NAMES: [&str; 24] = [
    "id",
    "email",
    "slug",
    "token",
    "step",
    "password",
    "code",
    "confirm",
    "decision",
    "publish",
    "registration",
    "application",
    "query[q]",
    "query[page]",
    "answers[name]",
    "answers[email]",
    "answers[organisation][email]",
    "answers[practice][title]",
    "answers[consent]",
    "workshop[starts_at]",
    "visit[delegation_size]",
    "markdown",
    "up_to",
    "intent",
];

const VALUES: [&str; 20] = [
    "",
    "-1",
    "0",
    "2147483648",
    "99999999999999999999999",
    "1e400",
    "NaN",
    "true",
    "null",
    "[]",
    "{}",
    "%00",
    "%FF%FE",
    "%C0%AF",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\u{202e}\u{0}\u{ffff}",
    "2026-02-30T25:61",
    "🏛️🏛️🏛️",
];

/// One broken request body with its content type.
fn malformed(rng: &mut StdRng) -> (String, Vec<u8>) {
    let form = "application/x-www-form-urlencoded".to_owned();
    let pick = |rng: &mut StdRng, list: &[&str]| list[rng.random_range(0..list.len())].to_owned();
    match rng.random_range(0..10) {
        // Random bytes, as a form or as JSON.
        0 | 1 => {
            let length = rng.random_range(0..2048);
            let bytes: Vec<u8> = (0..length).map(|_| rng.random()).collect();
            let kind = if rng.random() {
                form
            } else {
                "application/json".to_owned()
            };
            (kind, bytes)
        }
        // Real field names with hostile values, repeated and mixed.
        2 | 3 => {
            let pairs: Vec<String> = (0..rng.random_range(1..12))
                .map(|_| format!("{}={}", pick(rng, &NAMES), pick(rng, &VALUES)))
                .collect();
            (form, pairs.join("&").into_bytes())
        }
        // Wrong types in JSON.
        4 => {
            let body = format!(
                r#"{{"{}": {}, "answers": [1, {{"x": null}}], "id": "{}"}}"#,
                pick(rng, &NAMES),
                pick(rng, &["5", "[]", "{}", "null", "\"x\"", "-0.5", "1e999"]),
                pick(rng, &VALUES)
            );
            ("application/json".to_owned(), body.into_bytes())
        }
        // A huge value, under the body limit.
        5 => {
            let body = format!(
                "{}={}",
                pick(rng, &NAMES),
                "é".repeat(rng.random_range(1..200_000))
            );
            (form, body.into_bytes())
        }
        // Invalid UTF-8, raw and percent-encoded.
        6 => {
            let mut body = format!("{}=", pick(rng, &NAMES)).into_bytes();
            body.extend([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]);
            body.extend(b"&email=%ED%A0%80%FF");
            (form, body)
        }
        // Deep nesting.
        7 => {
            let depth = rng.random_range(10..5000);
            let body = format!("answers{}=1", "[a]".repeat(depth));
            (form, body.into_bytes())
        }
        // Broken multipart: a boundary that never comes, or none at all.
        8 => {
            let kind = if rng.random() {
                "multipart/form-data; boundary=xyz".to_owned()
            } else {
                "multipart/form-data".to_owned()
            };
            let body = format!(
                "--xyz\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"a.jpg\"\r\n\r\n\u{0}\u{0}garbage",
                pick(rng, &NAMES)
            );
            (kind, body.into_bytes())
        }
        // A content type no one sends.
        _ => (
            pick(rng, &["text/plain", "application/cbor", "", "image/png"]),
            pick(rng, &VALUES).into_bytes(),
        ),
    }
}

async fn admin_cookie(address: &str) -> String {
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{address}/api/staff/sign_in"))
        .form(&[
            ("email", "ada@heritage-hub.example"),
            ("password", crate::review::PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

on_both_databases!(
    twenty_thousand_malformed_bodies_get_no_5xx,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        server::demo::seed(&db, chrono::Utc::now()).await.unwrap();
        app::auth::db::create_with_password(
            &db,
            Email::parse("ada@heritage-hub.example").unwrap(),
            Role::Admin,
            NewPassword::parse(crate::review::PASSWORD).unwrap(),
        )
        .await
        .unwrap();
        let server = ServerProcess::start(&database);
        let cookie = Arc::new(admin_cookie(&server.address).await);

        let mut targets: Vec<String> = leptos::server_fn::axum::server_fn_paths()
            .map(|(path, _)| path.to_owned())
            .collect();
        targets.push("/submit/upload".to_owned());
        targets.sort();
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(60))
            // A fresh connection each time: a reused one that the server has just closed would
            // fail on the client's side, and say nothing about the server.
            .pool_max_idle_per_host(0)
            .build()
            .unwrap();
        let mut rng = StdRng::seed_from_u64(20_261_201);
        let mut running = JoinSet::new();
        let mut failures = Vec::new();
        for n in 0..BODIES {
            let path = targets[n % targets.len()].clone();
            let (content_type, body) = malformed(&mut rng);
            // Signing out would end the admin's session for the rest of the run.
            let as_admin = n % 2 == 0 && path != "/api/staff/sign_out";
            let mut request = client.post(format!("{}{path}", server.address)).body(body);
            if !content_type.is_empty() {
                request = request.header("content-type", content_type.clone());
            }
            if rng.random() {
                request = request.header("accept", "text/html");
            }
            if as_admin {
                request = request.header("cookie", cookie.as_str());
            }
            running.spawn(async move {
                match request.send().await {
                    Ok(response) if response.status().is_server_error() => {
                        Some(format!("{path} ({content_type}): {}", response.status()))
                    }
                    Ok(_) => None,
                    Err(error) => Some(format!("{path}: {error:?}")),
                }
            });
            while running.len() >= AT_ONCE {
                if let Some(Ok(Some(failure))) = running.join_next().await {
                    failures.push(failure);
                }
            }
        }
        while let Some(done) = running.join_next().await {
            if let Ok(Some(failure)) = done {
                failures.push(failure);
            }
        }
        let errors = server.logged("ERROR");
        let panics = server.logged("panicked");
        assert!(
            failures.is_empty(),
            "{} of {BODIES} failed, for example {:?}; the server logged {:?} {panics:?}",
            failures.len(),
            &failures[..failures.len().min(10)],
            &errors[..errors.len().min(10)]
        );
        assert!(panics.is_empty(), "{panics:?}");
        // The registry was read (75 functions today), so each got well over 200 bodies.
        assert!(targets.len() > 70, "{} targets", targets.len());
    }
);
