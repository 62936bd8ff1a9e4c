//! Sign-in and sign-out, and `require`, the role check every staff server function starts with.

use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::Role;
use super::StaffIdentity;
use crate::error::AppError;

/// The one message for any failed sign-in: it never says whether the account exists.
#[cfg(feature = "ssr")]
const WRONG_CREDENTIALS: &str = "The email address or the password is not right.";

/// The signed-in staff member of this request, or `Unauthorized`; `Forbidden` when their role
/// does not allow `needed`. Every staff server function calls this first.
#[cfg(feature = "ssr")]
pub async fn require(needed: Role) -> Result<StaffIdentity, AppError> {
    let staff = signed_in().await?.ok_or(AppError::Unauthorized)?;
    if staff.role.allows(needed) {
        Ok(staff)
    } else {
        Err(AppError::Forbidden)
    }
}

#[cfg(feature = "ssr")]
async fn signed_in() -> Result<Option<StaffIdentity>, AppError> {
    let state = crate::state::app_state()?;
    let Some(token) = use_context::<http::request::Parts>()
        .and_then(|parts| super::session::token_in(&parts.headers))
    else {
        return Ok(None);
    };
    Ok(super::session::find(&state.db, &token, chrono::Utc::now()).await?)
}

#[cfg(feature = "ssr")]
fn set_cookie(cookie: Option<http::HeaderValue>) {
    if let (Some(response), Some(cookie)) = (use_context::<leptos_axum::ResponseOptions>(), cookie)
    {
        response.append_header(http::header::SET_COOKIE, cookie);
    }
}

/// Who is signed in, if anyone.
#[server(endpoint = "staff/me")]
pub async fn current_staff() -> Result<Option<StaffIdentity>, AppError> {
    signed_in().await
}

/// Signs a staff member in with a new session (never one the browser brought along), then goes
/// to the staff page asked for before (`next`), or to the dashboard.
#[server(endpoint = "staff/sign_in")]
pub async fn sign_in(
    #[server(default)] email: String,
    #[server(default)] password: String,
    #[server(default)] next: String,
) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    let address = client_address().await;
    let email = super::StaffEmail::parse(&email).map_err(|_| {
        // Still counted, under what was typed (bounded: no address is longer).
        email
            .trim()
            .to_lowercase()
            .chars()
            .take(254)
            .collect::<String>()
    });
    let typed = match &email {
        Ok(email) => email.as_str().to_owned(),
        Err(typed) => typed.clone(),
    };
    let attempt = begin_attempt(&state, &typed, &address, now).await?;
    let account = match &email {
        Ok(email) => super::db::find_by_email(&state.db, email).await?,
        Err(_) => None,
    };
    let stored_hash = account
        .as_ref()
        .filter(|account| account.active)
        .and_then(|account| account.password_hash.clone());
    // Unknown accounts are checked against a decoy, so timing does not tell them apart.
    let matches = state.passwords.verify(password, stored_hash).await;
    let Some(account) = account.filter(|_| matches) else {
        return Err(AppError::invalid(
            "password".to_owned(),
            WRONG_CREDENTIALS.to_owned(),
        ));
    };
    super::throttle::succeeded(&state.db, attempt).await?;

    // With two-step sign-in on, the password alone opens only the code page.
    let awaiting_code = super::db::has_two_step(&account);
    open_session(&state, account.id, awaiting_code, now).await?;
    let next = super::ReturnPath::parse(&next);
    if awaiting_code {
        let query = next.as_ref().map_or_else(String::new, |next| {
            format!(
                "?{}",
                crate::components::query_string(&[("next", next.as_str())])
            )
        });
        leptos_axum::redirect(&format!("/admin/login/code{query}"));
    } else {
        leptos_axum::redirect(next.as_ref().map_or("/admin", super::ReturnPath::as_str));
    }
    Ok(())
}

/// Counts an attempt before anything is checked, and waits as the throttle says.
#[cfg(feature = "ssr")]
async fn begin_attempt(
    state: &crate::state::AppState,
    email: &str,
    address: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<super::throttle::Attempt, AppError> {
    let attempt = super::throttle::begin(&state.db, email, address, now)
        .await?
        .ok_or(AppError::TooManyAttempts)?;
    tokio::time::sleep(attempt.wait).await;
    Ok(attempt)
}

/// The second step of sign-in for staff with two-step sign-in on: the code from their app.
/// Wrong codes count as failed sign-ins for the throttle.
#[server(endpoint = "sign_in/code")]
pub async fn sign_in_code(
    #[server(default)] code: String,
    #[server(default)] next: String,
) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    let token = use_context::<http::request::Parts>()
        .and_then(|parts| super::session::token_in(&parts.headers))
        .ok_or(AppError::Unauthorized)?;
    let account = super::session::find_awaiting_code(&state.db, &token, now)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let address = client_address().await;
    let email = super::StaffEmail::parse(&account.email).map_or_else(
        |_| account.email.to_lowercase(),
        |email| email.as_str().to_owned(),
    );
    let attempt = begin_attempt(&state, &email, &address, now).await?;
    let step = account
        .totp_secret
        .as_deref()
        .and_then(super::totp::TotpSecret::from_base32)
        .and_then(|secret| secret.verify(&code, now, account.totp_last_step));
    let accepted = match step {
        Some(step) => super::db::spend_totp_step(&state.db, account.id, step).await?,
        None => false,
    };
    if !accepted {
        return Err(AppError::invalid(
            "code".to_owned(),
            "The code is not right. Enter the 6 digits your app shows now.".to_owned(),
        ));
    }
    super::throttle::succeeded(&state.db, attempt).await?;
    open_session(&state, account.id, false, now).await?;
    let next = super::ReturnPath::parse(&next);
    leptos_axum::redirect(next.as_ref().map_or("/admin", super::ReturnPath::as_str));
    Ok(())
}

#[cfg(feature = "ssr")]
async fn client_address() -> String {
    crate::rate_limit::client_address()
        .await
        .map(|address| address.to_string())
        .unwrap_or_default()
}

/// Starts a new session for `account_id` (ending any the browser brought along, so a session id
/// planted before sign-in is worthless) and hands its cookie to the browser.
#[cfg(feature = "ssr")]
pub(super) async fn open_session(
    state: &crate::state::AppState,
    account_id: i32,
    awaiting_code: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), AppError> {
    if let Some(previous) = use_context::<http::request::Parts>()
        .and_then(|parts| super::session::token_in(&parts.headers))
    {
        super::session::end(&state.db, &previous).await?;
    }
    let token = super::session::start(&state.db, account_id, awaiting_code, now).await?;
    set_cookie(super::session::cookie(Some(&token), state.serves_https()));
    Ok(())
}

/// Ends the session on the server and in the browser.
#[server(endpoint = "staff/sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    if let Some(token) = use_context::<http::request::Parts>()
        .and_then(|parts| super::session::token_in(&parts.headers))
    {
        super::session::end(&state.db, &token).await?;
    }
    set_cookie(super::session::cookie(None, state.serves_https()));
    leptos_axum::redirect("/admin/login");
    Ok(())
}
