//! Staff pages asked for without a live session: a redirect to the sign-in, made on the server
//! before any rendering, so that it works without JavaScript. The sign-in then leads back to
//! the page asked for.

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::state::AppState;

/// Middleware: lets staff pages through only with a live session.
pub async fn staff_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let is_navigation = matches!(*request.method(), Method::GET | Method::HEAD);
    if !is_navigation || !is_staff_page(request.uri().path()) {
        return next.run(request).await;
    }
    let signed_in = match super::session::token_in(request.headers()) {
        Some(token) => super::session::find(&state.db, &token, chrono::Utc::now()).await,
        None => Ok(None),
    };
    // A database that does not answer is the page's to report.
    if !matches!(signed_in, Ok(None)) {
        return next.run(request).await;
    }
    let asked = request
        .uri()
        .path_and_query()
        .map_or("/admin", |asked| asked.as_str());
    let location = format!(
        "/admin/login?{}",
        crate::components::query_string(&[("next", asked)])
    );
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

/// The staff pages: everything under `/admin` but the ways in (sign-in, invitation links) and
/// files (`.csv`), which answer scripts with a status of their own.
fn is_staff_page(path: &str) -> bool {
    let Some(rest) = path.strip_prefix("/admin") else {
        return false;
    };
    let rest = rest.trim_end_matches('/');
    let way_in = rest == "/login" || rest == "/login/code" || rest.starts_with("/invitation/");
    let file = rest
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'));
    (rest.is_empty() || rest.starts_with('/')) && !way_in && !file
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_pages_but_not_the_ways_in_or_files() {
        for page in ["/admin", "/admin/", "/admin/submissions/3", "/admin/users"] {
            assert!(is_staff_page(page), "{page}");
        }
        for other in [
            "/",
            "/administrator",
            "/admin/login",
            "/admin/login/code",
            "/admin/invitation/abc",
            "/admin/submissions.csv",
            "/admin/workshops/1/registrations.csv",
            "/submit",
        ] {
            assert!(!is_staff_page(other), "{other}");
        }
    }
}
