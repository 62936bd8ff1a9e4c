//! Uploads of step 6: images and PDF documents. The rules on kinds, sizes and counts live here,
//! once: the browser checks them the moment a file is chosen, and the server, which decides
//! from the file's content rather than its name, checks them again.

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "parsers")]
pub mod images;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod storage;
mod uploader;

pub use uploader::{UploadedList, Uploader, upload_field};

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

const MB: u64 = 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UploadKind {
    Image,
    Document,
}

impl UploadKind {
    pub const ALL: [UploadKind; 2] = [UploadKind::Image, UploadKind::Document];

    /// The form field that carries files of this kind, and the value stored in the database.
    pub fn slug(self) -> &'static str {
        match self {
            UploadKind::Image => "image",
            UploadKind::Document => "document",
        }
    }

    pub fn parse(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.slug() == slug)
    }

    pub fn max_bytes(self) -> u64 {
        match self {
            UploadKind::Image => 10 * MB,
            UploadKind::Document => 20 * MB,
        }
    }

    pub fn max_count(self) -> usize {
        match self {
            UploadKind::Image => 10,
            UploadKind::Document => 3,
        }
    }

    /// The content types accepted, as the file input's `accept` attribute lists them.
    pub fn content_types(self) -> &'static [&'static str] {
        match self {
            UploadKind::Image => &["image/jpeg", "image/png", "image/webp"],
            UploadKind::Document => &["application/pdf"],
        }
    }
}

/// Why a file was not accepted. Shown next to the upload field, naming the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum UploadProblem {
    #[error("empty")]
    Empty,
    #[error("too large")]
    TooLarge(UploadKind),
    #[error("of the wrong type")]
    WrongType(UploadKind),
    #[error("one too many")]
    TooMany(UploadKind),
    #[error("too many pixels")]
    TooManyPixels,
    #[error("damaged")]
    Damaged,
}

impl UploadProblem {
    /// A short stable code, for the address a form-post upload returns to.
    pub fn code(self) -> &'static str {
        match self {
            UploadProblem::Empty => "empty",
            UploadProblem::TooLarge(UploadKind::Image) => "image-too-large",
            UploadProblem::TooLarge(UploadKind::Document) => "document-too-large",
            UploadProblem::WrongType(UploadKind::Image) => "not-an-image",
            UploadProblem::WrongType(UploadKind::Document) => "not-a-pdf",
            UploadProblem::TooMany(UploadKind::Image) => "too-many-images",
            UploadProblem::TooMany(UploadKind::Document) => "too-many-documents",
            UploadProblem::TooManyPixels => "too-many-pixels",
            UploadProblem::Damaged => "damaged",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        use UploadKind::{Document, Image};
        [
            UploadProblem::Empty,
            UploadProblem::TooLarge(Image),
            UploadProblem::TooLarge(Document),
            UploadProblem::WrongType(Image),
            UploadProblem::WrongType(Document),
            UploadProblem::TooMany(Image),
            UploadProblem::TooMany(Document),
            UploadProblem::TooManyPixels,
            UploadProblem::Damaged,
        ]
        .into_iter()
        .find(|problem| problem.code() == code)
    }
}

/// A file that was refused, and why: "photo.heic is not a JPEG, PNG or WebP image."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejection {
    pub file_name: String,
    pub problem: UploadProblem,
}

impl Rejection {
    /// "photo.heic is not a JPEG, PNG or WebP image. …", in the reader's language.
    pub fn message(&self) -> Message {
        let message = |key: &str| Message::new(key).with("file", self.file_name.as_str());
        match self.problem {
            UploadProblem::Empty => message("upload-empty"),
            UploadProblem::TooLarge(kind) => {
                message("upload-too-large").with("megabytes", kind.max_bytes() / MB)
            }
            UploadProblem::WrongType(UploadKind::Image) => message("upload-not-an-image"),
            UploadProblem::WrongType(UploadKind::Document) => message("upload-not-a-pdf"),
            UploadProblem::TooMany(UploadKind::Image) => {
                message("upload-too-many-images").with("max", UploadKind::Image.max_count())
            }
            UploadProblem::TooMany(UploadKind::Document) => {
                message("upload-too-many-documents").with("max", UploadKind::Document.max_count())
            }
            UploadProblem::TooManyPixels => message("upload-too-many-pixels"),
            UploadProblem::Damaged => message("upload-damaged"),
        }
    }

