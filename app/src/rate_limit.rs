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
/// At most this many counters: past it, even after pruning, the older half goes, so that a
/// flood of addresses cannot grow the map without bound. (An address forgotten so starts
/// counting again: the flood it hides in is stopped by the limit it meets on its own.)
const MAX_COUNTERS: usize = 100_000;

/// The counted address: an IPv4 address, or an IPv6 address's /64 network, which one person
/// or household usually holds whole (one address each would be no limit at all).
fn counted(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => {
            let network = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(std::net::Ipv6Addr::from(network))
        }
    }
}

pub struct RateLimits {
    enabled: bool,
    actions: Mutex<Counters<(Action, IpAddr)>>,
    upload_bytes_per_window: u64,
    uploads: Mutex<Counters<IpAddr>>,
}

/// Windows of counts by key, bounded: past [`MAX_COUNTERS`] the older half goes.
struct Counters<K> {
    windows: HashMap<K, Window>,
    /// The size past which the next count prunes: twice what was left after the last pruning,
    /// so that pruning stays rare however many windows are open.
    prune_above: usize,
}

impl<K: Eq + std::hash::Hash> Counters<K> {
    fn new() -> Self {
        Counters {
            windows: HashMap::new(),
            prune_above: PRUNE_ABOVE,
        }
    }

    /// The window of `key` (`length` long) at `now`: a fresh one once the last has passed.
    /// Prunes first when there are many; `lengths` tells each key's window length.
    fn window(
        &mut self,
        key: K,
        length: TimeDelta,
        now: DateTime<Utc>,
        lengths: impl Fn(&K) -> TimeDelta,
    ) -> &mut Window {
        if self.windows.len() >= self.prune_above {
            self.prune(now, lengths);
        }
        let window = self.windows.entry(key).or_insert(Window {
            started: now,
            count: 0,
        });
        if window.started + length <= now {
            *window = Window {
                started: now,
                count: 0,
            };
        }
        window
    }

    /// Drops the windows that have passed, and past [`MAX_COUNTERS`] the older half of the rest.
    fn prune(&mut self, now: DateTime<Utc>, lengths: impl Fn(&K) -> TimeDelta) {
        self.windows
            .retain(|key, window| window.started + lengths(key) > now);
        if self.windows.len() >= MAX_COUNTERS {
            let mut starts: Vec<DateTime<Utc>> =
                self.windows.values().map(|window| window.started).collect();
            let middle = starts.len() / 2;
            let median = *starts.select_nth_unstable(middle).1;
            self.windows.retain(|_, window| window.started > median);
        }
        self.prune_above = (self.windows.len() * 2).clamp(PRUNE_ABOVE, MAX_COUNTERS);
    }
}

/// A poisoned lock only means another request panicked while counting; the counts stay usable.
fn locked<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl RateLimits {
    /// Limits with `upload_bytes_per_hour` of uploads for each address.
    pub fn new(enabled: bool, upload_bytes_per_hour: u64) -> Self {
        RateLimits {
            enabled,
            actions: Mutex::new(Counters::new()),
            upload_bytes_per_window: upload_bytes_per_hour,
            uploads: Mutex::new(Counters::new()),
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
        let mut uploads = locked(&self.uploads);
        let window = uploads.window(counted(address), UPLOAD_WINDOW, now, |_| UPLOAD_WINDOW);
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
        let mut actions = locked(&self.actions);
        let window = actions.window((action, counted(address)), length, now, |(action, _)| {
            action.quota().1
        });
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
    fn an_ipv6_network_counts_as_one_address() {
        let limits = RateLimits::new(true, MB);
        let in_network = |host: u16| {
            Some(IpAddr::V6(std::net::Ipv6Addr::new(
                0x2001, 0xdb8, 1, 2, host, host, host, host,
            )))
        };
        for host in 0..10 {
            limits
                .check(Action::ResendLink, in_network(host), at(0))
                .unwrap();
        }
        assert!(
            limits
                .check(Action::ResendLink, in_network(99), at(1))
                .is_err()
        );
        let next_network = Some(IpAddr::V6(std::net::Ipv6Addr::new(
            0x2001, 0xdb8, 1, 3, 0, 0, 0, 1,
        )));
        limits
            .check(Action::ResendLink, next_network, at(1))
            .unwrap();
    }

    #[test]
    fn a_flood_of_addresses_cannot_grow_the_counters_without_bound() {
        let limits = RateLimits::new(true, MB);
        for last in 0..(MAX_COUNTERS as u32 + 5_000) {
            let address = Some(IpAddr::V4(std::net::Ipv4Addr::from(last)));
            // All within one window: none can be pruned as passed.
            let now = at(0) + TimeDelta::milliseconds(i64::from(last));
            limits.check(Action::StartDraft, address, now).unwrap();
        }
        assert!(limits.actions.lock().unwrap().windows.len() <= MAX_COUNTERS);
    }

    #[test]
    fn forgets_passed_windows_when_there_are_many() {
        let limits = RateLimits::new(true, MB);
        for last in 0..PRUNE_ABOVE as u32 {
            let address = Some(IpAddr::V4(std::net::Ipv4Addr::from(last)));
            limits.check(Action::StartDraft, address, at(0)).unwrap();
        }
        limits.check(Action::StartDraft, HOME, at(61)).unwrap();
        assert_eq!(limits.actions.lock().unwrap().windows.len(), 1);
    }
}
