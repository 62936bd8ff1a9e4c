//! Refuses state-changing requests that another site's page makes a browser send (CSRF).
//!
//! Every browser this site supports marks its requests with `Sec-Fetch-Site`, and sends
//! `Origin` with every POST, so the check needs no token in the forms and works before
//! hydration. A request with neither header does not come from a browser page and cannot
//! carry a visitor's cookies against their will, so it is let through (curl, monitoring).

use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The origins a page of this site is served from: the public address, and whatever host the
/// request itself names (a reverse proxy or a local test may use another name for the server).
#[derive(Clone)]
pub struct SameSite {
    public_origin: String,
}

impl SameSite {
    pub fn for_public_url(public_url: &url::Url) -> Self {
        SameSite {
            public_origin: public_url.origin().ascii_serialization(),
        }
    }

    fn allows(&self, method: &Method, headers: &HeaderMap) -> bool {
        if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
            return true;
        }
        let value = |name| headers.get(name).and_then(|value| value.to_str().ok());
        if let Some(site) = value(header::HeaderName::from_static("sec-fetch-site")) {
            // "none" is the visitor's own action (typed address, bookmark).
            return matches!(site, "same-origin" | "none");
        }
        match value(header::ORIGIN) {
            None => true,
            Some(origin) => {
                origin == self.public_origin
                    || value(header::HOST).is_some_and(|host| {
                        origin
                            .split_once("://")
                            .is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host))
                    })
            }
        }
    }
}

pub async fn refuse_cross_site(
    State(same_site): State<SameSite>,
    request: Request,
    next: Next,
) -> Response {
    if same_site.allows(request.method(), request.headers()) {
        return next.run(request).await;
    }
    tracing::warn!(
        method = %request.method(),
        path = %crate::redact::path(request.uri().path()),
        origin = ?request.headers().get(header::ORIGIN),
        "cross-site request refused"
    );
    (
        StatusCode::FORBIDDEN,
        "This request came from another site, so it was refused. \
         Open the page on this site and try again.",
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn guard() -> SameSite {
        SameSite::for_public_url(&url::Url::parse("https://hub.example.org/").unwrap())
    }

    #[test]
    fn posts_from_this_site_pass() {
        for pairs in [
            &[("sec-fetch-site", "same-origin")][..],
            &[("origin", "https://hub.example.org")],
            &[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000"),
            ],
            &[],
        ] {
            assert!(guard().allows(&Method::POST, &headers(pairs)), "{pairs:?}");
        }
    }

    #[test]
    fn posts_from_elsewhere_are_refused() {
        for pairs in [
            &[("sec-fetch-site", "cross-site")][..],
            &[("sec-fetch-site", "same-site")],
            &[
                ("sec-fetch-site", "cross-site"),
                ("origin", "https://hub.example.org"),
            ],
            &[("origin", "https://evil.example")],
            &[("origin", "null")],
            &[
                ("origin", "https://evil.example"),
                ("host", "hub.example.org"),
            ],
            &[("origin", "http://hub.example.org")],
        ] {
            assert!(!guard().allows(&Method::POST, &headers(pairs)), "{pairs:?}");
        }
    }

    #[test]
    fn reading_is_never_refused() {
        let cross = headers(&[("sec-fetch-site", "cross-site")]);
        assert!(guard().allows(&Method::GET, &cross));
        assert!(!guard().allows(&Method::DELETE, &cross));
    }
}
