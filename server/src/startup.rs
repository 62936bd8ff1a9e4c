//! Start-up as an object: `Application::build` connects, migrates and binds; tests build one on
//! port 0 and ask it for its port.

use std::future::Future;
use std::sync::LazyLock;
use std::time::Duration;

use app::state::AppState;
use app::submission::uploads::routes as uploads;
use app::{App, shell};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use leptos::config::LeptosOptions;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::config::Config;

pub struct Application {
    listener: TcpListener,
    router: Router,
    /// `None` when this instance leaves delivery to another (`OUTBOX_SENDER=off`).
    outbox: Option<app::outbox::OutboxSender>,
    state: AppState,
    max_connections: usize,
}

/// How often the day-before reminders are looked for.
const REMINDERS_EVERY: Duration = Duration::from_secs(60);
/// How often the retention job looks for what is due to go.
const RETENTION_EVERY: Duration = Duration::from_secs(60 * 60);

/// Runs `job` at start and then every `period`, until `stop` turns true.
async fn every<F: Future<Output = ()>>(
    period: Duration,
    mut stop: watch::Receiver<bool>,
    mut job: impl FnMut() -> F,
) {
    loop {
        job().await;
        tokio::select! {
            _ = tokio::time::sleep(period) => {}
            _ = stop.changed() => {}
        }
        if *stop.borrow() {
            return;
        }
    }
}

/// Queues the workshops' day-before reminders.
async fn queue_reminders(state: &AppState) {
    match app::workshops::reminders::queue_due(&state.db, chrono::Utc::now(), &state.public_url)
        .await
    {
        Ok(0) => {}
        Ok(queued) => tracing::info!(queued, "workshop reminders queued"),
        Err(error) => tracing::warn!(%error, "reminders: could not look; will retry"),
    }
}

