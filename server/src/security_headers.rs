//! Headers every response carries. HTML pages set their own Content-Security-Policy with a
//! per-request nonce (see `app::shell`); everything else gets a policy that allows nothing.

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

#[derive(Clone)]
pub struct Policy {
    /// HSTS only makes sense when the site is reached over https.
    strict_transport_security: bool,
}

impl Policy {
    pub fn for_public_url(public_url: &url::Url) -> Self {
        Policy {
            strict_transport_security: public_url.scheme() == "https",
        }
    }
}

const FALLBACK_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// Pages that show one person's data: staff pages, an applicant's draft or sent practice, and
/// the server functions behind them. No browser or proxy cache may keep them.
fn is_private(path: &str) -> bool {
    ["/admin", "/manage/", "/submit", "/api/"]
        .iter()
        .any(|prefix| path.starts_with(prefix))
}

pub async fn add(State(policy): State<Policy>, request: Request, next: Next) -> Response {
    let private = is_private(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if private {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    let defaults: [(HeaderName, &'static str); 5] = [
        (header::CONTENT_SECURITY_POLICY, FALLBACK_CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in defaults {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    if policy.strict_transport_security {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::is_private;

    #[test]
    fn personal_pages_are_never_cached() {
        for path in [
            "/admin",
            "/admin/submissions",
            "/manage/abc",
            "/submit/review",
            "/api/staff/me",
        ] {
            assert!(is_private(path), "{path}");
        }
        for path in [
            "/",
            "/practices",
            "/uploads/abc",
            "/pkg/heritage-hub.wasm",
            "/privacy",
        ] {
            assert!(!is_private(path), "{path}");
        }
    }
}
