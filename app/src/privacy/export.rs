//! `POST /admin/privacy/export`: everything held about one email address, as a JSON file, for
//! admins. A plain form post, so the download works without JavaScript; posted rather than
//! linked, so the address never lands in a log or the browser's history.

use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::auth::Role;
use crate::email::Email;
use crate::error::AppError;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct ExportRequest {
    #[serde(default)]
    email: String,
}

pub async fn download(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(request): Form<ExportRequest>,
) -> Response {
    let admin = match crate::review::csv::require(&state, &headers, Role::Admin).await {
        Ok(admin) => admin,
        Err(refused) => return refused,
    };
    let Ok(email) = Email::parse(&request.email) else {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            "Give the person's email address, such as name@example.org, and try again.",
        )
            .into_response();
    };
    let now = chrono::Utc::now();
    let exported = async {
        let document = super::db::export(&state.db, &email, now).await?;
        crate::audit::db::write(
            &state.db,
            &admin,
            "privacy",
            "Exported the data held about one person",
            now,
        )
        .await?;
        Ok::<_, sea_orm::DbErr>(document)
    };
    let document = match exported.await {
        Ok(document) => document,
        Err(error) => {
            let error = AppError::from(error);
            return error.respond(error.to_string());
        }
    };
    let body = serde_json::to_string_pretty(&document).unwrap_or_default();
    let disposition = format!(
        "attachment; filename=\"personal-data-{}.json\"",
        now.format("%Y-%m-%d")
    );
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response()
}
