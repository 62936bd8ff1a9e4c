//! What every server function and handler can reach: the database and the site's options.

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;

use crate::error::AppError;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    /// The absolute address the site is reached at, for links in emails and feeds.
    pub public_url: String,
    pub uploads: crate::submission::uploads::storage::UploadStore,
    pub rate_limits: std::sync::Arc<crate::rate_limit::RateLimits>,
    pub retention: crate::privacy::RetentionPolicy,
    pub public_content: crate::db::PublicContentVersion,
    /// Signs what the server writes into addresses ([`crate::signed_query`]).
    pub site_key: crate::secret::SiteKey,
    /// Where requests hash and verify passwords, a few at a time.
    pub passwords: crate::auth::password::PasswordQueue,
}

impl AppState {
    /// Cookies are marked `Secure` when the site is reached over https.
    pub fn serves_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// The application state inside a server function.
pub fn app_state() -> Result<AppState, AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        AppError::Internal
    })
}
