//! Slowing and then refusing password guessing. Every attempt is recorded (never the password)
//! before the password is checked, so attempts still in flight count too; the failures of the
//! last 15 minutes decide.
//!
//! A hard lock only ever falls on one account from one address, and on an address that fails
//! on many accounts. Failures on an account from everywhere only slow it down: a stranger who
//! guesses at a colleague's address never locks the colleague out.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, Set,
};

use crate::db::entities::sign_in_attempt;

pub const WINDOW: TimeDelta = TimeDelta::minutes(super::SIGN_IN_LOCKOUT_MINUTES as i64);
/// From this many failures on one account, from any address, each answer waits a little longer.
const SLOW_AFTER: u64 = 3;
/// What one more failure adds to the wait, and the longest wait.
const STEP: Duration = Duration::from_millis(500);
const LONGEST_WAIT: Duration = Duration::from_secs(5);
/// From this many failures on one account from one address, that address may not try it.
const PAIR_LIMIT: u64 = 10;
/// From this many failures from one address, on any accounts, it may not try at all.
const ADDRESS_LIMIT: u64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    Slow(Duration),
    Refuse,
}

/// Recent failures, other than the attempt being decided.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Failures {
    /// On this account from this address.
    pub pair: u64,
    /// From this address, on any account.
    pub address: u64,
    /// On this account, from any address.
    pub account: u64,
}

/// What the recent failures allow: a pure rule, so it can be tested without a clock.
pub fn verdict(failures: Failures) -> Verdict {
    if failures.pair >= PAIR_LIMIT || failures.address >= ADDRESS_LIMIT {
        Verdict::Refuse
    } else if failures.account >= SLOW_AFTER {
        let steps = u32::try_from(failures.account - SLOW_AFTER + 1).unwrap_or(u32::MAX);
        Verdict::Slow(STEP.saturating_mul(steps).min(LONGEST_WAIT))
    } else {
        Verdict::Allow
    }
}

/// An attempt that may go on: recorded as failed until [`succeeded`] says otherwise.
#[derive(Debug)]
pub struct Attempt {
    id: i32,
    /// How long to wait before checking the password.
    pub wait: Duration,
}

/// This instance counts one attempt at a time, so that of a burst exactly as many go on as the
/// limits allow. Across instances, recording before counting keeps them from going over.
static COUNTING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Records an attempt on `email` from `address` and decides it: `None` when it is refused
/// (and then not kept, so that refused attempts do not lengthen the lock).
pub async fn begin(
    db: &DatabaseConnection,
    email: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<Option<Attempt>, DbErr> {
    use sign_in_attempt::Column;
    let _turn = COUNTING.lock().await;
    let attempt = sign_in_attempt::ActiveModel {
        email: Set(email.to_owned()),
        address: Set(address.to_owned()),
        succeeded: Set(false),
        at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let failures = |condition: Condition| {
        sign_in_attempt::Entity::find()
            .filter(condition)
            .filter(Column::Id.ne(attempt.id))
            .filter(Column::Succeeded.eq(false))
            .filter(Column::At.gt(now - WINDOW))
            .count(db)
    };
    let earlier = Failures {
        pair: failures(
            Condition::all()
                .add(Column::Email.eq(email))
                .add(Column::Address.eq(address)),
        )
        .await?,
        address: failures(Condition::all().add(Column::Address.eq(address))).await?,
        account: failures(Condition::all().add(Column::Email.eq(email))).await?,
    };
    let wait = match verdict(earlier) {
        Verdict::Refuse => {
            sign_in_attempt::Entity::delete_by_id(attempt.id)
                .exec(db)
                .await?;
            return Ok(None);
        }
        Verdict::Slow(wait) => wait,
        Verdict::Allow => Duration::ZERO,
    };
    Ok(Some(Attempt {
        id: attempt.id,
        wait,
    }))
}

/// Marks `attempt` as the right password (or code), so that it counts against no one.
pub async fn succeeded(db: &DatabaseConnection, attempt: Attempt) -> Result<(), DbErr> {
    sign_in_attempt::Entity::update_many()
        .col_expr(sign_in_attempt::Column::Succeeded, Expr::value(true))
        .filter(sign_in_attempt::Column::Id.eq(attempt.id))
        .exec(db)
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failures(pair: u64, address: u64, account: u64) -> Failures {
        Failures {
            pair,
            address,
            account,
        }
    }

    #[test]
    fn guessing_is_slowed_then_refused() {
        assert_eq!(verdict(failures(0, 0, 0)), Verdict::Allow);
        assert_eq!(verdict(failures(2, 29, 2)), Verdict::Allow);
        assert_eq!(
            verdict(failures(3, 3, 3)),
            Verdict::Slow(Duration::from_millis(500))
        );
        assert_eq!(
            verdict(failures(9, 9, 9)),
            Verdict::Slow(Duration::from_millis(3500))
        );
        assert_eq!(verdict(failures(10, 10, 10)), Verdict::Refuse);
        assert_eq!(
            verdict(failures(0, 30, 0)),
            Verdict::Refuse,
            "many accounts from one address"
        );
    }

    #[test]
    fn failures_from_elsewhere_only_slow_an_account_down() {
        assert_eq!(
            verdict(failures(0, 0, 10)),
            Verdict::Slow(Duration::from_millis(4000))
        );
        assert_eq!(verdict(failures(0, 0, 1000)), Verdict::Slow(LONGEST_WAIT));
    }
}
