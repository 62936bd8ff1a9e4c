//! Staff account persistence.

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, Set, TryIntoModel,
};

use super::password::{self, NewPassword, PasswordError};
use super::totp::TotpSecret;
use super::{Role, StaffEmail};
use crate::db::entities::{staff_session, staff_user};
use crate::email::Email;
use crate::secret::SecretToken;

#[derive(Debug, thiserror::Error)]
pub enum CreateStaffError {
    #[error("A staff account with the email {0} already exists.")]
    AlreadyExists(StaffEmail),
    #[error(transparent)]
    Password(#[from] PasswordError),
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Creates an active account with a password, for the command line's `admin create`.
pub async fn create_with_password(
    db: &DatabaseConnection,
    email: Email,
    role: Role,
    password: NewPassword,
) -> Result<staff_user::Model, CreateStaffError> {
    let email = StaffEmail::from(email);
    if find_by_email(db, &email).await?.is_some() {
        return Err(CreateStaffError::AlreadyExists(email));
    }
    let password_hash = password::hash(password).await?;
    let display_name = email
        .as_str()
        .split('@')
        .next()
        .unwrap_or_default()
        .to_owned();
    let account = staff_user::ActiveModel {
        email: Set(email.as_str().to_owned()),
        display_name: Set(display_name),
        role: Set(role.as_str().to_owned()),
        password_hash: Set(Some(password_hash)),
        active: Set(true),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    match account.insert(db).await {
        Ok(account) => Ok(account),
        // Lost a race against another insert of the same address.
        Err(_) if find_by_email(db, &email).await?.is_some() => {
            Err(CreateStaffError::AlreadyExists(email))
        }
        Err(error) => Err(error.into()),
    }
}

/// The account of `email`. Compared lower-cased, since accounts made before addresses were
/// normalised may keep capitals.
pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &StaffEmail,
) -> Result<Option<staff_user::Model>, DbErr> {
    staff_user::Entity::find()
        .filter(Expr::expr(Func::lower(Expr::col(staff_user::Column::Email))).eq(email.as_str()))
        .one(db)
        .await
}

/// Every staff account, admins first, then by name.
pub async fn list(db: &DatabaseConnection) -> Result<Vec<staff_user::Model>, DbErr> {
    staff_user::Entity::find()
        .order_by_asc(staff_user::Column::Role)
        .order_by_asc(staff_user::Column::DisplayName)
        .all(db)
        .await
}

/// What became of an invitation.
pub enum Invited {
    /// A new account, or one that never set its password: it has a fresh link.
    Sent(staff_user::Model),
    /// The address already belongs to an account with a password.
    AlreadyActive,
}

/// Invites `email` with the one-time link `token`, valid for [`INVITATION_VALID`]. Inviting an
/// address again before it has set a password replaces the earlier link.
pub async fn invite(
    conn: &impl ConnectionTrait,
    email: &StaffEmail,
    display_name: &str,
    role: Role,
    token: &SecretToken,
    now: DateTime<Utc>,
) -> Result<Invited, DbErr> {
    let mut account = match find_by_email(conn, email).await? {
        Some(account) if account.password_hash.is_some() => return Ok(Invited::AlreadyActive),
        Some(account) => account.into_active_model(),
        None => staff_user::ActiveModel {
            email: Set(email.as_str().to_owned()),
            password_hash: Set(None),
            created_at: Set(now),
            ..Default::default()
        },
    };
    account.display_name = Set(display_name.to_owned());
    account.role = Set(role.as_str().to_owned());
    account.active = Set(true);
    account.invitation_hash = Set(Some(token.hash()));
    account.invitation_expires_at = Set(Some(now + INVITATION_VALID));
    Ok(Invited::Sent(account.save(conn).await?.try_into_model()?))
}

pub const INVITATION_VALID: TimeDelta = TimeDelta::days(7);

/// The active account an unexpired invitation link belongs to.
pub async fn find_invited(
    db: &DatabaseConnection,
    token: &SecretToken,
    now: DateTime<Utc>,
) -> Result<Option<staff_user::Model>, DbErr> {
    staff_user::Entity::find()
        .filter(staff_user::Column::InvitationHash.eq(token.hash()))
        .filter(staff_user::Column::InvitationExpiresAt.gt(now))
        .filter(staff_user::Column::Active.eq(true))
        .one(db)
        .await
}

/// Sets the password of the account invited with `token` and spends the link, in one
/// conditional update: of two uses of one link, only the first succeeds.
pub async fn accept_invitation(
    db: &DatabaseConnection,
    token: &SecretToken,
    password_hash: String,
    now: DateTime<Utc>,
) -> Result<Option<staff_user::Model>, DbErr> {
    let Some(account) = find_invited(db, token, now).await? else {
        return Ok(None);
    };
    let spent = staff_user::Entity::update_many()
        .col_expr(staff_user::Column::PasswordHash, Expr::value(password_hash))
        .col_expr(
            staff_user::Column::InvitationHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            staff_user::Column::InvitationExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(staff_user::Column::Id.eq(account.id))
        .filter(staff_user::Column::InvitationHash.eq(token.hash()))
        .exec(db)
        .await?;
    Ok((spent.rows_affected == 1).then_some(account))
}

/// Changes the role of account `id`; `false` when there is no such account.
pub async fn set_role(conn: &impl ConnectionTrait, id: i32, role: Role) -> Result<bool, DbErr> {
    let changed = staff_user::Entity::update_many()
        .col_expr(staff_user::Column::Role, Expr::value(role.as_str()))
        .filter(staff_user::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Activates or deactivates account `id`. Deactivation ends its sessions and spends any
/// invitation at once, so the person is out on every server instance from their next request.
pub async fn set_active(conn: &impl ConnectionTrait, id: i32, active: bool) -> Result<bool, DbErr> {
    let mut change = staff_user::Entity::update_many()
        .col_expr(staff_user::Column::Active, Expr::value(active))
        .filter(staff_user::Column::Id.eq(id));
    if !active {
        change = change.col_expr(
            staff_user::Column::InvitationHash,
            Expr::value(Option::<String>::None),
        );
        staff_session::Entity::delete_many()
            .filter(staff_session::Column::StaffUserId.eq(id))
            .exec(conn)
            .await?;
    }
    Ok(change.exec(conn).await?.rows_affected == 1)
}

/// Records that the code of time step `step` was used by account `id`, unless that step or a
/// later one already was: of two sign-ins with one code, only the first gets in.
pub async fn spend_totp_step(db: &impl ConnectionTrait, id: i32, step: i64) -> Result<bool, DbErr> {
    let spent = staff_user::Entity::update_many()
        .col_expr(staff_user::Column::TotpLastStep, Expr::value(step))
        .filter(staff_user::Column::Id.eq(id))
        .filter(
            sea_orm::Condition::any()
                .add(staff_user::Column::TotpLastStep.is_null())
                .add(staff_user::Column::TotpLastStep.lt(step)),
        )
        .exec(db)
        .await?;
    Ok(spent.rows_affected == 1)
}

/// Whether the account signs in with a code after the password. A secret without a used step
/// is one being set up: shown to its owner, not yet asked for.
pub fn has_two_step(account: &staff_user::Model) -> bool {
    account.totp_secret.is_some() && account.totp_last_step.is_some()
}

/// The secret being set up for account `id`: the same one until it is confirmed, so a mistyped
/// code (or a page reloaded without JavaScript) does not make the scanned one useless.
pub async fn pending_totp(
    db: &DatabaseConnection,
    account: &staff_user::Model,
) -> Result<TotpSecret, DbErr> {
    if let Some(secret) = account
        .totp_secret
        .as_deref()
        .and_then(TotpSecret::from_base32)
    {
        return Ok(secret);
    }
    let secret = TotpSecret::generate();
    staff_user::Entity::update_many()
        .col_expr(
            staff_user::Column::TotpSecret,
            Expr::value(secret.to_base32()),
        )
        .filter(staff_user::Column::Id.eq(account.id))
        .filter(staff_user::Column::TotpSecret.is_null())
        .exec(db)
        .await?;
    Ok(secret)
}

/// Turns two-step sign-in off: the secret is forgotten.
pub async fn remove_totp(conn: &impl ConnectionTrait, id: i32) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(
            staff_user::Column::TotpSecret,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            staff_user::Column::TotpLastStep,
            Expr::value(Option::<i64>::None),
        )
        .filter(staff_user::Column::Id.eq(id))
        .exec(conn)
        .await
        .map(|_| ())
}
