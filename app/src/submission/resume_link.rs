//! The emailed link `/submit?draft=…`: opens that submission in this browser (the draft
//! cookie) and goes to where it left off. A plain handler in front of the pages: it only sets
//! a cookie and redirects, and a header set from inside a page's render was now and then
//! missing from the response. A link that opens nothing falls through to the page, which says
//! so with a 404.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use http::{StatusCode, header};

use super::api::step_path;
use super::steps::WizardStep;
use crate::error::AppError;
use crate::secret::SecretToken;
use crate::state::AppState;

pub async fn open(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(token) = emailed_token(&request) else {
        return next.run(request).await;
    };
    match destination(&state, &token).await {
        Ok(Some(path)) => {
            let mut response = Redirect::to(&path).into_response();
            if let Some(cookie) = super::session::draft_cookie(&token, state.serves_https()) {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            response
        }
        Ok(None) => next.run(request).await,
        Err(error) => {
            tracing::error!(%error, "cannot open an emailed draft link");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// The secret of a `GET /submit?draft=…`; anything else is not this handler's.
fn emailed_token(request: &Request) -> Option<SecretToken> {
    if request.method() != http::Method::GET || request.uri().path() != "/submit" {
        return None;
    }
    let query = request.uri().query()?;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "draft")
        .and_then(|(_, value)| SecretToken::parse(&value))
}

/// The step the submission continues at; `None` when the link opens no submission.
async fn destination(state: &AppState, token: &SecretToken) -> Result<Option<String>, AppError> {
    let Some(draft) = super::db::find_by_token(&state.db, token).await? else {
        return Ok(None);
    };
    let step = if draft.is_draft() {
        let context = super::saving::context_of(state, draft.id, chrono::Utc::now()).await?;
        draft
            .answers
            .first_incomplete_step(&context)
            .unwrap_or(WizardStep::Review)
    } else {
        WizardStep::Review
    };
    Ok(Some(step_path(step, false)))
}
