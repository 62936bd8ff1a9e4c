//! The two HTTP routes of uploads. They are plain axum handlers rather than server functions:
//! a multipart body must be streamed file by file with a limit per file, a script needs upload
//! progress (XMLHttpRequest), and files are served as bytes with their own headers.
//!
//! `POST /submit/upload` takes the step-6 form (its text fields, new files, and removals)
//! posted as multipart by a browser without JavaScript, or one file at a time from the page's
//! script. Scripts get JSON; forms get redirected back to the step, with refused files named.
//!
//! `GET /uploads/{name}`, `/uploads/{name}/medium` and `/uploads/{name}/thumbnail` serve stored
//! files and the smaller forms of images. The name is 64 random hexadecimal characters, known
//! only to whoever can open the submission.

use axum::Json;
use std::net::{IpAddr, SocketAddr};

use axum::body::Bytes;
use axum::extract::multipart::Field;
use axum::extract::{ConnectInfo, Multipart, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;

use super::storage::{Spool, UploadStore, Variant};
use super::{Rejection, UploadKind, UploadOutcome, UploadProblem, UploadedFile, db};
use crate::error::AppError;
use crate::state::AppState;
use crate::submission::api::{SaveStep, step_path};
use crate::submission::steps::WizardStep;
use crate::submission::{saving, session};

/// Text fields of the step-6 form: far less than this.
const MAX_TEXT_FIELD_BYTES: usize = 64 * 1024;
const MAX_TEXT_FIELDS: usize = 400;

/// The largest body `POST /submit/upload` accepts: every file of a step at its largest, plus
/// the form's text.
pub fn max_upload_body_bytes() -> usize {
    let files: u64 = UploadKind::ALL
        .into_iter()
        .map(|kind| kind.max_bytes() * kind.max_count() as u64)
        .sum();
    usize::try_from(files).unwrap_or(usize::MAX) + MAX_TEXT_FIELDS * MAX_TEXT_FIELD_BYTES
}

pub async fn upload(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|accept| accept.to_str().ok())
        .is_some_and(|accept| accept.contains("application/json"));
    // Held until the answer is made, so until the body has been read.
    let Some(_receiving) = state.uploads.try_receive() else {
        let error = AppError::Unavailable;
        let mut response = if wants_json {
            error.respond(Json(error.clone()))
        } else {
            error.respond(error.to_string())
        };
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        return response;
    };
    match receive(&state, client.ip(), &headers, multipart).await {
        Ok(received) => {
            let cookie = received
                .new_token
                .as_ref()
                .and_then(|token| session::draft_cookie(token, state.serves_https()));
            let mut response = if wants_json {
                Json(received.outcome).into_response()
            } else {
                Redirect::to(&received.destination).into_response()
            };
            if let Some(cookie) = cookie {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            response
        }
        Err(Refused::FormTooLarge) => {
            let error = AppError::BadRequest("a field of the form is too large".to_owned());
            let body = if wants_json {
                Json(error).into_response()
            } else {
                error.to_string().into_response()
            };
            (StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
        }
        Err(Refused::App(error)) if wants_json => error.respond(Json(error.clone())),
        // The step's page explains a closed call or a withdrawn submission.
        Err(Refused::App(AppError::CallClosed | AppError::Withdrawn)) => {
            Redirect::to(&step_path(WizardStep::Media, false)).into_response()
        }
        Err(Refused::App(error)) => error.respond(error.to_string()),
    }
}

/// Why an upload was refused as a whole.
enum Refused {
    App(AppError),
    /// A text field past its limit, or too many of them: refused as soon as it shows, without
    /// reading the rest.
    FormTooLarge,
}

impl From<AppError> for Refused {
    fn from(error: AppError) -> Self {
        Refused::App(error)
    }
}

impl From<sea_orm::DbErr> for Refused {
    fn from(error: sea_orm::DbErr) -> Self {
        Refused::App(error.into())
    }
}

fn bad_body(error: axum::extract::multipart::MultipartError) -> AppError {
    AppError::BadRequest(error.body_text())
}

/// The next chunk of `field`, counted against the client's hourly upload bytes.
async fn next_chunk(
    state: &AppState,
    client: IpAddr,
    field: &mut Field<'_>,
) -> Result<Option<Bytes>, AppError> {
    let Some(chunk) = field.chunk().await.map_err(bad_body)? else {
        return Ok(None);
    };
    state
        .rate_limits
        .spend_upload_bytes(client, chunk.len() as u64, Utc::now())?;
    Ok(Some(chunk))
}

/// A text field, read chunk by chunk and refused as soon as it passes its limit.
async fn text_field(
    state: &AppState,
    client: IpAddr,
    field: &mut Field<'_>,
) -> Result<String, Refused> {
    let mut bytes = Vec::new();
    while let Some(chunk) = next_chunk(state, client, field).await? {
        if bytes.len() + chunk.len() > MAX_TEXT_FIELD_BYTES {
            return Err(Refused::FormTooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    String::from_utf8(bytes)
        .map_err(|_| AppError::BadRequest("a field is not UTF-8 text".to_owned()).into())
}

/// A file field, written to a spool as it arrives. `None` when it is larger than its kind
/// allows: the rest is read and counted, never kept.
async fn file_field(
    state: &AppState,
    client: IpAddr,
    kind: UploadKind,
    field: &mut Field<'_>,
) -> Result<Option<Spool>, AppError> {
    let unavailable = |error: std::io::Error| {
        tracing::error!(%error, "could not spool an upload");
        AppError::Unavailable
    };
    let mut spool = Some(state.uploads.spool().await.map_err(unavailable)?);
    while let Some(chunk) = next_chunk(state, client, field).await? {
        if let Some(file) = &mut spool {
            if file.len() + chunk.len() as u64 > kind.max_bytes() {
                spool = None;
            } else {
                file.write(&chunk).await.map_err(unavailable)?;
            }
        }
    }
    Ok(spool)
}

struct Received {
    outcome: UploadOutcome,
    destination: String,
    new_token: Option<crate::secret::SecretToken>,
}

async fn receive(
    state: &AppState,
    client: IpAddr,
    headers: &HeaderMap,
    mut multipart: Multipart,
) -> Result<Received, Refused> {
    let now = Utc::now();
    saving::ensure_call_open(state, now).await?;
    let cookie = session::draft_token_in(headers);
    let wanted = crate::submission::access::AccessUse::Wizard;
    let existing = saving::opened(state, cookie.as_ref(), wanted, now)
        .await?
        .zip(cookie)
        .map(|(opened, token)| (opened.draft, token));
    // Files need a submission to belong to: a first upload starts the draft.
    let (id, token, new_token) = match existing {
        // Files change under the same rule as the answers: not once withdrawn or in review.
        Some((draft, _)) if draft.status == crate::submission::db::status::WITHDRAWN => {
            return Err(AppError::Withdrawn.into());
        }
        Some((draft, _)) if !crate::submission::db::CHANGEABLE.contains(&draft.status.as_str()) => {
            return Err(AppError::UnderReview.into());
        }
        Some((draft, token)) => (draft.id, token, None),
        None => {
            let (id, token) =
                saving::start_draft(state, Some(client), &Default::default(), now).await?;
            (id, token.clone(), Some(token))
        }
    };

    let mut outcome = UploadOutcome::default();
    let mut text_fields: Vec<(String, String)> = Vec::new();
    let mut removed_any = false;
    while let Some(mut field) = multipart.next_field().await.map_err(bad_body)? {
        let name = field.name().unwrap_or_default().to_owned();
        if let Some(kind) = UploadKind::parse(&name) {
            let file_name = display_name(field.file_name().unwrap_or_default());
            let spool = file_field(state, client, kind, &mut field).await?;
            // A file input left empty still posts a part, without a name or bytes.
            if file_name.is_empty() && spool.as_ref().is_some_and(Spool::is_empty) {
                continue;
            }
            let result = match spool {
                Some(spool) => store(state, id, kind, &file_name, spool).await?,
                None => Err(UploadProblem::TooLarge(kind)),
            };
            match result {
                Ok(file) => outcome.stored.push(file),
                Err(problem) => outcome.rejected.push(Rejection { file_name, problem }),
            }
        } else if name == "remove" {
            let text = text_field(state, client, &mut field).await?;
            if let Ok(file_id) = text.trim().parse::<i32>()
                && let Some(stored_name) = db::remove(&state.db, id, file_id).await?
            {
                state.uploads.remove(&stored_name).await;
                removed_any = true;
            }
        } else {
            if text_fields.len() >= MAX_TEXT_FIELDS {
                return Err(Refused::FormTooLarge);
            }
            let text = text_field(state, client, &mut field).await?;
            // As everywhere else (server/src/body_limit.rs): PostgreSQL cannot store a NUL.
            if text.contains('\0') {
                return Err(
                    AppError::BadRequest("an answer holds a NUL character".to_owned()).into(),
                );
            }
            text_fields.push((name, text));
        }
    }

    // The form's own fields: step 6 is saved as typed, exactly as "Save and continue" would.
    let continuing = text_fields
        .iter()
        .any(|(name, value)| name == "intent" && value == "continue");
    let posted_step = text_fields
        .iter()
        .any(|(name, value)| name == "step" && value == WizardStep::Media.slug());
    // The step comes back in the language it was posted from.
    let lang = text_fields
        .iter()
        .find(|(name, _)| name == "lang")
        .and_then(|(_, code)| crate::i18n::Lang::parse(code))
        .unwrap_or_default();
    let destination = if posted_step {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(text_fields.iter().filter(|(name, _)| name != "intent"))
            .finish();
        let posted: SaveStep = serde_qs::Config::new(5, false)
            .deserialize_str(&query)
            .map_err(|error| AppError::BadRequest(error.to_string()))?;
        let saved = saving::store_step(
            state,
            Some(token),
            WizardStep::Media,
            posted.answers,
            lang,
            now,
        )
        .await?;
        let changed_files =
            removed_any || !outcome.stored.is_empty() || !outcome.rejected.is_empty();
        if continuing && !changed_files {
            saving::next_destination(state, &saved, WizardStep::Media, now).await?
        } else {
            back_to_step(&outcome.rejected)
        }
    } else {
        back_to_step(&outcome.rejected)
    };
    Ok(Received {
        outcome,
        destination: lang.href(&destination),
        new_token,
    })
}

/// Step 6 again, naming the files that were refused.
fn back_to_step(rejected: &[Rejection]) -> String {
    let mut address = step_path(WizardStep::Media, false);
    if !rejected.is_empty() {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(
                rejected
                    .iter()
                    .map(|rejection| ("rejected", rejection.to_query_value())),
            )
            .finish();
        address = format!("{address}?{query}");
    }
    format!("{address}#uploads")
}

/// Checks, prepares, writes and records one file. `Ok(Err(_))` is a file refused.
async fn store(
    state: &AppState,
    id: i32,
    kind: UploadKind,
    file_name: &str,
    spool: Spool,
) -> Result<Result<UploadedFile, UploadProblem>, AppError> {
    let prepared = match state.uploads.prepare_spooled(kind, spool).await {
        Ok(prepared) => prepared,
        Err(problem) => return Ok(Err(problem)),
    };
    let stored_name = UploadStore::new_name();
    state
        .uploads
        .write(&stored_name, &prepared)
        .await
        .map_err(|error| {
            tracing::error!(%error, "could not write an upload");
            AppError::Unavailable
        })?;
    let file = db::NewFile {
        kind,
        stored_name: &stored_name,
        original_name: file_name,
        prepared: &prepared,
    };
    match db::add(&state.db, id, file, Utc::now()).await {
        Ok(Some(file)) => Ok(Ok(file)),
        Ok(None) => {
            state.uploads.remove(&stored_name).await;
            Ok(Err(UploadProblem::TooMany(kind)))
        }
        Err(error) => {
            state.uploads.remove(&stored_name).await;
            Err(error.into())
        }
    }
}

/// The last part of a path as a browser sends it, without control characters, at most 200
/// characters: shown back to the applicant as text, never used as a path.
fn display_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    last.chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect::<String>()
        .trim()
        .to_owned()
}

pub async fn serve_original(
    State(state): State<AppState>,
    Path(stored_name): Path<String>,
) -> Response {
    serve(&state, &stored_name, Variant::Original).await
}

pub async fn serve_resized(
    State(state): State<AppState>,
    Path((stored_name, size)): Path<(String, String)>,
) -> Response {
    match Variant::resized(&size) {
        Some(variant) => serve(&state, &stored_name, variant).await,
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn serve(state: &AppState, stored_name: &str, variant: Variant) -> Response {
    let row = match db::find_by_stored_name(&state.db, stored_name).await {
        Ok(Some(row)) => row,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            let error = AppError::from(error);
            return error.respond(error.to_string());
        }
    };
    let mut bytes = state.uploads.read(&row.stored_name, variant).await;
    // Pages name a medium form for every image longer than MEDIUM_SIDE; for one stored before
    // that form was made, the stored image answers in its place.
    let longest = row.width.max(row.height).unwrap_or(0);
    if bytes.is_none()
        && variant == Variant::Medium
        && u32::try_from(longest).is_ok_and(|side| side > super::images::MEDIUM_SIDE)
    {
        bytes = state
            .uploads
            .read(&row.stored_name, Variant::Original)
            .await;
    }
    let Some(bytes) = bytes else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Images show in the page; anything else is only ever downloaded.
    let disposition = if row.content_type.starts_with("image/") {
        "inline"
    } else {
        "attachment"
    };
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_str(&row.content_type)
                .unwrap_or(HeaderValue::from_static("application/octet-stream")),
        ),
        (
            header::CONTENT_DISPOSITION,
            content_disposition(disposition, &row.original_name),
        ),
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, max-age=3600"),
        ),
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; sandbox"),
        ),
    ];
    (headers, bytes).into_response()
}

/// `attachment; filename="plan.pdf"; filename*=UTF-8''plan.pdf`: an ASCII fallback and the
/// real name, percent-encoded, so no name can break the header.
fn content_disposition(disposition: &str, name: &str) -> HeaderValue {
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._- ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = url::form_urlencoded::byte_serialize(name.as_bytes()).collect::<String>();
    let value = format!(
        "{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{}",
        encoded.replace('+', "%20")
    );
    HeaderValue::from_str(&value).unwrap_or(HeaderValue::from_static("attachment"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_shown_never_used() {
        assert_eq!(display_name("C:\\Users\\nino\\façade.jpg"), "façade.jpg");
        assert_eq!(display_name("../../etc/passwd"), "passwd");
        assert_eq!(display_name("a\u{0}b\r\n.png"), "ab.png");
        assert_eq!(display_name(&"x".repeat(300)).len(), 200);
    }

    #[test]
    fn download_names_cannot_break_the_header() {
        let value = content_disposition("attachment", "plan \"final\";\r\nx.pdf");
        let text = value.to_str().unwrap();
        assert!(
            text.starts_with("attachment; filename=\"plan _final____x.pdf\"; filename*=UTF-8''")
        );
        assert!(!text.contains('\n'));
        assert_eq!(
            content_disposition("inline", "Tbilisi.jpg")
                .to_str()
                .unwrap(),
            "inline; filename=\"Tbilisi.jpg\"; filename*=UTF-8''Tbilisi.jpg"
        );
    }
}
