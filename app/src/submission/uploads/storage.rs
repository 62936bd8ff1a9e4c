//! The upload folder. Files are named by the server (64 random hexadecimal characters), so no
//! name an applicant chooses ever reaches the file system.

use std::path::PathBuf;
use std::sync::Arc;

use tokio::io::AsyncWriteExt;
use tokio::sync::Semaphore;

use super::images::{self, Prepared};
use super::{UploadKind, UploadProblem};
use crate::secret::SecretToken;

/// Decoding a large photo takes a few hundred megabytes for a moment: two at a time at most.
const CONCURRENT_DECODES: usize = 2;

#[derive(Clone, Debug)]
pub struct UploadStore {
    folder: Arc<PathBuf>,
    decoding: Arc<Semaphore>,
}

/// Which of a file's stored forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Original,
    /// Images longer than `images::MEDIUM_SIDE` only.
    Medium,
    Thumbnail,
}

impl Variant {
    /// The resized forms, by the last segment of their address.
    pub fn resized(name: &str) -> Option<Self> {
        match name {
            "medium" => Some(Variant::Medium),
            "thumbnail" => Some(Variant::Thumbnail),
            _ => None,
        }
    }
}

impl UploadStore {
    pub fn new(folder: PathBuf) -> Self {
        UploadStore {
            folder: Arc::new(folder),
            decoding: Arc::new(Semaphore::new(CONCURRENT_DECODES)),
        }
    }

    /// A fresh server-made name.
    pub fn new_name() -> String {
        SecretToken::generate().expose().to_owned()
    }

    /// Checks and prepares the bytes, off the async threads and a few at a time.
    pub async fn prepare(
        &self,
        kind: UploadKind,
        bytes: Vec<u8>,
    ) -> Result<Prepared, UploadProblem> {
        let _permit = self
            .decoding
            .acquire()
            .await
            .map_err(|_| UploadProblem::Damaged)?;
        tokio::task::spawn_blocking(move || images::prepare(kind, &bytes))
            .await
            .map_err(|_| UploadProblem::Damaged)?
    }

    /// `None` for anything but a name this store made.
    fn path(&self, stored_name: &str, variant: Variant) -> Option<PathBuf> {
        SecretToken::parse(stored_name)?;
        Some(self.folder.join(match variant {
            Variant::Original => stored_name.to_owned(),
            Variant::Medium => format!("{stored_name}.medium"),
            Variant::Thumbnail => format!("{stored_name}.thumbnail"),
        }))
    }

    /// Writes the prepared file and its smaller forms, durably.
    pub async fn write(&self, stored_name: &str, prepared: &Prepared) -> std::io::Result<()> {
        let forms = [
            (Variant::Original, Some(&prepared.bytes)),
            (Variant::Medium, prepared.medium.as_ref()),
            (Variant::Thumbnail, prepared.thumbnail.as_ref()),
        ];
        for (variant, bytes) in forms {
            let (Some(path), Some(bytes)) = (self.path(stored_name, variant), bytes) else {
                continue;
            };
            let mut file = tokio::fs::File::create(&path).await?;
            file.write_all(bytes).await?;
            file.sync_all().await?;
        }
        Ok(())
    }

    pub async fn read(&self, stored_name: &str, variant: Variant) -> Option<Vec<u8>> {
        tokio::fs::read(self.path(stored_name, variant)?).await.ok()
    }

    /// Deletes every form of a file; a form already gone is no error.
    pub async fn remove(&self, stored_name: &str) {
        for variant in [Variant::Original, Variant::Medium, Variant::Thumbnail] {
            if let Some(path) = self.path(stored_name, variant)
                && let Err(error) = tokio::fs::remove_file(&path).await
                && error.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(%error, path = %path.display(), "could not delete an upload");
            }
        }
    }
}
