//! Staff sessions: a secret in an HttpOnly, SameSite=Strict cookie, its hash in the database, so
//! that every server instance knows every session. A session ends after 30 quiet minutes, 12
//! hours after sign-in whatever happens, or at sign-out.

use chrono::{DateTime, TimeDelta, Utc};
use http::{HeaderMap, HeaderValue};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};

use super::{Role, StaffIdentity};
use crate::db::entities::{staff_session, staff_user};
use crate::secret::SecretToken;

const COOKIE_NAME: &str = "hh_staff";
pub const IDLE_TIMEOUT: TimeDelta = TimeDelta::minutes(30);
pub const ABSOLUTE_TIMEOUT: TimeDelta = TimeDelta::hours(12);
/// `last_seen_at` is written at most this often, so reading pages does not mean writing rows.
const TOUCH_EVERY: TimeDelta = TimeDelta::minutes(1);

/// Starts a session for account `staff_user_id`; the secret goes into the cookie only. With
/// `awaiting_code`, it only leads to the second factor's code page.
pub async fn start(
    db: &DatabaseConnection,
    staff_user_id: i32,
    awaiting_code: bool,
    now: DateTime<Utc>,
) -> Result<SecretToken, DbErr> {
    let token = SecretToken::generate();
    staff_session::ActiveModel {
        token_hash: Set(token.hash()),
        staff_user_id: Set(staff_user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        awaiting_code: Set(awaiting_code),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Who a session belongs to, if it is live and its account active; an expired session is
/// deleted on the way.
pub async fn find(
    db: &DatabaseConnection,
    token: &SecretToken,
    now: DateTime<Utc>,
) -> Result<Option<StaffIdentity>, DbErr> {
    let Some((session, Some(account))) = staff_session::Entity::find()
        .filter(staff_session::Column::TokenHash.eq(token.hash()))
        .find_also_related(staff_user::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if session.awaiting_code {
        return Ok(None);
    }
    let expired =
        now - session.last_seen_at > IDLE_TIMEOUT || now - session.created_at > ABSOLUTE_TIMEOUT;
    if expired || !account.active {
        staff_session::Entity::delete_by_id(session.id)
            .exec(db)
            .await?;
        return Ok(None);
    }
    if now - session.last_seen_at > TOUCH_EVERY {
        staff_session::Entity::update_many()
            .col_expr(staff_session::Column::LastSeenAt, Expr::value(now))
            .filter(staff_session::Column::Id.eq(session.id))
            .exec(db)
            .await?;
    }
    let Some(role) = Role::parse(&account.role) else {
        return Ok(None);
    };
    Ok(Some(StaffIdentity {
        id: account.id,
        email: account.email,
        display_name: account.display_name,
        role,
    }))
}

/// How long the code of the second factor may take after the password.
pub const CODE_TIMEOUT: TimeDelta = TimeDelta::minutes(5);

/// The account whose password was right in this session, which now waits for its code.
pub async fn find_awaiting_code(
    db: &DatabaseConnection,
    token: &SecretToken,
    now: DateTime<Utc>,
) -> Result<Option<staff_user::Model>, DbErr> {
    let found = staff_session::Entity::find()
        .filter(staff_session::Column::TokenHash.eq(token.hash()))
        .filter(staff_session::Column::AwaitingCode.eq(true))
        .filter(staff_session::Column::CreatedAt.gt(now - CODE_TIMEOUT))
        .find_also_related(staff_user::Entity)
        .one(db)
        .await?;
    Ok(found
        .and_then(|(_, account)| account)
        .filter(|account| account.active && super::db::has_two_step(account)))
}

/// Ends the session of `token` on the server: the cookie alone opens nothing any more.
pub async fn end(db: &DatabaseConnection, token: &SecretToken) -> Result<(), DbErr> {
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::TokenHash.eq(token.hash()))
        .exec(db)
        .await
        .map(|_| ())
}

/// The session secret a request carries, if any.
pub fn token_in(headers: &HeaderMap) -> Option<SecretToken> {
    crate::secret::from_cookie(headers, COOKIE_NAME)
}

/// The cookie that carries a session; with `None`, the one that removes it.
pub fn cookie(token: Option<&SecretToken>, secure: bool) -> Option<HeaderValue> {
    let secure = if secure { "; Secure" } else { "" };
    let cookie = match token {
        Some(token) => format!(
            "{COOKIE_NAME}={}; Path=/; HttpOnly; SameSite=Strict{secure}",
            token.expose()
        ),
        None => format!("{COOKIE_NAME}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict{secure}"),
    };
    HeaderValue::from_str(&cookie).ok()
}
