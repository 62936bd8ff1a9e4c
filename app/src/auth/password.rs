//! Passwords are hashed with argon2id at OWASP's minimum (19 MiB, 2 iterations, 1 lane), on a
//! blocking thread so that hashing never stalls the async workers. Requests hash and verify
//! through one [`PasswordQueue`], about one at a time per core: each job takes 19 MiB, so a
//! burst of sign-ins would otherwise take as many blocking threads and that much memory each.

use argon2::password_hash::{Output, PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use rand::distr::{Alphanumeric, SampleString};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};

pub const MIN_LENGTH: usize = 12;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("A password needs at least {MIN_LENGTH} characters.")]
    TooShort,
    #[error("A password can be at most 128 characters long.")]
    TooLong,
    #[error("password hashing failed: {0}")]
    Hashing(String),
}

/// A password that meets the length rules; `Debug` never shows it.
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

impl NewPassword {
    pub fn parse(input: &str) -> Result<Self, PasswordError> {
        match input.chars().count() {
            n if n < MIN_LENGTH => Err(PasswordError::TooShort),
            n if n > 128 => Err(PasswordError::TooLong),
            _ => Ok(NewPassword(input.to_owned())),
        }
    }

    /// 24 random letters and digits: about 142 bits.
    pub fn generate() -> Self {
        NewPassword(Alphanumeric.sample_string(&mut rand::rng(), 24))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("static argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn hash_now(password: &NewPassword) -> Result<String, PasswordError> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())
        .map_err(|e| PasswordError::Hashing(e.to_string()))?;
    hasher()
        .hash_password(password.0.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| PasswordError::Hashing(e.to_string()))
}

/// Hashes `password` on a blocking thread of its own. Requests go through [`PasswordQueue`];
/// this is for the command line.
pub async fn hash(password: NewPassword) -> Result<String, PasswordError> {
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(|e| PasswordError::Hashing(e.to_string()))?
}

/// The hash of a random password, made once: a sign-in for an unknown account is checked
/// against it, so that it takes as long as one for a known account.
pub static DECOY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| hash_now(&NewPassword::generate()).unwrap_or_default());

/// Checks `password` against `stored_hash` in `memory`, which the thread keeps from one job to
/// the next: with 19 MiB allocated and freed per job, the allocator kept growing.
fn verify_in(password: &str, stored_hash: &str, memory: &mut Vec<Block>) -> bool {
    let Ok(parsed) = PasswordHash::new(stored_hash) else {
        return false;
    };
    let (Some(expected), Some(salt)) = (parsed.hash, parsed.salt) else {
        return false;
    };
    let mut salt_bytes = [0_u8; 64];
    let (Ok(params), Ok(algorithm), Ok(salt)) = (
        Params::try_from(&parsed),
        Algorithm::try_from(parsed.algorithm),
        salt.decode_b64(&mut salt_bytes),
    ) else {
        return false;
    };
    let Ok(version) = parsed.version.map_or(Ok(Version::V0x13), Version::try_from) else {
        return false;
    };
    memory.resize(params.block_count(), Block::default());
    let mut out = vec![0_u8; expected.len()];
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password.as_bytes(), salt, &mut out, memory.as_mut_slice())
        .is_ok()
        // `Output` compares in constant time.
        && Output::new(&out).is_ok_and(|out| out == expected)
}

/// The one way requests hash and verify passwords: a few threads of its own take the jobs in
/// turn, the rest wait without holding a thread or memory. Threads of its own, rather than the
/// blocking pool: each thread that hashes keeps its 19 MiB in its allocator arena afterwards,
/// so only these few ever do.
#[derive(Clone)]
pub struct PasswordQueue {
    jobs: mpsc::Sender<Job>,
    /// Jobs run so far; tests read it to see which requests reached the hashing.
    run: Arc<AtomicU64>,
}

/// A job, given the memory its thread keeps for verifying.
type Job = Box<dyn FnOnce(&mut Vec<Block>) + Send>;

