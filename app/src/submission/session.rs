//! The draft cookie: after the first step, or after opening the resume link, the browser
//! carries the draft's secret in an HttpOnly cookie, so the secret stays out of addresses and
//! history from then on.

use http::header::SET_COOKIE;
use http::{HeaderMap, HeaderValue, request::Parts};
use leptos::prelude::use_context;

use crate::secret::SecretToken;

const COOKIE_NAME: &str = "hh_draft";
/// About as long as a call stays open.
const MAX_AGE_SECONDS: u32 = 180 * 24 * 60 * 60;

/// The draft secret the current server function's request carries, if any.
pub fn draft_token() -> Option<SecretToken> {
    draft_token_in(&use_context::<Parts>()?.headers)
}

/// The draft secret in a request's cookies, if any.
pub fn draft_token_in(headers: &HeaderMap) -> Option<SecretToken> {
    crate::secret::from_cookie(headers, COOKIE_NAME)
}

/// The `Set-Cookie` value that gives the browser the draft's secret.
pub fn draft_cookie(token: &SecretToken, secure: bool) -> Option<HeaderValue> {
    let cookie = format!(
        "{COOKIE_NAME}={}; Path=/; Max-Age={MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax{}",
        token.expose(),
        if secure { "; Secure" } else { "" }
    );
    HeaderValue::from_str(&cookie).ok()
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
