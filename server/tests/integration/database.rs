//! The database as the server opens it.

use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::support::{Backend, TestApp, TestDatabase};

async fn pragma(db: &impl ConnectionTrait, name: &str) -> String {
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            format!("PRAGMA {name}"),
        ))
        .await
        .unwrap()
        .expect("the pragma answers");
    row.try_get_by_index::<String>(0)
        .or_else(|_| row.try_get_by_index::<i64>(0).map(|n| n.to_string()))
        .unwrap()
}

/// WAL lets readers work while one writer commits; synchronous=FULL makes an acknowledged
/// commit survive a power cut.
#[tokio::test]
async fn sqlite_is_created_on_first_start_in_wal_mode_with_full_sync() {
    let database = TestDatabase::create(Backend::Sqlite).await;
    let file = database.folder.join("not-yet").join("there").join("hub.db");
    let url = format!("sqlite://{}?mode=rwc", file.display());

    let app = TestApp::spawn_on(database, &[("DATABASE_URL", &url)]).await;

    assert!(file.exists(), "the file and its folders are created");
    assert_eq!(app.get("/healthz").await.status(), 200);
    let db = app::db::connect(&url).await.unwrap();
    assert_eq!(pragma(&db, "journal_mode").await, "wal");
    assert_eq!(pragma(&db, "synchronous").await, "2", "2 is FULL");
    assert_eq!(pragma(&db, "foreign_keys").await, "1");
}
