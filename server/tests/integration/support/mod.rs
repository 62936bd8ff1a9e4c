//! The integration-test harness: a fresh database per test, on SQLite and on PostgreSQL, and
//! the real application served on a random port.

#![allow(dead_code)] // each test binary uses a different part of the harness

mod browser;
pub mod pg_proxy;
pub mod process;
pub mod smtp;

pub use browser::Browser;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use server::{Application, Config};
use tokio::sync::oneshot;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs one async test body against each database. PostgreSQL is found at `TEST_POSTGRES_URL`
/// or 127.0.0.1:5432; without it the PostgreSQL variant is skipped, except under CI, where a
/// missing PostgreSQL fails the suite.
#[macro_export]
macro_rules! on_both_databases {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn sqlite() {
                let body = $body;
                body($crate::support::Backend::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn postgres() {
                if !$crate::support::postgres_available().await {
                    return;
                }
                let body = $body;
                body($crate::support::Backend::Postgres).await;
            }
        }
    };
}

/// The server URL (without a database name) of the test PostgreSQL.
pub fn postgres_server_url() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned())
}

pub async fn postgres_available() -> bool {
    let url = format!("{}/postgres", postgres_server_url());
    match Database::connect(&url).await {
        Ok(db) => {
            let _ = db.close().await;
            true
        }
        Err(error) if std::env::var_os("CI").is_some() => {
            panic!("CI is set but PostgreSQL does not answer at {url}: {error}")
        }
        Err(_) => {
            eprintln!("PostgreSQL does not answer at {url}: skipping this PostgreSQL test");
            false
        }
    }
}

fn unique_name() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    format!(
        "hh_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        rand::random::<u32>()
    )
}

/// A throw-away database: a SQLite file in a temporary folder, or a PostgreSQL database that is
/// dropped when this value is.
pub struct TestDatabase {
    pub backend: Backend,
    pub url: String,
    pub folder: PathBuf,
    postgres_name: Option<String>,
}

impl TestDatabase {
    pub async fn create(backend: Backend) -> Self {
        let name = unique_name();
        let folder = std::env::temp_dir().join(&name);
        std::fs::create_dir_all(&folder).expect("create the test folder");
        match backend {
            Backend::Sqlite => TestDatabase {
                backend,
                url: format!("sqlite://{}?mode=rwc", folder.join("hub.db").display()),
                folder,
                postgres_name: None,
            },
            Backend::Postgres => {
                let admin = Database::connect(format!("{}/postgres", postgres_server_url()))
                    .await
                    .expect("connect to PostgreSQL");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create the test database");
                let _ = admin.close().await;
                TestDatabase {
                    backend,
                    url: format!("{}/{name}", postgres_server_url()),
                    folder,
                    postgres_name: Some(name),
                }
            }
        }
    }

    /// A migrated connection of the test's own.
    pub async fn connect(&self) -> DatabaseConnection {
        let db = app::db::connect(&self.url)
            .await
            .expect("connect to the test database");
        app::db::migrate(&db)
            .await
            .expect("migrate the test database");
        db
    }

    /// The configuration a test server runs with; `overrides` replace single settings.
    pub fn config(&self, overrides: &[(&str, &str)]) -> Config {
        let mut settings = vec![
            ("DATABASE_URL".to_owned(), self.url.clone()),
            ("SITE_ADDR".to_owned(), "127.0.0.1:0".to_owned()),
            // Every request of a test comes from 127.0.0.1; the limits have tests of their own.
            ("RATE_LIMITS".to_owned(), "off".to_owned()),
            // Tests read the links of queued emails, which a delivered copy no longer holds;
            // the sender has tests of its own, which run it themselves.
            ("OUTBOX_SENDER".to_owned(), "off".to_owned()),
            (
                "UPLOAD_DIR".to_owned(),
                self.folder.join("uploads").display().to_string(),
            ),
            (
                "LEPTOS_SITE_ROOT".to_owned(),
                self.folder.join("site").display().to_string(),
            ),
        ];
        settings.extend(
            overrides
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string())),
        );
        Config::from_lookup(|name| {
            settings
                .iter()
                .rev()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
        .expect("valid test configuration")
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.folder);
        if let Some(name) = self.postgres_name.take() {
            // Drop runs outside any async context we could borrow; use a runtime of our own.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()?;
                runtime.block_on(async {
                    if let Ok(admin) =
                        Database::connect(format!("{}/postgres", postgres_server_url())).await
                    {
                        let _ = admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .await;
                        let _ = admin.close().await;
                    }
                });
                Ok::<_, std::io::Error>(())
            })
            .join();
        }
    }
}

/// The application, served on a random port for the length of a test.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    /// The server's password queue: how many hashes and verifications requests have run.
    pub passwords: app::auth::password::PasswordQueue,
    stop: Option<oneshot::Sender<()>>,
    // Declared last: the database outlives the server that uses it.
    pub database: TestDatabase,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> Self {
        Self::spawn_on(TestDatabase::create(backend).await, &[]).await
    }

    pub async fn spawn_on(database: TestDatabase, overrides: &[(&str, &str)]) -> Self {
        let application = Application::build(database.config(overrides))
            .await
            .expect("the application starts");
        let address = format!("http://127.0.0.1:{}", application.port());
        let passwords = application.passwords();
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(application.run_until(async {
            let _ = stopped.await;
        }));
        let client = reqwest::Client::builder()
            // A request that hangs fails the test instead of the whole run.
            .timeout(std::time::Duration::from_secs(60))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client");
        let db = database.connect().await;
        TestApp {
            address,
            client,
            db,
            passwords,
            stop: Some(stop),
            database,
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("the request is answered")
    }

    /// Seeds the demo content into this app's database.
    pub async fn seed_demo(&self) {
        server::demo::seed(&self.db, chrono::Utc::now())
            .await
            .expect("demo content");
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// A page's body: what it shows, without the head's script of the language's messages, which
/// holds every text the site could show.
pub fn body_of(page: &str) -> &str {
    &page[page.find("<body").unwrap_or(0)..]
}

/// Runs `python3` with `args`, `input` on its standard input, and waits for it.
pub fn python(args: &[&str], input: &str) -> std::process::Output {
    use std::io::Write;
    let mut python = std::process::Command::new("python3")
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    python
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    python.wait_with_output().unwrap()
}
