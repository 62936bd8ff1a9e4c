//! The upload folder. Files are named by the server (64 random hexadecimal characters), so no
//! name an applicant chooses ever reaches the file system.

use std::path::PathBuf;
use std::sync::Arc;

use tokio::io::AsyncWriteExt;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::images::{self, Prepared};
use super::{UploadKind, UploadProblem};
use crate::secret::SecretToken;

/// Decoding a large photo takes a few hundred megabytes for a moment: two at a time at most.
const CONCURRENT_DECODES: usize = 2;
/// Multipart uploads received at once; more are asked to come back shortly. Each holds a
/// connection, a file being spooled and, at its end, a wait for a decode.
pub const CONCURRENT_UPLOADS: usize = 4;

#[derive(Clone, Debug)]
pub struct UploadStore {
    folder: Arc<PathBuf>,
    decoding: Arc<Semaphore>,
    receiving: Arc<Semaphore>,
}

/// A file as it arrives, written to a hidden temporary file in the upload folder rather than
/// kept in memory; deleted when dropped. Its name is no stored name, so it is never served.
#[derive(Debug)]
pub struct Spool {
    path: PathBuf,
    file: Option<tokio::fs::File>,
    length: u64,
}

impl Spool {
    pub async fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        let file = self
            .file
            .as_mut()
            .ok_or_else(|| std::io::Error::other("the spool is already finished"))?;
        file.write_all(chunk).await?;
        self.length += chunk.len() as u64;
        Ok(())
    }

    pub fn len(&self) -> u64 {
        self.length
    }

    pub fn is_empty(&self) -> bool {
        self.length == 0
    }

    /// Waits for every byte written to reach the file.
    async fn finish(&mut self) -> std::io::Result<()> {
        if let Some(mut file) = self.file.take() {
            file.flush().await?;
        }
        Ok(())
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        if let Err(error) = std::fs::remove_file(&self.path)
            && error.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(%error, "could not delete an upload's temporary file");
        }
    }
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
            receiving: Arc::new(Semaphore::new(CONCURRENT_UPLOADS)),
        }
    }

    /// A place among the uploads received at once, or `None` when all are taken.
    pub fn try_receive(&self) -> Option<OwnedSemaphorePermit> {
        self.receiving.clone().try_acquire_owned().ok()
    }

    /// A fresh temporary file for an arriving upload.
    pub async fn spool(&self) -> std::io::Result<Spool> {
        let path = self.folder.join(format!(".incoming-{}", Self::new_name()));
        let file = tokio::fs::File::create(&path).await?;
        Ok(Spool {
            path,
            file: Some(file),
            length: 0,
        })
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
        self.prepare_with(kind, move || Ok(bytes)).await
    }

    /// As [`UploadStore::prepare`], for a spooled file: it is read only once its turn to be
    /// decoded has come, so waiting uploads do not sit in memory.
    pub async fn prepare_spooled(
        &self,
        kind: UploadKind,
        mut spool: Spool,
    ) -> Result<Prepared, UploadProblem> {
        spool.finish().await.map_err(|_| UploadProblem::Damaged)?;
        self.prepare_with(kind, move || {
            let bytes = std::fs::read(&spool.path).map_err(|_| UploadProblem::Damaged);
            drop(spool);
            bytes
        })
        .await
    }

    async fn prepare_with(
        &self,
        kind: UploadKind,
        load: impl FnOnce() -> Result<Vec<u8>, UploadProblem> + Send + 'static,
    ) -> Result<Prepared, UploadProblem> {
        let _permit = self
            .decoding
            .acquire()
            .await
            .map_err(|_| UploadProblem::Damaged)?;
        tokio::task::spawn_blocking(move || images::prepare(kind, &load()?))
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
                // The path holds the stored name, a secret: the log keeps only the form.
                tracing::warn!(%error, ?variant, "could not delete an upload");
            }
        }
    }
}
