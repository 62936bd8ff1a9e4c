//! The command line: `serve`, `migrate`, `seed-demo` and `admin create`.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::on_both_databases;
use crate::support::{Backend, TestDatabase};

const BINARY: &str = env!("CARGO_BIN_EXE_heritage-hub");

fn run(database: &TestDatabase, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BINARY)
        .args(args)
        .env("DATABASE_URL", &database.url)
        .env("UPLOAD_DIR", database.folder.join("uploads"))
        .env("LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start heritage-hub");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().expect("heritage-hub finishes")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Whether `password` matches `hash` as a sign-in checks it.
async fn signs_in_with(password: String, hash: String) -> bool {
    app::auth::password::PasswordQueue::new(1)
        .verify(password, Some(hash))
        .await
}

async fn stored_password_hash(database: &TestDatabase, email: &str) -> String {
    let db = database.connect().await;
    let account = app::auth::db::find_by_email(&db, &app::auth::StaffEmail::parse(email).unwrap())
        .await
        .unwrap()
        .expect("the account exists");
    assert_eq!(account.role, "admin");
    assert!(account.active);
    account.password_hash.expect("a password hash")
}

on_both_databases!(
    admin_create_prints_a_generated_password_once,
    |backend| async move {
        let database = TestDatabase::create(backend).await;

        let output = run(
            &database,
            &["admin", "create", "--email", "ana@hub.example.org"],
            None,
        );

        assert!(output.status.success(), "{}", stderr(&output));
        let printed = stdout(&output);
        let password = printed
            .lines()
            .find_map(|line| line.strip_prefix("Password (shown only this once): "))
            .unwrap_or_else(|| panic!("no password in {printed}"))
            .to_owned();
        assert_eq!(password.len(), 24);
        let hash = stored_password_hash(&database, "ana@hub.example.org").await;
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(signs_in_with(password, hash).await);

        let again = run(
            &database,
            &["admin", "create", "--email", "ana@hub.example.org"],
            None,
        );
        assert!(!again.status.success());
        assert!(
            stderr(&again).contains("already exists"),
            "{}",
            stderr(&again)
        );
    }
);

#[tokio::test]
async fn admin_create_reads_a_password_from_stdin() {
    let database = TestDatabase::create(Backend::Sqlite).await;

    let output = run(
        &database,
        &[
            "admin",
            "create",
            "--email",
            "lev@hub.example.org",
            "--password-stdin",
        ],
        Some("a long enough passphrase\n"),
    );

    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        !stdout(&output).contains("Password"),
        "a chosen password is never echoed"
    );
    let hash = stored_password_hash(&database, "lev@hub.example.org").await;
    assert!(signs_in_with("a long enough passphrase".into(), hash).await);

    let short = run(
        &database,
        &[
            "admin",
            "create",
            "--email",
            "x@hub.example.org",
            "--password-stdin",
        ],
        Some("short\n"),
    );
    assert!(!short.status.success());
    assert!(
        stderr(&short).contains("at least 12 characters"),
        "{}",
        stderr(&short)
    );
}

on_both_databases!(migrate_and_seed_demo_can_run_again, |backend| async move {
    let database = TestDatabase::create(backend).await;

    for _ in 0..2 {
        let migrated = run(&database, &["migrate"], None);
        assert!(migrated.status.success(), "{}", stderr(&migrated));
        let seeded = run(&database, &["seed-demo"], None);
        assert!(seeded.status.success(), "{}", stderr(&seeded));
        assert_eq!(
            stdout(&seeded).trim(),
            "Demo content ready: the call, 4 workshops, 4 practices, 1 visit."
        );
    }
});

#[tokio::test]
async fn configuration_errors_are_explained() {
    let database = TestDatabase::create(Backend::Sqlite).await;
    let output = Command::new(BINARY)
        .arg("migrate")
        .env("DATABASE_URL", "mysql://localhost/hub")
        .output()
        .unwrap();

    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("configuration error: DATABASE_URL: must start with sqlite:"),
        "{}",
        stderr(&output)
    );
    drop(database);
}

#[tokio::test]
async fn serve_stops_gracefully_on_sigterm() {
    let database = TestDatabase::create(Backend::Sqlite).await;
    let mut server = Command::new(BINARY)
        .env("DATABASE_URL", &database.url)
        .env("SITE_ADDR", "127.0.0.1:0")
        .env("UPLOAD_DIR", database.folder.join("uploads"))
        .env("LOG", "info")
        .stderr(Stdio::piped())
        .spawn()
        .expect("start heritage-hub");
    let mut log = BufReader::new(server.stderr.take().unwrap()).lines();
    let address = log
        .by_ref()
        .map_while(Result::ok)
        .find_map(|line| {
            line.split("address=")
                .nth(1)
                .map(|rest| rest.trim().to_owned())
        })
        .expect("the server logs its address");

    let health = reqwest::get(format!("http://{address}/healthz"))
        .await
        .unwrap();
    assert_eq!(health.status(), 200);

    let killed = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = server.try_wait().unwrap() {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the server did not stop within 10 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    let rest: Vec<String> = log.map_while(Result::ok).collect();
    assert!(rest.iter().any(|line| line.contains("stopped")), "{rest:?}");
}

on_both_databases!(
    seed_demo_at_scale_tops_up_to_its_targets_through_the_sites_own_code,
    |backend| async move {
        use app::db::entities::{practice, practice_file, submission, workshop};
        use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

        let database = TestDatabase::create(backend).await;
        for _ in 0..2 {
            let seeded = run(&database, &["seed-demo", "--scale", "6"], None);
            assert!(seeded.status.success(), "{}", stderr(&seeded));
            let said = stdout(&seeded);
            assert!(
                said.contains(
                    "At scale: 6 published practices, 60 sent submissions, 20 workshops, 30 sign-ups"
                ),
                "{said}"
            );
        }

        let db = database.connect().await;
        let sent = submission::Entity::find()
            .filter(submission::Column::Reference.is_not_null())
            .all(&db)
            .await
            .unwrap();
        assert_eq!(sent.len(), 60);
        assert!(
            sent.iter()
                .all(|row| row.title.is_some() && row.search_text.is_some())
        );
        // Two practices made from selected submissions beside the demo's four, each showing
        // its photograph, whose resized forms are on disk.
        let made = practice::Entity::find()
            .filter(practice::Column::SubmissionId.is_not_null())
            .filter(practice::Column::PublishedAt.is_not_null())
            .all(&db)
            .await
            .unwrap();
        assert_eq!(made.len(), 2);
        for practice in made {
            let photo = practice_file::Entity::find()
                .filter(practice_file::Column::PracticeId.eq(practice.id))
                .one(&db)
                .await
                .unwrap()
                .expect("a photograph");
            assert!(photo.shown && !photo.alt_text.is_empty());
            for form in ["", ".thumbnail"] {
                let path = database
                    .folder
                    .join("uploads")
                    .join(format!("{}{form}", photo.stored_name));
                assert!(path.exists(), "{}", path.display());
            }
        }
        let rush = workshop::Entity::find()
            .filter(workshop::Column::Slug.eq("scale-rush"))
            .one(&db)
            .await
            .unwrap()
            .expect("the rush workshop");
        assert_eq!(rush.capacity, 100);
        let rush_sign_ups = app::db::entities::workshop_registration::Entity::find()
            .filter(app::db::entities::workshop_registration::Column::WorkshopId.eq(rush.id))
            .count(&db)
            .await
            .unwrap();
        assert_eq!(rush_sign_ups, 0, "its seats are all still free");
    }
);