    /// `code:name`, as a form-post upload carries it back to the step.
    pub fn to_query_value(&self) -> String {
        format!("{}:{}", self.problem.code(), self.file_name)
    }

    /// The upload field the problem belongs to.
    pub fn kind(&self) -> UploadKind {
        match self.problem {
            UploadProblem::TooLarge(kind)
            | UploadProblem::WrongType(kind)
            | UploadProblem::TooMany(kind) => kind,
            UploadProblem::Empty | UploadProblem::TooManyPixels | UploadProblem::Damaged => {
                UploadKind::Image
            }
        }
    }

    pub fn from_query_value(value: &str) -> Option<Self> {
        let (code, file_name) = value.split_once(':')?;
        Some(Rejection {
            file_name: file_name.to_owned(),
            problem: UploadProblem::from_code(code)?,
        })
    }
}

/// What the browser knows before sending: the size, and the type the system claims. The
/// server checks the size again as the bytes arrive, and the type from the content itself.
pub fn check_before_upload(
    kind: UploadKind,
    size: u64,
    claimed_type: &str,
) -> Result<(), UploadProblem> {
    if size == 0 {
        Err(UploadProblem::Empty)
    } else if size > kind.max_bytes() {
        Err(UploadProblem::TooLarge(kind))
    } else if !claimed_type.is_empty() && !kind.content_types().contains(&claimed_type) {
        Err(UploadProblem::WrongType(kind))
    } else {
        Ok(())
    }
}

/// A stored upload, as the wizard shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadedFile {
    pub id: i32,
    pub kind: UploadKind,
    /// The name it had on the applicant's computer.
    pub name: String,
    pub byte_size: u64,
    pub url: String,
    /// Images only.
    pub thumbnail_url: Option<String>,
}

impl UploadedFile {
    /// "2.4 MB", "310 KB".
    pub fn size_text(&self) -> String {
        if self.byte_size >= MB {
            format!("{:.1} MB", self.byte_size as f64 / MB as f64)
        } else {
            format!("{} KB", self.byte_size.div_ceil(1024))
        }
    }
}

/// What an upload request answers to a script: the files kept and the files refused.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadOutcome {
    pub stored: Vec<UploadedFile>,
    pub rejected: Vec<Rejection>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_claimed_types_are_checked_before_sending() {
        use UploadKind::{Document, Image};
        assert_eq!(check_before_upload(Image, 10 * MB, "image/jpeg"), Ok(()));
        assert_eq!(
            check_before_upload(Image, 10 * MB + 1, "image/jpeg"),
            Err(UploadProblem::TooLarge(Image))
        );
        assert_eq!(
            check_before_upload(Image, 100, "image/svg+xml"),
            Err(UploadProblem::WrongType(Image))
        );
        assert_eq!(
            check_before_upload(Document, 20 * MB, "application/pdf"),
            Ok(())
        );
        assert_eq!(
            check_before_upload(Document, 0, "application/pdf"),
            Err(UploadProblem::Empty)
        );
        // Some systems claim no type at all; the server decides from the content.
        assert_eq!(check_before_upload(Image, 100, ""), Ok(()));
    }

    #[test]
    fn rejections_survive_the_trip_through_an_address() {
        for kind in UploadKind::ALL {
            for problem in [
                UploadProblem::TooLarge(kind),
                UploadProblem::WrongType(kind),
                UploadProblem::TooMany(kind),
            ] {
                assert_eq!(UploadProblem::from_code(problem.code()), Some(problem));
            }
        }
        let rejection = Rejection {
            file_name: "plan: final.pdf".into(),
            problem: UploadProblem::TooLarge(UploadKind::Document),
        };
        assert_eq!(
            Rejection::from_query_value(&rejection.to_query_value()),
            Some(rejection.clone())
        );
        #[cfg(feature = "ssr")]
        assert_eq!(
            crate::i18n::I18n::new(crate::i18n::Lang::En).message(&rejection.message()),
            "plan: final.pdf is larger than 20 MB. Make it smaller and upload it again."
        );
        assert_eq!(Rejection::from_query_value("nonsense"), None);
    }
}
