//! A small limit on request bodies everywhere but the upload route, which has its own, larger
//! one. Server functions read their whole body before they look at it; without this, one
//! request could make the server hold gigabytes.
//!
//! The same guard refuses a NUL character, raw or percent-encoded, in a body or a query: no
//! form has a use for one, and PostgreSQL cannot store it in text, so it would otherwise end
//! as a 500 wherever it reached the database.

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

fn holds_nul(bytes: &[u8]) -> bool {
    bytes.contains(&0)
        || bytes
            .windows(3)
            .any(|window| window[0] == b'%' && window[1] == b'0' && window[2] == b'0')
}

fn nul_refused() -> Response {
    (
        StatusCode::BAD_REQUEST,
        "This request holds a NUL character, which no answer may contain.",
    )
        .into_response()
}

pub async fn small_bodies_only(request: Request, next: Next) -> Response {
    if request
        .uri()
        .query()
        .is_some_and(|query| holds_nul(query.as_bytes()))
    {
        return nul_refused();
    }
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
    if holds_nul(&bytes) {
        return nul_refused();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

#[cfg(test)]
mod tests {
    use super::holds_nul;

    #[test]
    fn finds_nul_raw_and_encoded() {
        assert!(holds_nul(b"title=a\0b"));
        assert!(holds_nul(b"title=a%00b"));
        assert!(!holds_nul(b"title=100%25&n=%0A"));
        assert!(!holds_nul("title=Тбилиси".as_bytes()));
    }
}
