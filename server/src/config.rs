//! Configuration, read once from the environment at start and checked before anything runs.

use std::net::SocketAddr;
use std::path::PathBuf;

use lettre::message::Mailbox;
use url::Url;

/// The default database: a SQLite file under `data/`, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/heritage-hub.db?mode=rwc";

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub site_addr: SocketAddr,
    pub public_url: Url,
    pub smtp_url: Option<String>,
    pub mail_from: Mailbox,
    pub upload_dir: PathBuf,
    pub log: String,
    /// Whether each address's drafts, link requests, sign-ups and applications are counted
    /// and limited (`RATE_LIMITS=off` behind a proxy that limits, since all would share its
    /// address).
    pub rate_limits: bool,
    /// Whether this instance delivers the outbox (`OUTBOX_SENDER=off` for an instance that only
    /// queues, while another delivers).
    pub outbox_sender: bool,
    pub retention: app::privacy::RetentionPolicy,
    /// Where the built site (`pkg/`, assets) is served from; cargo-leptos sets it.
    pub site_root: PathBuf,
    /// How long a copy of a gallery page may be sent again (`PAGE_CACHE_SECONDS`, 0 for never).
    pub page_cache: std::time::Duration,
    /// How many connections are open at once at most (`MAX_CONNECTIONS`); more wait.
    pub max_connections: usize,
    /// How many megabytes of uploads one address may send per hour (`UPLOAD_MB_PER_HOUR`),
    /// counted only while `rate_limits` is on.
    pub upload_mb_per_hour: u32,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{name}: {problem}")]
