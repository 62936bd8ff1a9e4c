//! Entities, migrations and the connection. SQLite and PostgreSQL run the same code: every
//! query here is built with sea-query, never hand-written for one backend.

pub mod entities;
pub mod migrations;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;

/// Opens a pool on `url` (`sqlite://path?mode=rwc` or `postgres://...`).
///
/// SQLite runs in WAL mode with `synchronous=FULL`: a commit that acknowledges a submission or
/// a registration must survive a power cut, and readers must not block the writer. Deleted rows
/// are overwritten (`secure_delete`), so that an erased person's data does not linger in free
/// pages of the file.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(if url.starts_with("sqlite") { 8 } else { 16 })
        .connect_timeout(Duration::from_secs(5))
        // A burst waits rather than fails: SQLite writers queue for the one write lock, and
        // 500 sign-ups at once on PostgreSQL queue for one workshop's seat lock while holding
        // the pool's connections (5 s failed the last of them on a busy machine). A PostgreSQL
        // that is away is still reported at once by the health check's own 2 s limit.
        .acquire_timeout(Duration::from_secs(if url.starts_with("sqlite") {
            30
        } else {
            15
        }))
        // A connection that died while the database was away is replaced, not reused.
        .test_before_acquire(true)
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|opts| {
            opts.create_if_missing(true)
                .journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Full)
                .foreign_keys(true)
                .pragma("secure_delete", "on")
                .busy_timeout(Duration::from_secs(10))
        });
    Database::connect(options).await
}

/// A transaction that reads before it writes. On SQLite it takes the write lock at `BEGIN`
/// (`IMMEDIATE`), so it waits its turn behind other writers: a deferred one would start as a
/// reader and fail at its first write whenever another writer committed meanwhile. PostgreSQL
/// ignores the option.
pub async fn begin_writing(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(sea_orm::TransactionOptions {
        sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// A transaction that no other transaction taking one of the same `keys` runs beside, on either
/// database: for a count that decides a write (a quota) under concurrency. SQLite has one writer
/// at a time already ([`begin_writing`]); PostgreSQL takes an advisory lock on each key's hash,
/// in the order given (callers keep one order, so two never wait for each other), held until
/// the transaction ends.
pub async fn begin_serialised(
    db: &DatabaseConnection,
    keys: &[&str],
) -> Result<DatabaseTransaction, DbErr> {
    let transaction = begin_writing(db).await?;
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(transaction);
    }
    for key in keys {
        transaction
            .execute_raw(sea_orm::Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT pg_advisory_xact_lock(hashtext($1))",
                [(*key).into()],
            ))
            .await?;
    }
    Ok(transaction)
}

/// How many staff changes (publishing, edits, erasures) this site has committed: a copy of a
/// public page made before the count moved may show what is no longer so. Each site holds its
/// own in its state, so that sites sharing a process (the integration tests) do not retire each
/// other's copies.
#[derive(Clone, Default)]
pub struct PublicContentVersion(Arc<AtomicU64>);

impl PublicContentVersion {
    pub fn current(&self) -> u64 {
        self.0.load(Ordering::Acquire)
    }
}

/// Commits a staff change and retires every copy of a public page made before it.
pub async fn commit_staff_change(
    transaction: DatabaseTransaction,
    version: &PublicContentVersion,
) -> Result<(), DbErr> {
    transaction.commit().await?;
    version.0.fetch_add(1, Ordering::AcqRel);
    Ok(())
}

/// Moves SQLite's write-ahead log into the database file and empties it, so that the old
/// versions of pages it holds (an erased person's rows) are gone too. Best effort: it is
/// skipped while readers hold the log, and a later one finishes the work.
pub async fn compact_log(db: &DatabaseConnection) {
    if db.get_database_backend() == DbBackend::Sqlite
        && let Err(error) = db
            .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await
    {
        tracing::warn!(%error, "could not checkpoint the SQLite log");
    }
}

/// Brings the schema up to date; safe to run on every start and from several instances.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    // Instances that start together take turns: the first migrates while holding a lock, the
    // others then find nothing left to do. The lock ends with its transaction.
    let turn = match db.get_database_backend() {
        DbBackend::Postgres => {
            let turn = db.begin().await?;
            turn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
                .await?;
            Some(turn)
        }
        _ => None,
    };
    migrations::Migrator::up(db, None).await?;
    if let Some(turn) = turn {
        turn.commit().await?;
    }
    Ok(())
}

/// An arbitrary key for PostgreSQL's advisory lock around migrations.
const MIGRATION_LOCK: i64 = 0x4845_5249_5447;

/// The site's key ([`crate::secret::SiteKey`]): the one in the database, or a new one that the
/// first instance to start writes there for every other.
pub async fn site_key(db: &DatabaseConnection) -> Result<crate::secret::SiteKey, DbErr> {
    let offered = crate::secret::SiteKey::generate();
    db.execute_raw(sea_orm::Statement::from_sql_and_values(
        db.get_database_backend(),
        match db.get_database_backend() {
            DbBackend::Postgres => {
                "INSERT INTO site_key (id, key_hex) VALUES (1, $1) ON CONFLICT (id) DO NOTHING"
            }
            _ => "INSERT INTO site_key (id, key_hex) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
        },
        [offered.to_hex().into()],
    ))
    .await?;
    let stored = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT key_hex FROM site_key WHERE id = 1",
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the site key".to_owned()))?;
    let hex: String = stored.try_get("", "key_hex")?;
    crate::secret::SiteKey::from_hex(&hex).ok_or_else(|| {
        DbErr::Custom("the stored site key is not 32 bytes of hexadecimal".to_owned())
    })
}

/// True when the database answers a trivial query.
pub async fn is_reachable(db: &DatabaseConnection) -> bool {
    db.execute_unprepared("SELECT 1").await.is_ok()
}

/// A condition that `column` (kept lower-case) contains every word of `query`, with LIKE's
/// wildcards in the words taken literally; at most ten words count.
pub fn contains_every_word(
    column: impl sea_orm::sea_query::IntoColumnRef + Copy,
    query: &str,
) -> sea_orm::Condition {
    use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
    let mut condition = sea_orm::Condition::all();
    for word in query.to_lowercase().split_whitespace().take(10) {
        let pattern = format!(
            "%{}%",
            word.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        condition = condition.add(Expr::col(column).like(LikeExpr::new(pattern).escape('\\')));
    }
    condition
}

/// How many rows `select` finds for each value of `column` (a column that is never NULL).
pub async fn count_by<E: sea_orm::EntityTrait>(
    conn: &impl ConnectionTrait,
    select: sea_orm::Select<E>,
    column: E::Column,
) -> Result<Vec<(String, u64)>, DbErr> {
    use sea_orm::QuerySelect;
    use sea_orm::sea_query::{Expr, ExprTrait};
    let counted: Vec<(String, i64)> = select
        .select_only()
        .column(column)
        .column_as(Expr::col(column).count(), "count")
        .group_by(column)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(counted
        .into_iter()
        .map(|(value, count)| (value, u64::try_from(count).unwrap_or(0)))
        .collect())
}
