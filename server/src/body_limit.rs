//! A small limit on request bodies everywhere but the upload route, which has its own, larger
//! one. Server functions read their whole body before they look at it; without this, one
//! request could make the server hold gigabytes.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The longest form of the wizard, every field far past its limit (typed text is kept even
/// when too long) and percent-encoded, stays well under this.
pub const SMALL_BODY_LIMIT: usize = 512 * 1024;

fn too_large() -> Response {
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        "This request is too large. Shorten the text and try again.",
    )
        .into_response()
}

pub async fn small_bodies_only(request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > SMALL_BODY_LIMIT as u64) {
        return too_large();
    }
    // A body sent in chunks declares no length: read it up to the limit, then hand it on.
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, SMALL_BODY_LIMIT).await else {
        return too_large();
    };
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}
