//! Headers every response carries. A page gets a Content-Security-Policy naming the nonce its
//! scripts carry (`app::PageNonce`); everything else a policy that allows nothing.

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

/// Pages that show one person's data, in every language: staff pages, an applicant's draft or
/// sent practice, and the server functions behind them. No browser or proxy cache may keep them.
fn is_private(path: &str) -> bool {
    let (_, path) = app::i18n::Lang::split_path(path);
    ["/admin", "/manage/", "/submit", "/api/"]
        .iter()
        .any(|prefix| path.starts_with(prefix))
}

/// 'self' stays in script-src for the module preload of the hydration bundle, which carries no
/// nonce; inline scripts need the nonce.
fn page_policy(nonce: &str) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ))
    .ok()
}

pub async fn add(State(policy): State<Policy>, mut request: Request, next: Next) -> Response {
    let private = is_private(request.uri().path());
    let nonce = app::PageNonce::default();
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if private {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    let page_nonce = nonce
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    if let Some(page) = page_nonce.and_then(|nonce| page_policy(&nonce)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, page);
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
    use super::*;
    use axum::Router;
    use axum::body::Body;
    use axum::routing::get;
    use tower::ServiceExt;

    async fn policy_of(path: &str) -> String {
        let router = Router::new()
            .route(
                "/page",
                get(|request: Request| async move {
                    if let Some(slot) = request.extensions().get::<app::PageNonce>() {
                        *slot.0.lock().unwrap() = Some("abc123".to_owned());
                    }
                    "a page"
                }),
            )
            .route("/file", get(|| async { "a file" }))
            .layer(axum::middleware::from_fn_with_state(
                Policy {
                    strict_transport_security: false,
                },
                add,
            ));
        let response = router
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        response.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_owned()
    }

    #[tokio::test]
    async fn a_page_is_allowed_its_own_scripts_and_nothing_else_anything() {
        let page = policy_of("/page").await;
        assert!(page.contains("script-src 'self' 'nonce-abc123'"), "{page}");
        assert_eq!(policy_of("/file").await, FALLBACK_CSP);
    }

    #[test]
    fn personal_pages_are_never_cached() {
        for path in [
            "/admin",
            "/admin/submissions",
            "/manage/abc",
            "/submit/review",
            "/api/staff/me",
            "/fr/manage/abc",
            "/ka/submit/review",
            "/hy/submit",
        ] {
            assert!(is_private(path), "{path}");
        }
        for path in [
            "/",
            "/practices",
            "/uploads/abc",
            "/pkg/heritage-hub.wasm",
            "/privacy",
            "/de/practices",
        ] {
            assert!(!is_private(path), "{path}");
        }
    }
}
