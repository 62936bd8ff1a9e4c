//! Remembers the language a visitor picks in the switcher. The switcher's links add
//! `?lang=<code>` to the page's address in that language; this answers them with a cookie and a
//! redirect to the same address without the parameter, so the address people copy stays clean.
//! It works without JavaScript, and a page never has to set a cookie on its own.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use app::i18n::{CHOOSE_PARAMETER, LANG_COOKIE, Lang};

/// A year: a choice is kept like a preference, not like a session.
const REMEMBERED_FOR_SECONDS: u32 = 365 * 24 * 60 * 60;

/// Whether the cookie needs `Secure`: the site is served over https.
#[derive(Clone, Copy)]
pub struct Secure(pub bool);

pub async fn remember(
    State(Secure(secure)): State<Secure>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    let Some((lang, rest)) = choice(request.uri().query().unwrap_or_default()) else {
        return next.run(request).await;
    };
    let path = request.uri().path();
    let location = if rest.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{rest}")
    };
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age={REMEMBERED_FOR_SECONDS}; SameSite=Lax; HttpOnly{}",
        lang.code(),
        if secure { "; Secure" } else { "" }
    );
    let mut response = StatusCode::SEE_OTHER.into_response();
    // The path is the request's own (an absolute path), so this cannot send anyone elsewhere.
    let Ok(location) = HeaderValue::from_str(&location) else {
        return next.run(request).await;
    };
    response.headers_mut().insert(header::LOCATION, location);
    if let Ok(cookie) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    response
}

/// The language a query chooses and the query without the choice; `None` when it chooses none
/// of the site's languages.
fn choice(query: &str) -> Option<(Lang, String)> {
    let mut chosen = None;
    let rest: Vec<&str> = query
        .split('&')
        .filter(|pair| match pair.split_once('=') {
            Some((name, value)) if name == CHOOSE_PARAMETER => {
                chosen = chosen.or(Lang::parse(value));
                false
            }
            _ => !pair.is_empty(),
        })
        .collect();
    chosen.map(|lang| (lang, rest.join("&")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choice_leaves_the_rest_of_the_query() {
        assert_eq!(choice("lang=fr"), Some((Lang::Fr, String::new())));
        assert_eq!(
            choice("theme=digital&lang=ka&page=2"),
            Some((Lang::Ka, "theme=digital&page=2".to_owned()))
        );
        assert_eq!(choice("lang=xx"), None);
        assert_eq!(choice("language=fr"), None);
        assert_eq!(choice(""), None);
    }
}