pub struct ConfigError {
    pub name: &'static str,
    pub problem: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| {
            std::env::var(name)
                .ok()
                .filter(|value| !value.trim().is_empty())
        })
    }

    /// Reads every setting through `lookup`, so that tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let fail = |name, problem: &str| ConfigError {
            name,
            problem: problem.to_owned(),
        };

        let database_url =
            lookup("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(fail(
                "DATABASE_URL",
                "must start with sqlite: (for example sqlite://data/heritage-hub.db?mode=rwc) or postgres://",
            ));
        }

        let site_addr = lookup("SITE_ADDR")
            .or_else(|| lookup("LEPTOS_SITE_ADDR"))
            .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
        let site_addr: SocketAddr = site_addr.parse().map_err(|_| {
            fail(
                "SITE_ADDR",
                &format!("must be an address and port such as 127.0.0.1:3000, got {site_addr:?}"),
            )
        })?;

        let public_url = lookup("PUBLIC_URL").unwrap_or_else(|| format!("http://{site_addr}"));
        let public_url = Url::parse(&public_url)
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
            .ok_or_else(|| {
                fail(
                    "PUBLIC_URL",
                    &format!("must be an absolute http or https address, got {public_url:?}"),
                )
            })?;

        let smtp_url = lookup("SMTP_URL");
        if let Some(url) = &smtp_url {
            app::outbox::Transport::check_url(url).map_err(|e| {
                fail(
                    "SMTP_URL",
                    &format!("must look like smtp://user:password@host:587 or smtps://host ({e})"),
                )
            })?;
        }

        let default_from = format!(
            "European Heritage Hub <no-reply@{}>",
            public_url
                .host_str()
                .filter(|host| host.contains('.') && host.parse::<std::net::IpAddr>().is_err())
                .unwrap_or("heritage-hub.localhost")
        );
        let mail_from = lookup("MAIL_FROM").unwrap_or(default_from);
        let mail_from: Mailbox = mail_from
            .parse()
            .map_err(|_| fail("MAIL_FROM", &format!("must be an address such as \"Heritage Hub <hub@example.org>\", got {mail_from:?}")))?;

        let upload_dir =
            PathBuf::from(lookup("UPLOAD_DIR").unwrap_or_else(|| "data/uploads".to_owned()));

        let log = lookup("LOG").unwrap_or_else(|| "info".to_owned());
        tracing_subscriber::EnvFilter::try_new(&log).map_err(|e| {
            fail(
                "LOG",
                &format!("must be a log filter such as info or heritage_hub=debug,info ({e})"),
            )
        })?;

        let switch = |name: &'static str| match lookup(name).as_deref() {
            None | Some("on") => Ok(true),
            Some("off") => Ok(false),
            Some(other) => Err(fail(name, &format!("must be on or off, got {other:?}"))),
        };
        let rate_limits = switch("RATE_LIMITS")?;
        let outbox_sender = switch("OUTBOX_SENDER")?;

        let whole_number = |name: &'static str, default: u32| match lookup(name) {
            None => Ok(default),
            Some(value) => value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| {
                    fail(
                        name,
                        &format!("must be a whole number above 0, got {value:?}"),
                    )
                }),
        };
        let retention = app::privacy::RetentionPolicy {
            draft_days: whole_number("RETENTION_DRAFT_DAYS", 90)?,
            months_after_close: whole_number("RETENTION_MONTHS_AFTER_CALL", 12)?,
            link_days: whole_number("LINK_LIFETIME_DAYS", 90)?,
            sent_email_days: whole_number("RETENTION_SENT_EMAIL_DAYS", 30)?,
        };

        let site_root =
            PathBuf::from(lookup("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".to_owned()));

        let page_cache = match lookup("PAGE_CACHE_SECONDS") {
            None => 5,
            Some(value) => value
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|seconds| *seconds <= 300)
                .ok_or_else(|| {
                    fail(
                        "PAGE_CACHE_SECONDS",
                        &format!("must be a whole number from 0 to 300, got {value:?}"),
                    )
                })?,
        };
        let page_cache = std::time::Duration::from_secs(page_cache);

        let max_connections = whole_number("MAX_CONNECTIONS", 1024)? as usize;
        // Two whole steps of files (160 MB each) an hour, for an office sharing one address.
        let upload_mb_per_hour = whole_number("UPLOAD_MB_PER_HOUR", 400)?;

        Ok(Config {
            database_url,
            site_addr,
            public_url,
            smtp_url,
            mail_from,
            upload_dir,
            log,
            rate_limits,
            outbox_sender,
            retention,
            site_root,
            page_cache,
            max_connections,
            upload_mb_per_hour,
        })
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_run_on_sqlite_locally() {
        let config = config(&[]).unwrap();
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(config.site_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(config.public_url.as_str(), "http://127.0.0.1:3000/");
        assert_eq!(config.smtp_url, None);
        assert_eq!(config.upload_dir, PathBuf::from("data/uploads"));
        assert!(config.rate_limits);
        assert_eq!(config.retention.draft_days, 90);
        assert_eq!(config.retention.months_after_close, 12);
        assert_eq!(config.page_cache, std::time::Duration::from_secs(5));
        assert_eq!(config.max_connections, 1024);
        assert_eq!(config.upload_mb_per_hour, 400);
        assert_eq!(
            config.mail_from.email.to_string(),
            "no-reply@heritage-hub.localhost"
        );
    }

    #[test]
    fn reads_every_setting() {
        let config = config(&[
            ("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hub"),
            ("SITE_ADDR", "0.0.0.0:8080"),
            ("PUBLIC_URL", "https://hub.example.org"),
            ("SMTP_URL", "smtp://mailer:secret@mail.example.org:587"),
            ("UPLOAD_DIR", "/var/lib/hub/uploads"),
            ("LOG", "debug"),
            ("RATE_LIMITS", "off"),
            ("RETENTION_DRAFT_DAYS", "30"),
            ("RETENTION_MONTHS_AFTER_CALL", "6"),
            ("PAGE_CACHE_SECONDS", "0"),
            ("MAX_CONNECTIONS", "4096"),
            ("UPLOAD_MB_PER_HOUR", "50"),
        ])
        .unwrap();
        assert_eq!(config.max_connections, 4096);
        assert_eq!(config.upload_mb_per_hour, 50);
        assert!(config.page_cache.is_zero());
        assert!(!config.is_sqlite());
        assert_eq!(config.site_addr.port(), 8080);
        assert_eq!(
            config.mail_from.email.to_string(),
            "no-reply@hub.example.org"
        );
        assert_eq!(config.upload_dir, PathBuf::from("/var/lib/hub/uploads"));
        assert!(!config.rate_limits);
        assert_eq!(config.retention.draft_days, 30);
        assert_eq!(config.retention.months_after_close, 6);
    }

    #[test]
    fn explains_what_is_wrong() {
        let cases = [
            ("DATABASE_URL", "mysql://localhost/hub"),
            ("SITE_ADDR", "localhost"),
            ("PUBLIC_URL", "hub.example.org"),
            ("SMTP_URL", "http://mail.example.org"),
            ("MAIL_FROM", "not an address"),
            ("LOG", "info,[[["),
            ("RATE_LIMITS", "sometimes"),
            ("RETENTION_DRAFT_DAYS", "0"),
            ("RETENTION_MONTHS_AFTER_CALL", "a year"),
            ("PAGE_CACHE_SECONDS", "3600"),
            ("MAX_CONNECTIONS", "0"),
            ("UPLOAD_MB_PER_HOUR", "lots"),
        ];
        for (name, value) in cases {
            let error = config(&[(name, value)]).unwrap_err();
            assert_eq!(error.name, name, "{value}");
            assert!(
                error.to_string().starts_with(&format!("{name}: ")),
                "{error}"
            );
        }
    }
}