impl PasswordQueue {
    /// A queue served by `workers` threads, which end when the last clone of it is dropped.
    pub fn new(workers: usize) -> Self {
        let (jobs, waiting) = mpsc::channel::<Job>();
        let waiting = Arc::new(Mutex::new(waiting));
        for n in 0..workers.max(1) {
            let waiting = waiting.clone();
            let started = std::thread::Builder::new()
                .name(format!("passwords-{n}"))
                .spawn(move || {
                    let mut memory = Vec::new();
                    loop {
                        let next = match waiting.lock() {
                            Ok(waiting) => waiting.recv(),
                            Err(_) => return,
                        };
                        match next {
                            Ok(job) => job(&mut memory),
                            Err(_) => return,
                        }
                    }
                });
            if let Err(error) = started {
                tracing::error!(%error, "could not start a password thread");
            }
        }
        PasswordQueue {
            jobs,
            run: Arc::new(AtomicU64::new(0)),
        }
    }

    /// One thread per core but one, which is left to answer everything else (`/healthz`, pages).
    pub fn per_core() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        Self::new(cores.saturating_sub(1))
    }

    /// How many hashes and verifications have run through this queue.
    pub fn jobs_run(&self) -> u64 {
        self.run.load(Ordering::Relaxed)
    }

    /// Runs `job` on one of the queue's threads when its turn comes.
    async fn in_turn<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    ) -> Option<T> {
        let (done, result) = tokio::sync::oneshot::channel();
        let run = self.run.clone();
        self.jobs
            .send(Box::new(move |memory: &mut Vec<Block>| {
                run.fetch_add(1, Ordering::Relaxed);
                let _ = done.send(job(memory));
            }))
            .ok()?;
        result.await.ok()
    }

    pub async fn hash(&self, password: NewPassword) -> Result<String, PasswordError> {
        self.in_turn(move |_| hash_now(&password))
            .await
            .unwrap_or_else(|| Err(PasswordError::Hashing("no password thread".to_owned())))
    }

    /// Whether `password` matches `stored_hash`; `None` checks against [`DECOY_HASH`], so that
    /// a sign-in for an unknown account takes as long as one for a known account.
    pub async fn verify(&self, password: String, stored_hash: Option<String>) -> bool {
        let known = stored_hash.is_some();
        let matches = self
            .in_turn(move |memory| {
                verify_in(
                    &password,
                    stored_hash.as_deref().unwrap_or(&DECOY_HASH),
                    memory,
                )
            })
            .await
            .unwrap_or(false);
        matches && known
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_with_argon2id_at_owasp_parameters_and_verifies() {
        let password = NewPassword::parse("correct horse battery").unwrap();
        let stored = hash(password).await.unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        let mut memory = Vec::new();
        assert!(verify_in("correct horse battery", &stored, &mut memory));
        assert!(!verify_in("wrong horse battery", &stored, &mut memory));
    }

    #[tokio::test]
    async fn the_queue_counts_its_jobs_and_never_lets_an_unknown_account_in() {
        let queue = PasswordQueue::new(1);
        let stored = queue
            .hash(NewPassword::parse("correct horse battery").unwrap())
            .await
            .unwrap();
        assert!(
            queue
                .verify("correct horse battery".into(), Some(stored))
                .await
        );
        assert!(!queue.verify(String::new(), None).await);
        assert_eq!(queue.jobs_run(), 3);
    }

    #[test]
    fn length_rules() {
        assert!(matches!(
            NewPassword::parse("short"),
            Err(PasswordError::TooShort)
        ));
        assert!(matches!(
            NewPassword::parse(&"x".repeat(129)),
            Err(PasswordError::TooLong)
        ));
        assert_eq!(NewPassword::generate().expose().len(), 24);
        assert_ne!(
            NewPassword::generate().expose(),
            NewPassword::generate().expose()
        );
    }
}
