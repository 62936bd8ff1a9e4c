//! The error every server function returns: typed, serialisable, and safe to show a visitor.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

use crate::i18n::{Message, say};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("{0} was not found.")]
    NotFound(String),
    /// The database or another dependency did not answer; the visitor may try again.
    #[error("The service is temporarily unavailable. Please try again in a moment.")]
    Unavailable,
    /// Details go to the server log, never to the visitor.
    #[error("Something went wrong on our side. Please try again.")]
    Internal,
    /// The call is not open: submissions are accepted only between its opening and closing.
    #[error("The call is closed: it no longer accepts submissions or changes.")]
    CallClosed,
    /// Sign-ups are taken only inside the workshop's registration window.
    #[error("Registration for this workshop is not open.")]
    RegistrationClosed,
    /// The submission was withdrawn by its applicant and can no longer change.
    #[error("This submission has been withdrawn: it can no longer change.")]
    Withdrawn,
    /// Review of the submission has begun: it can no longer change.
    #[error("Review of this practice has begun: it can no longer change.")]
    UnderReview,
    /// A staff page or function was asked for without a live session.
    #[error("Sign in to continue.")]
    Unauthorized,
    /// Signed in, but the role does not allow this.
    #[error("Your role does not allow this.")]
    Forbidden,
    /// Too many failed sign-ins for this account or from this address.
    #[error(
        "Too many sign-in attempts. Wait {} minutes, then try again.",
        crate::auth::SIGN_IN_LOCKOUT_MINUTES
    )]
    TooManyAttempts,
    /// Too many requests of one kind (drafts, links, sign-ups) from one network address.
    #[error(
        "Too many requests from your connection. Please try again in {} minutes.",
        .retry_after_seconds.div_ceil(60)
    )]
    RateLimited { retry_after_seconds: u64 },
    /// One field of a form is not acceptable; shown next to that field.
    #[error("{message}")]
    Invalid { field: String, message: Message },
    /// Several fields of a form are not acceptable, each shown next to its field.
    #[error("Some answers need a change.")]
    InvalidFields(crate::submission::fields::FieldErrors),
    /// The request itself could not be read (bad encoding, missing arguments).
    #[error("The request could not be understood: {0}")]
    BadRequest(String),
}

impl AppError {
    /// `field` cannot take this answer.
    pub fn invalid(field: impl Into<String>, message: impl Into<Message>) -> Self {
        AppError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The form field this error belongs to, when it belongs to one.
    pub fn field(&self) -> Option<&str> {
        match self {
            AppError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The HTTP status a page that failed with this error is answered with.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound(_) => 404,
            AppError::Unavailable => 503,
            AppError::Internal => 500,
            AppError::BadRequest(_) => 400,
            AppError::CallClosed | AppError::RegistrationClosed => 403,
            AppError::Withdrawn | AppError::UnderReview => 409,
            AppError::Invalid { .. } | AppError::InvalidFields(_) => 422,
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::TooManyAttempts | AppError::RateLimited { .. } => 429,
        }
    }

    /// What a visitor reads, in their language. (The English `Display` is for logs and staff.)
    pub fn message(&self) -> Message {
        match self {
            AppError::NotFound(_) => Message::new("error-not-found"),
            AppError::Unavailable => Message::new("error-unavailable"),
            AppError::Internal => Message::new("error-internal"),
            AppError::CallClosed => Message::new("error-call-closed"),
            AppError::RegistrationClosed => Message::new("error-registration-closed"),
            AppError::Withdrawn => Message::new("error-withdrawn"),
            AppError::UnderReview => Message::new("error-under-review"),
            AppError::Unauthorized => Message::new("error-unauthorized"),
            AppError::Forbidden => Message::new("error-forbidden"),
            AppError::TooManyAttempts => Message::new("error-too-many-attempts")
                .with("minutes", crate::auth::SIGN_IN_LOCKOUT_MINUTES),
            AppError::RateLimited {
                retry_after_seconds,
            } => {
                Message::new("error-rate-limited").with("minutes", retry_after_seconds.div_ceil(60))
            }
            AppError::Invalid { message, .. } => message.clone(),
            AppError::InvalidFields(_) => Message::new("error-invalid-fields"),
            AppError::BadRequest(_) => Message::new("error-bad-request"),
        }
    }

    /// For a refusal that passes with time, the seconds to wait (the `Retry-After` header).
    pub fn retry_after_seconds(&self) -> Option<u64> {
        match self {
            AppError::TooManyAttempts => Some(crate::auth::SIGN_IN_LOCKOUT_MINUTES * 60),
            AppError::RateLimited {
                retry_after_seconds,
            } => Some(*retry_after_seconds),
            _ => None,
        }
    }
}

/// The message a form action's last result carries for `field`, when it failed on that field.
pub fn field_message<T>(result: Option<Result<T, AppError>>, field: &str) -> Option<String> {
    match result.and_then(Result::err)? {
        AppError::InvalidFields(errors) => errors.text_for(field),
        error => (error.field() == Some(field)).then(|| say(&error.message())),
    }
}

/// The error summary's entries for the last results of a page's form actions: each failure
/// with the field it names, or `fallback` (the field to focus) when it names none.
pub fn summary_entries<T>(
    results: impl IntoIterator<Item = Option<Result<T, AppError>>>,
    fallback: &str,
) -> Vec<(String, String)> {
    results
        .into_iter()
        .flatten()
        .filter_map(Result::err)
        .flat_map(|error| match error {
            AppError::InvalidFields(errors) => errors
                .iter()
                .map(|error| (error.field.clone(), say(&error.message)))
                .collect(),
            error => {
                let field = error.field().unwrap_or(fallback).to_owned();
                vec![(field, say(&error.message()))]
            }
        })
        .collect()
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(detail)
            | ServerFnErrorErr::Deserialization(detail)
            | ServerFnErrorErr::MissingArg(detail) => AppError::BadRequest(detail),
            other => {
                #[cfg(feature = "ssr")]
                tracing::error!(error = %other, "server function failed");
                #[cfg(not(feature = "ssr"))]
                let _ = other;
                AppError::Internal
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl AppError {
    /// A plain handler's answer: this error's status, `Retry-After` when the refusal passes
    /// with time, and `body`.
    pub fn respond(&self, body: impl axum::response::IntoResponse) -> axum::response::Response {
        use axum::http::{StatusCode, header};
        use axum::response::IntoResponse;
        let status =
            StatusCode::from_u16(self.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, body).into_response();
        if let Some(seconds) = self.retry_after_seconds() {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(error: sea_orm::DbErr) -> Self {
        use sea_orm::DbErr;
        match error {
            DbErr::Conn(_) | DbErr::ConnectionAcquire(_) => {
                tracing::warn!(%error, "database unavailable");
                AppError::Unavailable
            }
            other => {
                tracing::error!(error = %other, "database error");
                AppError::Internal
            }
        }
    }
}
