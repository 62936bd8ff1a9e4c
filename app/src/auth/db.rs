//! Staff account persistence.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};

use super::Role;
use super::password::{self, NewPassword, PasswordError};
use crate::db::entities::staff_user;
use crate::email::Email;

#[derive(Debug, thiserror::Error)]
pub enum CreateStaffError {
    #[error("A staff account with the email {0} already exists.")]
    AlreadyExists(Email),
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
        email: Set(email.clone().into()),
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

pub async fn find_by_email(
    db: &DatabaseConnection,
    email: &Email,
) -> Result<Option<staff_user::Model>, DbErr> {
    staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email.as_str()))
        .one(db)
        .await
}