/// Deletes the drafts and submissions the retention policy no longer lets the site keep.
async fn apply_retention(state: &AppState) {
    match app::privacy::retention::sweep(
        &state.db,
        &state.uploads,
        state.retention,
        chrono::Utc::now(),
    )
    .await
    {
        Ok(swept) if swept == Default::default() => {}
        Ok(swept) => tracing::info!(?swept, "retention: deleted what was due"),
        Err(error) => tracing::warn!(%error, "retention: could not sweep; will retry"),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("could not open the database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("could not prepare {path}: {source}")]
    Directory {
        path: String,
        source: std::io::Error,
    },
    #[error("could not set up SMTP: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("could not listen on {addr}: {source}")]
    Bind {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
}

/// Opens the configured database, creating the SQLite file's folder if needed, and migrates it.
pub async fn open_database(config: &Config) -> Result<DatabaseConnection, StartError> {
    if config.is_sqlite()
        && let Some(folder) = sqlite_folder(&config.database_url)
    {
        std::fs::create_dir_all(&folder).map_err(|source| StartError::Directory {
            path: folder.clone(),
            source,
        })?;
    }
    let db = app::db::connect(&config.database_url).await?;
    app::db::migrate(&db).await?;
    Ok(db)
}

/// `sqlite://data/hub.db?mode=rwc` → `data`.
fn sqlite_folder(url: &str) -> Option<String> {
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = path.split('?').next()?;
    let folder = std::path::Path::new(path).parent()?.to_str()?;
    (!folder.is_empty() && path != ":memory:").then(|| folder.to_owned())
}

impl Application {
    pub async fn build(config: Config) -> Result<Self, StartError> {
        let db = open_database(&config).await?;
        app::call::db::ensure_exists(&db, chrono::Utc::now()).await?;
        std::fs::create_dir_all(&config.upload_dir).map_err(|source| StartError::Directory {
            path: config.upload_dir.display().to_string(),
            source,
        })?;

        let listener = TcpListener::bind(config.site_addr)
            .await
            .map_err(|source| StartError::Bind {
                addr: config.site_addr,
                source,
            })?;
        let site_addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: config.site_addr,
            source,
        })?;

        let leptos_options = LeptosOptions::builder()
            .output_name("heritage-hub")
            .site_root(config.site_root.display().to_string())
            .site_pkg_dir("pkg")
            .site_addr(site_addr)
            .build();
        let state = AppState {
            leptos_options: leptos_options.clone(),
            db: db.clone(),
            public_url: config.public_url.as_str().trim_end_matches('/').to_owned(),
            uploads: app::submission::uploads::storage::UploadStore::new(config.upload_dir.clone()),
            rate_limits: std::sync::Arc::new(app::rate_limit::RateLimits::new(
                config.rate_limits,
                u64::from(config.upload_mb_per_hour) * 1024 * 1024,
            )),
            retention: config.retention,
            public_content: app::db::PublicContentVersion::default(),
            site_key: app::db::site_key(&db).await?,
            passwords: app::auth::password::PasswordQueue::per_core(),
        };
        let transport = app::outbox::Transport::from_url(config.smtp_url.as_deref())?;
        let outbox = config
            .outbox_sender
            .then(|| app::outbox::OutboxSender::new(db, transport, config.mail_from.clone()));

        Ok(Application {
            listener,
            router: router(state.clone(), &config),
            outbox,
            state,
            max_connections: config.max_connections,
        })
    }

    /// The queue its requests hash and verify passwords through, for tests to watch.
    pub fn passwords(&self) -> app::auth::password::PasswordQueue {
        self.state.passwords.clone()
    }

    pub fn port(&self) -> u16 {
        self.listener
            .local_addr()
            .map(|addr| addr.port())
            .unwrap_or_default()
    }

    /// Serves until `shutdown` completes, then lets open requests, the outbox sender and the
    /// periodic jobs (reminders, retention) finish.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let (stop_jobs, jobs_stopped) = watch::channel(false);
        let outbox = self
            .outbox
            .map(|sender| tokio::spawn(sender.run(jobs_stopped.clone())));
        let state = self.state.clone();
        let reminders = tokio::spawn(every(REMINDERS_EVERY, jobs_stopped.clone(), move || {
            let state = state.clone();
            async move { queue_reminders(&state).await }
        }));
        let state = self.state;
        let retention = tokio::spawn(every(RETENTION_EVERY, jobs_stopped, move || {
            let state = state.clone();
            async move { apply_retention(&state).await }
        }));
        tracing::info!(address = %self.listener.local_addr()?, "listening");
        crate::connections::serve(self.listener, self.router, self.max_connections, shutdown).await;
        let _ = stop_jobs.send(true);
        if let Some(outbox) = outbox {
            let _ = outbox.await;
        }
        let _ = reminders.await;
        let _ = retention.await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// The app's routes, found once per process. Finding them renders the whole app while a
/// process-wide switch holds back every resource (leptos-rs/leptos#4773): a page another
/// server of the same process (the integration tests) rendered meanwhile would wait forever
/// for a resource first polled then.
fn routes() -> Vec<AxumRouteListing> {
    static ROUTES: LazyLock<Vec<AxumRouteListing>> = LazyLock::new(|| generate_route_list(App));
    ROUTES.clone()
}

fn router(state: AppState, config: &Config) -> Router {
    let routes = routes();
    let leptos_options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(crate::health::healthz))
        .route("/admin/submissions.csv", get(app::review::csv::export))
        .route("/sitemap.xml", get(app::gallery::feeds::sitemap))
        .route("/practices.atom", get(app::gallery::feeds::atom))
        .route(
            "/workshops/{slug}/calendar.ics",
            get(app::workshops::calendar::download),
        )
        .route(
            "/{lang}/workshops/{slug}/calendar.ics",
            get(app::workshops::calendar::download_translated),
        )
        .route(
            "/admin/workshops/{id}/registrations.csv",
            get(app::workshops::admin::registrations_csv),
        )
        .route(
            "/admin/visits/{id}/applications.csv",
            get(app::visits::admin::applications_csv),
        )
        .route(
            "/manage/{token}/calendar.ics",
            get(app::workshops::manage::calendar_download),
        )
        .route(
            "/admin/privacy/export",
            post(app::privacy::export::download),
        )
        .merge(root_files(&leptos_options.site_root))
        .route("/uploads/{name}", get(uploads::serve_original))
        .route("/uploads/{name}/{size}", get(uploads::serve_resized))
        .leptos_routes(&state, routes, move || shell(leptos_options.clone()))
        .route_layer(axum::middleware::from_fn(
            crate::server_fn_status::status_from_error,
        ))
        .route_layer(axum::middleware::from_fn(
            crate::read_deadline::within_deadline,
        ))
        .route_layer(axum::middleware::from_fn(
            crate::body_limit::small_bodies_only,
        ))
        // After the route layers: an upload may take long on a slow line, is a write, and has
        // its own, larger body limit.
        .route(
            "/submit/upload",
            post(uploads::upload).layer(DefaultBodyLimit::max(uploads::max_upload_body_bytes())),
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            app::submission::resume_link::open,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            app::auth::gate::staff_pages,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.site_key.clone(),
            crate::server_messages::only_the_servers_own,
        ))
        .layer(axum::middleware::from_fn_with_state(
            crate::cross_site::SameSite::for_public_url(&config.public_url),
            crate::cross_site::refuse_cross_site,
        ))
        .layer(axum::middleware::from_fn_with_state(
            crate::security_headers::Policy::for_public_url(&config.public_url),
            crate::security_headers::add,
        ))
        // Brotli or gzip, as the browser accepts: the main wasm is a fifth of its size in
        // brotli. Images and tiny bodies go as they are.
        .layer(tower_http::compression::CompressionLayer::new())
        // Outside compression: a copy is kept as sent.
        .layer(axum::middleware::from_fn_with_state(
            crate::page_cache::PageCache::new(config.page_cache, state.public_content.clone()),
            crate::page_cache::serve,
        ))
        // Outside the page cache: a language chosen in the switcher is remembered, not cached.
        .layer(axum::middleware::from_fn_with_state(
            crate::language_choice::Secure(state.serves_https()),
            crate::language_choice::remember,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(crate::redact::RequestSpan)
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .with_state(state)
}

/// A route for each file at the top of the site's folder (`/favicon.svg`): the pages under a
/// language's prefix (`/{lang}`) would otherwise answer them with a page that does not exist.
/// Files in folders (`/pkg/...`) are served by the fallback.
fn root_files(site_root: &str) -> Router<AppState> {
    let mut router = Router::new();
    let Ok(entries) = std::fs::read_dir(site_root) else {
        return router;
    };
    for entry in entries.flatten() {
        let (path, name) = (entry.path(), entry.file_name());
        if let (true, Some(name)) = (path.is_file(), name.to_str()) {
            router = router.route_service(
                &format!("/{name}"),
                tower_http::services::ServeFile::new(path),
            );
        }
    }
    router
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down");
}

#[cfg(test)]
mod tests {
    use super::sqlite_folder;

    #[test]
    fn finds_the_folder_of_a_sqlite_file() {
        assert_eq!(
            sqlite_folder("sqlite://data/hub.db?mode=rwc").as_deref(),
            Some("data")
        );
        assert_eq!(
            sqlite_folder("sqlite:/tmp/x/hub.db").as_deref(),
            Some("/tmp/x")
        );
        assert_eq!(sqlite_folder("sqlite://hub.db"), None);
        assert_eq!(sqlite_folder("postgres://localhost/hub"), None);
    }
}
