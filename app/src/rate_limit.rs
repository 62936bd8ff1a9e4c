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
    count: u32,
}

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
    counters: Mutex<Counters>,
}

struct Counters {
    windows: HashMap<(Action, IpAddr), Window>,
    /// The size past which the next count prunes: twice what was left after the last pruning,
    /// so that pruning stays rare however many windows are open.
    prune_above: usize,
}

impl Counters {
    /// Drops the windows that have passed, and past [`MAX_COUNTERS`] the older half of the rest.
    fn prune(&mut self, now: DateTime<Utc>) {
        self.windows
            .retain(|(action, _), window| window.started + action.quota().1 > now);
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

impl RateLimits {
    pub fn new(enabled: bool) -> Self {
        RateLimits {
            enabled,
            counters: Mutex::new(Counters {
                windows: HashMap::new(),
                prune_above: PRUNE_ABOVE,
            }),
        }
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
        let mut counters = self
            .counters
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if counters.windows.len() >= counters.prune_above {
            counters.prune(now);
        }
        let window = counters
            .windows
            .entry((action, counted(address)))
            .or_insert(Window {
                started: now,
                count: 0,
            });
        if window.started + length <= now {
            *window = Window {
                started: now,
                count: 0,
            };
        }
        if window.count >= limit {
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

    const HOME: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 1)));
    const ELSEWHERE: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 2)));

    #[test]
    fn refuses_past_the_quota_until_the_window_ends() {
        let limits = RateLimits::new(true);
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
    fn counts_nothing_when_off_or_without_an_address() {
        let off = RateLimits::new(false);
        let on = RateLimits::new(true);
        for _ in 0..100 {
            off.check(Action::ResendLink, HOME, at(0)).unwrap();
            on.check(Action::ResendLink, None, at(0)).unwrap();
        }
    }

    #[test]
    fn an_ipv6_network_counts_as_one_address() {
        let limits = RateLimits::new(true);
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
        let limits = RateLimits::new(true);
        for last in 0..(MAX_COUNTERS as u32 + 5_000) {
            let address = Some(IpAddr::V4(std::net::Ipv4Addr::from(last)));
            // All within one window: none can be pruned as passed.
            let now = at(0) + TimeDelta::milliseconds(i64::from(last));
            limits.check(Action::StartDraft, address, now).unwrap();
        }
        assert!(limits.counters.lock().unwrap().windows.len() <= MAX_COUNTERS);
    }

    #[test]
    fn forgets_passed_windows_when_there_are_many() {
        let limits = RateLimits::new(true);
        for last in 0..PRUNE_ABOVE as u32 {
            let address = Some(IpAddr::V4(std::net::Ipv4Addr::from(last)));
            limits.check(Action::StartDraft, address, at(0)).unwrap();
        }
        limits.check(Action::StartDraft, HOME, at(61)).unwrap();
        assert_eq!(limits.counters.lock().unwrap().windows.len(), 1);
    }
}
