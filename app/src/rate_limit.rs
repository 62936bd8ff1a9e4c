//! Limits on how often one network address may do the things a script would repeat: start
//! drafts, ask for links, sign up, apply. Sign-in has its own throttle, kept in the database
//! (`auth::throttle`), because a lock-out must hold across instances and restarts.
//!
//! These counters live in memory: each instance counts on its own, so with several instances
//! the limit an address meets is the per-instance limit times the instances it reaches. That
//! is enough to stop a flood without one more write per request.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use chrono::{DateTime, TimeDelta, Utc};

use crate::error::AppError;

/// The actions that are limited, each with its quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    StartDraft,
    ResendLink,
    WorkshopSignUp,
    VisitApplication,
}

impl Action {
    /// How many times per window. Generous, since an office or a library shares one address.
    fn quota(self) -> (u32, TimeDelta) {
        match self {
            Action::StartDraft => (30, TimeDelta::hours(1)),
            Action::ResendLink => (10, TimeDelta::hours(1)),
            Action::WorkshopSignUp => (30, TimeDelta::hours(1)),
            Action::VisitApplication => (20, TimeDelta::hours(1)),
        }
    }
}

struct Window {
    started: DateTime<Utc>,
    count: u64,
}

/// Uploads are counted in bytes, per address, over this window.
const UPLOAD_WINDOW: TimeDelta = TimeDelta::hours(1);

/// Above this many counters, the ones whose window has passed are dropped.
const PRUNE_ABOVE: usize = 10_000;

pub struct RateLimits {
    enabled: bool,
    windows: Mutex<HashMap<(Action, IpAddr), Window>>,
    upload_bytes_per_window: u64,
    uploads: Mutex<HashMap<IpAddr, Window>>,
}

impl RateLimits {
    /// Limits with `upload_bytes_per_hour` of uploads for each address.
    pub fn new(enabled: bool, upload_bytes_per_hour: u64) -> Self {
        RateLimits {
            enabled,
            windows: Mutex::new(HashMap::new()),
            upload_bytes_per_window: upload_bytes_per_hour,
            uploads: Mutex::new(HashMap::new()),
        }
    }

    /// Counts `bytes` more of uploads from `address`, as they arrive, or refuses them with the
    /// seconds until its hour ends. A body is refused part way, so a client cannot send a
    /// gigabyte while the count waits for its end.
    pub fn spend_upload_bytes(
        &self,
        address: IpAddr,
        bytes: u64,
        now: DateTime<Utc>,
    ) -> Result<(), AppError> {
        if !self.enabled {
            return Ok(());
        }
        let mut windows = self
            .uploads
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if windows.len() > PRUNE_ABOVE {
            windows.retain(|_, window| window.started + UPLOAD_WINDOW > now);
        }
        let window = windows.entry(address).or_insert(Window {
            started: now,
            count: 0,
        });
        if window.started + UPLOAD_WINDOW <= now {
            *window = Window {
                started: now,
                count: 0,
            };
        }
        let spent = window.count.saturating_add(bytes);
        if spent > self.upload_bytes_per_window {
            let wait = (window.started + UPLOAD_WINDOW - now).num_seconds().max(1);
            return Err(AppError::RateLimited {
                retry_after_seconds: wait.unsigned_abs(),
            });
        }
        window.count = spent;
        Ok(())
    }

    /// Counts one `action` from `address`, or refuses it with the seconds until the window
    /// that is full ends.
    pub fn check(
        &self,
        action: Action,
        address: Option<IpAddr>,
        now: DateTime<Utc>,
    ) -> Result<(), AppError> {
        let Some(address) = address.filter(|_| self.enabled) else {
            return Ok(());
        };
        let (limit, length) = action.quota();
        // A poisoned lock only means another request panicked while counting; the counts stay
        // usable.
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if windows.len() > PRUNE_ABOVE {
            windows.retain(|(action, _), window| window.started + action.quota().1 > now);
        }
        let window = windows.entry((action, address)).or_insert(Window {
            started: now,
            count: 0,
        });
        if window.started + length <= now {
            *window = Window {
                started: now,
                count: 0,
            };
        }
        if window.count >= u64::from(limit) {
            let wait = (window.started + length - now).num_seconds().max(1);
            return Err(AppError::RateLimited {
                retry_after_seconds: wait.unsigned_abs(),
            });
        }
        window.count += 1;
        Ok(())
    }
}

/// The address the current server function's request came from. The socket's: behind a
/// reverse proxy every visitor would share the proxy's address, so run it with the limits off
/// (`RATE_LIMITS=off`) and let the proxy limit.
pub async fn client_address() -> Option<IpAddr> {
    leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .await
        .ok()
        .map(|info| info.0.ip())
}

/// Counts `action` for the caller of the current server function.
pub async fn check(action: Action) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    state
        .rate_limits
        .check(action, client_address().await, Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap() + TimeDelta::minutes(minutes)
    }

    const MB: u64 = 1024 * 1024;

    const HOME: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 1)));
    const ELSEWHERE: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 2)));

    #[test]
    fn refuses_past_the_quota_until_the_window_ends() {
        let limits = RateLimits::new(true, MB);
        for _ in 0..10 {
            limits.check(Action::ResendLink, HOME, at(0)).unwrap();
        }
        assert_eq!(
            limits.check(Action::ResendLink, HOME, at(20)),
            Err(AppError::RateLimited {
                retry_after_seconds: 40 * 60
            })
        );
        // Other addresses and other actions have their own counts.
        limits.check(Action::ResendLink, ELSEWHERE, at(20)).unwrap();
        limits.check(Action::StartDraft, HOME, at(20)).unwrap();
        // A new window starts once the old one is over.
        limits.check(Action::ResendLink, HOME, at(60)).unwrap();
    }

    #[test]
    fn uploads_are_counted_in_bytes_per_address_and_hour() {
        let limits = RateLimits::new(true, MB);
        let home = HOME.unwrap();
        limits.spend_upload_bytes(home, MB - 1, at(0)).unwrap();
        limits.spend_upload_bytes(home, 1, at(1)).unwrap();
        assert_eq!(
            limits.spend_upload_bytes(home, 1, at(15)),
            Err(AppError::RateLimited {
                retry_after_seconds: 45 * 60
            })
        );
        limits
            .spend_upload_bytes(ELSEWHERE.unwrap(), MB, at(15))
            .unwrap();
        limits.spend_upload_bytes(home, MB, at(60)).unwrap();
        let off = RateLimits::new(false, MB);
        off.spend_upload_bytes(home, 10 * MB, at(0)).unwrap();
    }

    #[test]
    fn counts_nothing_when_off_or_without_an_address() {
        let off = RateLimits::new(false, MB);
        let on = RateLimits::new(true, MB);
        for _ in 0..100 {
            off.check(Action::ResendLink, HOME, at(0)).unwrap();
            on.check(Action::ResendLink, None, at(0)).unwrap();
        }
    }

    #[test]
    fn forgets_passed_windows_when_there_are_many() {
        let limits = RateLimits::new(true, MB);
        for last in 0..=PRUNE_ABOVE as u32 {
            let address = Some(IpAddr::V4(std::net::Ipv4Addr::from(last)));
            limits.check(Action::StartDraft, address, at(0)).unwrap();
        }
        limits.check(Action::StartDraft, HOME, at(61)).unwrap();
        assert_eq!(limits.windows.lock().unwrap().len(), 1);
    }
}
