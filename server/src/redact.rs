//! Addresses as the log may keep them. Resume, manage and invitation links and stored upload
//! names are bearer secrets: whoever reads them in a log line could open the draft, the
//! practice, the staff account or the file. Every request line goes through [`path_and_query`],
//! and so does anything else that logs an address.

use axum::http::{Request, Uri};
use tower_http::trace::MakeSpan;
use tracing::Span;

/// What a secret is written as.
const HIDDEN: &str = "[redacted]";

/// Segments after these carry a secret whatever they look like: a mistyped token is still
/// most of a token.
const SECRET_AFTER: [&str; 3] = ["manage", "invitation", "uploads"];

/// Query parameters whose values are secrets.
const SECRET_PARAMETERS: [&str; 2] = ["draft", "token"];

/// Sixteen hexadecimal characters in a row look like part of a token: nothing public in an
/// address has them (slugs are words, references `EHH-2026-0042`, ids short numbers).
const HEX_RUN: usize = 16;

fn looks_secret(text: &str) -> bool {
    let mut run = 0;
    for byte in text.bytes() {
        run = if byte.is_ascii_hexdigit() { run + 1 } else { 0 };
        if run >= HEX_RUN {
            return true;
        }
    }
    false
}

/// The path with every secret segment replaced.
pub fn path(path: &str) -> String {
    let mut previous = "";
    path.split('/')
        .map(|segment| {
            let hidden = SECRET_AFTER.contains(&previous) || looks_secret(segment);
            previous = segment;
            if hidden { HIDDEN } else { segment }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The path and query with every secret segment and value replaced; parameter names stay.
pub fn path_and_query(uri: &Uri) -> String {
    let path = path(uri.path());
    let Some(query) = uri.query() else {
        return path;
    };
    let query = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) if SECRET_PARAMETERS.contains(&name) || looks_secret(value) => {
                format!("{name}={HIDDEN}")
            }
            Some(_) => pair.to_owned(),
            None if looks_secret(pair) => HIDDEN.to_owned(),
            None => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&");
    format!("{path}?{query}")
}

/// The request span of the trace layer: method, address without secrets, and version.
#[derive(Clone, Copy, Debug, Default)]
pub struct RequestSpan;

impl<B> MakeSpan<B> for RequestSpan {
    fn make_span(&mut self, request: &Request<B>) -> Span {
        tracing::info_span!(
            "request",
            method = %request.method(),
            uri = %path_and_query(request.uri()),
            version = ?request.version(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    fn redacted(address: &str) -> String {
        path_and_query(&address.parse::<Uri>().unwrap())
    }

    #[test]
    fn secrets_in_paths_are_hidden() {
        assert_eq!(redacted(&format!("/manage/{TOKEN}")), "/manage/[redacted]");
        assert_eq!(
            redacted(&format!("/ka/manage/{TOKEN}")),
            "/ka/manage/[redacted]"
        );
        assert_eq!(
            redacted(&format!("/manage/{TOKEN}/calendar.ics")),
            "/manage/[redacted]/calendar.ics"
        );
        assert_eq!(
            redacted(&format!("/admin/invitation/{TOKEN}")),
            "/admin/invitation/[redacted]"
        );
        assert_eq!(
            redacted(&format!("/uploads/{TOKEN}/thumbnail")),
            "/uploads/[redacted]/thumbnail"
        );
        // A link cut short or mistyped is still most of a secret.
        assert_eq!(redacted("/manage/0f1e2d"), "/manage/[redacted]");
        assert_eq!(
            redacted(&format!("/somewhere/x{TOKEN}y")),
            "/somewhere/[redacted]"
        );
    }

    #[test]
    fn secrets_in_queries_are_hidden_and_their_names_kept() {
        assert_eq!(
            redacted(&format!("/submit?draft={TOKEN}")),
            "/submit?draft=[redacted]"
        );
        assert_eq!(
            redacted("/api/x?token=short&page=2"),
            "/api/x?token=[redacted]&page=2"
        );
        assert_eq!(
            redacted(&format!("/x?next=%2Fmanage%2F{TOKEN}")),
            "/x?next=[redacted]"
        );
        assert_eq!(redacted(&format!("/x?{TOKEN}")), "/x?[redacted]");
    }

    #[test]
    fn public_addresses_stay_as_they_are() {
        for address in [
            "/",
            "/practices/balcony-houses-of-tbilisi?page=2",
            "/admin/submissions/42",
            "/submit/images-and-documents?rejected=image-too-large%3Aplan.jpg",
            "/pkg/heritage-hub.wasm",
        ] {
            assert_eq!(redacted(address), address);
        }
    }
}
