//! Every page and every read answers within a deadline. Leptos 0.8 can, rarely and mostly on
//! busy machines, leave a server-rendered page waiting forever for a resource that has already
//! finished (leptos-rs/leptos#4647). A visitor, and a load balancer, should then get a 503 to
//! retry rather than a connection that never ends. Before that, a read that has not answered
//! within a few seconds is rendered once more: the hang is of one render, and a fresh one
//! answers at once. Writes (POST) are left alone: cutting one
//! short could leave its sender unsure whether it was saved, and the database's own timeouts
//! bound them.

use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

/// Far above any page's normal time, and above the 5 s a PostgreSQL outage takes to report.
pub const READ_DEADLINE: Duration = Duration::from_secs(20);

/// Far above a page's normal time, even on a busy machine.
const FIRST_TRY: Duration = Duration::from_secs(5);

pub async fn within_deadline(request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    // A read carries no body, so it can be sent again.
    let (parts, _) = request.into_parts();
    let first = next
        .clone()
        .run(Request::from_parts(parts.clone(), Body::empty()));
    if let Ok(response) = tokio::time::timeout(FIRST_TRY, first).await {
        return response;
    }
    let path = crate::redact::path(parts.uri.path());
    tracing::warn!(%path, "no response within {FIRST_TRY:?}: rendering it once more");
    let again = next.run(Request::from_parts(parts, Body::empty()));
    match tokio::time::timeout(READ_DEADLINE - FIRST_TRY, again).await {
        Ok(response) => response,
        Err(_) => {
            tracing::error!(%path, "no response within the read deadline");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "5")],
                Html(
                    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
                     <title>Temporarily unavailable · European Heritage Hub</title></head>\
                     <body><h1>This page is temporarily unavailable</h1>\
                     <p>Please try again in a moment.</p></body></html>",
                ),
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::routing::get;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tower::ServiceExt;

    fn app() -> Router {
        let slow = || async {
            tokio::time::sleep(READ_DEADLINE * 3).await;
            "late"
        };
        let tries = Arc::new(AtomicUsize::new(0));
        let hangs_once = move || {
            let tries = tries.clone();
            async move {
                if tries.fetch_add(1, Ordering::SeqCst) == 0 {
                    std::future::pending::<()>().await;
                }
                "the second render"
            }
        };
        Router::new()
            .route("/never", get(std::future::pending::<&'static str>))
            .route("/hangs-once", get(hangs_once))
            .route("/slow", get(slow).post(slow))
            .layer(axum::middleware::from_fn(within_deadline))
    }

    async fn status(method: Method, path: &str) -> StatusCode {
        let request = Request::builder()
            .method(method)
            .uri(path)
            .body(Body::empty())
            .unwrap();
        app().oneshot(request).await.unwrap().status()
    }

    // The clock is paused and jumps ahead whenever everything waits, so these take no time.
    #[tokio::test(start_paused = true)]
    async fn a_read_that_never_answers_gets_a_503_to_retry() {
        assert_eq!(
            status(Method::GET, "/never").await,
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(
            status(Method::GET, "/slow").await,
            StatusCode::SERVICE_UNAVAILABLE
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_render_that_hangs_is_tried_once_more() {
        assert_eq!(status(Method::GET, "/hangs-once").await, StatusCode::OK);
    }

    #[tokio::test(start_paused = true)]
    async fn a_write_is_never_cut_short() {
        assert_eq!(status(Method::POST, "/slow").await, StatusCode::OK);
    }
}
