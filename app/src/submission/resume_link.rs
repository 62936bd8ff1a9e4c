//! The emailed links `/submit?draft=…` (and `/fr/submit?draft=…` in each language): opens that submission in this browser and goes to where
//! it left off. The link is exchanged for a draft cookie of the browser's own (see
//! [`super::access`]). When the browser already works on another practice, it is asked which one
//! to continue (`/submit/choose`) instead of losing that one silently.
//!
//! A plain handler in front of the pages: it only sets a cookie and redirects, and a header set
//! from inside a page's render was now and then missing from the response. A link that opens
//! nothing falls through to the page, which says so with a 404.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use http::{HeaderMap, StatusCode, header};

use super::access::{AccessKind, AccessUse};
use super::api::step_path;
use super::db::{Draft, Opened};
use super::steps::WizardStep;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::secret::SecretToken;
use crate::state::AppState;

/// Where the choice between two practices is asked.
pub const CHOOSE_PATH: &str = "/submit/choose";

pub async fn open(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some((token, lang)) = emailed_token(&request) else {
        return next.run(request).await;
    };
    match open_link(&state, &token, lang, request.headers(), Utc::now()).await {
        Ok(Some(response)) => response,
        Ok(None) => next.run(request).await,
        Err(error) => {
            tracing::error!(%error, "cannot open an emailed draft link");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// The secret of a `GET /submit?draft=…` and the language of its address; anything else is
/// not this handler's.
fn emailed_token(request: &Request) -> Option<(SecretToken, Lang)> {
    let (lang, path) = Lang::split_path(request.uri().path());
    if request.method() != http::Method::GET || path != "/submit" {
        return None;
    }
    let query = request.uri().query()?;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "draft")
        .and_then(|(_, value)| SecretToken::parse(&value))
        .map(|token| (token, lang))
}

/// The answer to opening `token` in a browser that sent `headers`; `None` when the link opens
/// nothing.
async fn open_link(
    state: &AppState,
    token: &SecretToken,
    lang: Lang,
    headers: &HeaderMap,
    now: DateTime<Utc>,
) -> Result<Option<Response>, AppError> {
    use super::saving::opened;
    let Some(linked) = opened(state, Some(token), AccessUse::OpenEmailedLink, now).await? else {
        return Ok(None);
    };
    let cookie = super::session::draft_token_in(headers);
    let in_browser = opened(state, cookie.as_ref(), AccessUse::Wizard, now).await?;
    let secure = state.serves_https();
    Ok(Some(match in_browser {
        Some(Opened { draft, .. }) if draft.id == linked.draft.id => {
            Redirect::to(&lang.href(&destination(state, &draft, now).await?)).into_response()
        }
        Some(_) => {
            let mut response = Redirect::to(&lang.href(CHOOSE_PATH)).into_response();
            if let Some(cookie) = super::session::pending_link_cookie(token, secure) {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            response
        }
        None => continue_with(state, &linked.draft, lang, secure, now).await?,
    }))
}

/// Gives this browser a cookie of its own for `draft` and sends it to where `draft` left off,
/// in `lang`.
async fn continue_with(
    state: &AppState,
    draft: &Draft,
    lang: Lang,
    secure: bool,
    now: DateTime<Utc>,
) -> Result<Response, AppError> {
    let cookie = super::db::add_access(&state.db, draft.id, AccessKind::Browser, None, now).await?;
    let mut response =
        Redirect::to(&lang.href(&destination(state, draft, now).await?)).into_response();
    if let Some(cookie) = super::session::draft_cookie(&cookie, secure) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

/// The step `draft` continues at: the first unfinished one, or the review of a sent practice.
pub async fn destination(
    state: &AppState,
    draft: &Draft,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let step = if draft.is_draft() {
        let context = super::saving::context_of(state, draft.id, now).await?;
        draft
            .answers
            .first_incomplete_step(&context)
            .unwrap_or(WizardStep::Review)
    } else {
        WizardStep::Review
    };
    Ok(step_path(step, false))
}
