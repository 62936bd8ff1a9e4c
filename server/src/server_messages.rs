//! Only the server's own words in the site's voice (`app::signed_query`): a page asked for with
//! form errors or refused files in its address that the server did not sign is sent to the same
//! address without them, and the address a form post without JavaScript is sent back to (with
//! Leptos' error in it, or the upload's refused files) is signed on its way out.

use app::secret::SiteKey;
use app::signed_query::{self, Messages};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderValue, Method, header};

pub async fn only_the_servers_own(
    State(key): State<SiteKey>,
    request: Request,
    next: Next,
) -> Response {
    let uri = request.uri().clone();
    if request.method() == Method::GET
        && signed_query::check(&key, uri.query().unwrap_or_default()) == Messages::Forged
    {
        return Redirect::to(&with_query(
            uri.path(),
            &signed_query::without_messages(uri.query().unwrap_or_default()),
        ))
        .into_response();
    }
    let is_post = request.method() == Method::POST;
    let mut response = next.run(request).await;
    if is_post && let Some(signed) = signed_location(&key, &response) {
        response.headers_mut().insert(header::LOCATION, signed);
    }
    response
}

fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// The response's `Location` with its messages signed, when it carries any.
fn signed_location(key: &SiteKey, response: &Response) -> Option<HeaderValue> {
    let location = response.headers().get(header::LOCATION)?.to_str().ok()?;
    let (base, rest) = location.split_once('?')?;
    let (query, fragment) = match rest.split_once('#') {
        Some((query, fragment)) => (query, format!("#{fragment}")),
        None => (rest, String::new()),
    };
    if signed_query::check(key, query) == Messages::None {
        return None;
    }
    let signed = signed_query::sign(key, query);
    HeaderValue::from_str(&format!("{base}?{signed}{fragment}")).ok()
}
