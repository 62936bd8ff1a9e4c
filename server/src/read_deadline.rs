//! Every page and every read answers within a deadline. Leptos 0.8 can, rarely and mostly on
//! busy machines, leave a server-rendered page waiting forever for a resource that has already
//! finished (leptos-rs/leptos#4647). A visitor, and a load balancer, should then get a 503 to
//! retry rather than a connection that never ends. Writes (POST) are left alone: cutting one
//! short could leave its sender unsure whether it was saved, and the database's own timeouts
//! bound them.

use std::time::Duration;

use axum::extract::Request;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

/// Far above any page's normal time, and above the 5 s a PostgreSQL outage takes to report.
pub const READ_DEADLINE: Duration = Duration::from_secs(20);

pub async fn within_deadline(request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let path = request.uri().path().to_owned();
    match tokio::time::timeout(READ_DEADLINE, next.run(request)).await {
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
    use axum::body::Body;
    use axum::routing::get;
    use tower::ServiceExt;

    fn app() -> Router {
        let slow = || async {
            tokio::time::sleep(READ_DEADLINE * 3).await;
            "late"
        };
        Router::new()
            .route("/never", get(std::future::pending::<&'static str>))
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
    async fn a_write_is_never_cut_short() {
        assert_eq!(status(Method::POST, "/slow").await, StatusCode::OK);
    }
}
