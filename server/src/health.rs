//! `/healthz`: 200 while the database answers, 503 while it does not.

use std::time::Duration;

use app::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Serialize;

#[derive(Serialize)]
pub struct Health {
    status: &'static str,
    database: &'static str,
}

/// Answers within two seconds even when the database hangs.
pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let reachable = tokio::time::timeout(Duration::from_secs(2), app::db::is_reachable(&state.db))
        .await
        .unwrap_or(false);
    if reachable {
        (
            StatusCode::OK,
            Json(Health {
                status: "ok",
                database: "ok",
            }),
        )
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(Health {
                status: "unavailable",
                database: "unreachable",
            }),
        )
    }
}
