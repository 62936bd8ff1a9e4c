//! `/healthz` while the database answers, while it does not, and after it comes back.

use std::time::{Duration, Instant};

use crate::on_both_databases;
use crate::support::pg_proxy::PgProxy;
use crate::support::{Backend, TestApp, TestDatabase, postgres_available, postgres_server_url};

on_both_databases!(
    healthz_is_ok_while_the_database_answers,
    |backend| async move {
        let app = TestApp::spawn(backend).await;

        let response = app.get("/healthz").await;

        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "application/json");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(
            body,
            serde_json::json!({ "status": "ok", "database": "ok" })
        );
    }
);

/// PostgreSQL goes away (through a proxy the test cuts) and comes back; the server follows
/// without a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn healthz_reports_a_postgres_outage_and_recovers_by_itself() {
    if !postgres_available().await {
        return;
    }
    let database = TestDatabase::create(Backend::Postgres).await;
    let upstream = postgres_server_url()
        .rsplit('@')
        .next()
        .unwrap_or("127.0.0.1:5432")
        .to_owned();
    let proxy = PgProxy::start(upstream).await;
    let name = database.url.rsplit('/').next().unwrap().to_owned();
    let through_proxy = format!("postgres://postgres@127.0.0.1:{}/{name}", proxy.port);
    let app = TestApp::spawn_on(database, &[("DATABASE_URL", &through_proxy)]).await;
    assert_eq!(app.get("/healthz").await.status(), 200);

    proxy.cut();
    let down = wait_for_status(&app, 503).await;
    assert!(down.is_some(), "healthz never reported the outage");
    let body: serde_json::Value = app.get("/healthz").await.json().await.unwrap();
    assert_eq!(body["database"], "unreachable");
    let page = app.get("/").await;
    assert_eq!(
        page.status(),
        503,
        "a page that cannot load its data says so"
    );
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("temporarily unavailable")
    );

    proxy.restore();
    let recovered = wait_for_status(&app, 200).await;
    assert!(
        recovered.is_some(),
        "healthz did not recover after the database came back"
    );
    assert_eq!(app.get("/").await.status(), 200, "pages work again");
}

/// Several instances starting at once on one new database: one migrates, all of them serve.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn several_instances_start_together_on_one_postgres_database() {
    if !postgres_available().await {
        return;
    }
    let database = TestDatabase::create(Backend::Postgres).await;

    let mut starts = tokio::task::JoinSet::new();
    for _ in 0..4 {
        starts.spawn(server::Application::build(database.config(&[])));
    }

    let mut started = 0;
    while let Some(instance) = starts.join_next().await {
        let instance = instance
            .expect("the start task ran")
            .expect("every instance starts");
        assert_ne!(instance.port(), 0);
        started += 1;
    }
    assert_eq!(started, 4);
}

/// Polls `/healthz` for up to 20 seconds; returns how long `status` took to appear.
async fn wait_for_status(app: &TestApp, status: u16) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if app.get("/healthz").await.status() == status {
            return Some(start.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    None
}
