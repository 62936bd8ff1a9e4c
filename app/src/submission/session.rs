//! The draft cookie: after the first step, or after opening an emailed link, the browser carries
//! a secret of its own for the draft in an HttpOnly cookie, so secrets stay out of addresses and
//! history from then on. While the browser is asked which of two practices to continue, the
//! emailed link waits in a second, short-lived cookie.

use http::header::SET_COOKIE;
use http::{HeaderMap, HeaderValue, request::Parts};
use leptos::prelude::use_context;

use crate::secret::SecretToken;

const COOKIE_NAME: &str = "hh_draft";
/// About as long as a call stays open.
const MAX_AGE_SECONDS: u32 = 180 * 24 * 60 * 60;
const PENDING_COOKIE_NAME: &str = "hh_pending_link";
/// Long enough to read the question and answer it.
const PENDING_MAX_AGE_SECONDS: u32 = 60 * 60;

/// The draft secret the current server function's request carries, if any.
pub fn draft_token() -> Option<SecretToken> {
    draft_token_in(&use_context::<Parts>()?.headers)
}

/// The draft secret in a request's cookies, if any.
pub fn draft_token_in(headers: &HeaderMap) -> Option<SecretToken> {
    crate::secret::from_cookie(headers, COOKIE_NAME)
}

/// The emailed link waiting for the browser's choice, if any.
pub fn pending_link() -> Option<SecretToken> {
    crate::secret::from_cookie(&use_context::<Parts>()?.headers, PENDING_COOKIE_NAME)
}

fn cookie(name: &str, value: &str, max_age: u32, secure: bool) -> Option<HeaderValue> {
    let cookie = format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{}",
        if secure { "; Secure" } else { "" }
    );
    HeaderValue::from_str(&cookie).ok()
}

/// The `Set-Cookie` value that gives the browser the draft's secret.
pub fn draft_cookie(token: &SecretToken, secure: bool) -> Option<HeaderValue> {
    cookie(COOKIE_NAME, token.expose(), MAX_AGE_SECONDS, secure)
}

/// The `Set-Cookie` value that keeps an emailed link while the browser is asked about it.
pub fn pending_link_cookie(token: &SecretToken, secure: bool) -> Option<HeaderValue> {
    cookie(
        PENDING_COOKIE_NAME,
        token.expose(),
        PENDING_MAX_AGE_SECONDS,
        secure,
    )
}

/// Drops the waiting emailed link from the browser with the current server function's response.
pub fn forget_pending_link(secure: bool) {
    if let (Some(response), Some(cookie)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        cookie(PENDING_COOKIE_NAME, "", 0, secure),
    ) {
        response.append_header(SET_COOKIE, cookie);
    }
}

/// Gives the browser the draft's secret with the current server function's response.
pub fn remember_draft(token: &SecretToken, secure: bool) {
    if let (Some(response), Some(cookie)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        draft_cookie(token, secure),
    ) {
        response.append_header(SET_COOKIE, cookie);
    }
}
