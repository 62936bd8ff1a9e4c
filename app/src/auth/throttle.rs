//! Slowing and then refusing password guessing, per account and per network address. Every
//! attempt is recorded (never the password); the failures of the last 15 minutes decide.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

use crate::db::entities::sign_in_attempt;

pub const WINDOW: TimeDelta = TimeDelta::minutes(super::SIGN_IN_LOCKOUT_MINUTES as i64);
/// From this many failures on one account, each answer waits a little longer.
const SLOW_AFTER: u64 = 3;
/// From this many failures on one account, or from one address, attempts are refused.
const ACCOUNT_LIMIT: u64 = 10;
const ADDRESS_LIMIT: u64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    Slow(Duration),
    Refuse,
}

/// What the recent failures allow: a pure rule, so it can be tested without a clock.
pub fn verdict(account_failures: u64, address_failures: u64) -> Verdict {
    if account_failures >= ACCOUNT_LIMIT || address_failures >= ADDRESS_LIMIT {
        Verdict::Refuse
    } else if account_failures >= SLOW_AFTER {
        Verdict::Slow(Duration::from_millis(
            500 * (account_failures - SLOW_AFTER + 1),
        ))
    } else {
        Verdict::Allow
    }
}

/// The verdict for `email` from `address`, counting failures since `now - WINDOW`.
pub async fn check(
    db: &DatabaseConnection,
    email: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<Verdict, DbErr> {
    let failures = |column: sign_in_attempt::Column, value: &str| {
        sign_in_attempt::Entity::find()
            .filter(column.eq(value))
            .filter(sign_in_attempt::Column::Succeeded.eq(false))
            .filter(sign_in_attempt::Column::At.gt(now - WINDOW))
            .count(db)
    };
    let account = failures(sign_in_attempt::Column::Email, email).await?;
    let from_address = failures(sign_in_attempt::Column::Address, address).await?;
    Ok(verdict(account, from_address))
}

pub async fn record(
    db: &DatabaseConnection,
    email: &str,
    address: &str,
    succeeded: bool,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    sign_in_attempt::ActiveModel {
        email: Set(email.to_owned()),
        address: Set(address.to_owned()),
        succeeded: Set(succeeded),
        at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guessing_is_slowed_then_refused() {
        assert_eq!(verdict(0, 0), Verdict::Allow);
        assert_eq!(verdict(2, 29), Verdict::Allow);
        assert_eq!(verdict(3, 0), Verdict::Slow(Duration::from_millis(500)));
        assert_eq!(verdict(9, 0), Verdict::Slow(Duration::from_millis(3500)));
        assert_eq!(verdict(10, 0), Verdict::Refuse);
        assert_eq!(
            verdict(0, 30),
            Verdict::Refuse,
            "many accounts from one address"
        );
    }
}
