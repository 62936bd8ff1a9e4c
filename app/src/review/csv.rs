//! `GET /admin/submissions.csv`: the filtered list as CSV for spreadsheets, for signed-in staff.
//! Cells that a spreadsheet would read as a formula are neutralised.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::SubmissionQuery;
use crate::auth::{Role, session};
use crate::state::AppState;

/// The columns everyone gets; admins get the applicant's address as well.
const HEADER: [&str; 9] = [
    "Reference",
    "Submitted (Brussels time)",
    "Status",
    "Title",
    "Organisation",
    "Country",
    "Organisation type",
    "Themes",
    "Would host a visit",
];
const CONTACT: &str = "Contact email";

/// The staff member behind the request, when it comes from a live session whose role allows
/// `needed`; otherwise the answer to give instead.
pub async fn require(
    state: &AppState,
    headers: &HeaderMap,
    needed: Role,
) -> Result<crate::auth::StaffIdentity, Response> {
    let staff = match session::token_in(headers) {
        Some(token) => session::find(&state.db, &token, chrono::Utc::now()).await,
        None => Ok(None),
    };
    match staff {
        Ok(Some(staff)) if staff.role.allows(needed) => Ok(staff),
        Ok(Some(_)) => Err(StatusCode::FORBIDDEN.into_response()),
        Ok(None) => Err(StatusCode::UNAUTHORIZED.into_response()),
        Err(_) => Err(StatusCode::SERVICE_UNAVAILABLE.into_response()),
    }
}

pub async fn export(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<SubmissionQuery>,
) -> Response {
    let staff = match require(&state, &headers, Role::Reviewer).await {
        Ok(staff) => staff,
        Err(refused) => return refused,
    };
    // Reviewers judge the practice, not who sent it: no contact data, no ranking.
    let with_contact = staff.role == Role::Admin;
    let query = query.for_viewer(&staff);
    let Ok(rows) = super::db::filtered(&query).all(&state.db).await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let header = HEADER.iter().chain(with_contact.then_some(&CONTACT));
    let mut csv = line(header.map(|name| (*name).to_owned()));
    for row in rows {
        let email = row.email.clone().unwrap_or_default();
        let organisation_type = row.organisation_type.clone().unwrap_or_default();
        let listed = super::db::to_row(row);
        let hosts = match listed.hosts_visit {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let cells = [
            listed.reference,
            listed.submitted_at,
            listed.status,
            listed.title,
            listed.organisation,
            listed.country,
            organisation_type,
            listed.themes.join(", "),
            hosts.to_owned(),
        ];
        csv.push_str(&line(
            cells.into_iter().chain(with_contact.then_some(email)),
        ));
    }
    download("submissions.csv", csv)
}

/// An admin's CSV of one workshop's or visit's people: the role checked, then `load` run (404
/// when it finds nothing, 503 when the database does not answer), then `table` turns what it
/// found into the file's name, its header and its rows.
pub async fn admin_download<T, const N: usize>(
    state: &AppState,
    headers: &HeaderMap,
    load: impl Future<Output = Result<Option<T>, sea_orm::DbErr>>,
    table: impl FnOnce(T) -> (String, [&'static str; N], Vec<[String; N]>),
) -> Response {
    if let Err(refused) = require(state, headers, Role::Admin).await {
        return refused;
    }
    let found = match load.await {
        Ok(Some(found)) => found,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let (file_name, header, rows) = table(found);
    let mut csv = line(header.map(str::to_owned));
    for row in rows {
        csv.push_str(&line(row));
    }
    download(&file_name, csv)
}

/// A CSV file to download, never cached.
pub fn download(file_name: &str, csv: String) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        ),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    // A byte-order mark, so that spreadsheet programs read the UTF-8 (Georgian, Armenian, ...).
    (headers, format!("\u{feff}{csv}")).into_response()
}

/// One CSV record, ended by CRLF.
pub fn line(cells: impl IntoIterator<Item = String>) -> String {
    let mut line = cells
        .into_iter()
        .map(|cell| cell_text(&cell))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// One CSV cell: quoted, with quotes doubled, and with a leading `'` when a spreadsheet would
/// otherwise take it for a formula (`=`, `+`, `-`, `@`, tab or carriage return).
pub fn cell_text(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", neutral.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        assert_eq!(cell_text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell_text("+1"), "\"'+1\"");
        assert_eq!(cell_text("-2+3"), "\"'-2+3\"");
        assert_eq!(cell_text("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(cell_text("\tx"), "\"'\tx\"");
        assert_eq!(cell_text("Tbilisi, Georgia"), "\"Tbilisi, Georgia\"");
        assert_eq!(cell_text(""), "\"\"");
    }
}
