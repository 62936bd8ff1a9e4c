//! Which registration or application a `/manage/` link opens. The link in the first email is
//! kept on the row itself; every later email (a promotion, a reminder, a staff decision) carries
//! a fresh link in `manage_link`, since only hashes are stored and the first cannot be sent
//! again.

use chrono::Utc;
use sea_orm::sea_query::Condition;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use crate::db::entities::{manage_link, visit_application, workshop_registration};
use crate::secret::SecretToken;

/// What a further link opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    Registration(i32),
    Application(i32),
}

/// A new link to `holder`, stored hashed; write it in the transaction of the email that sends it.
pub async fn issue(conn: &impl ConnectionTrait, holder: Holder) -> Result<SecretToken, DbErr> {
    let token = SecretToken::generate();
    let (registration, application) = match holder {
        Holder::Registration(id) => (Some(id), None),
        Holder::Application(id) => (None, Some(id)),
    };
    manage_link::ActiveModel {
        token_hash: Set(token.hash()),
        workshop_registration_id: Set(registration),
        visit_application_id: Set(application),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(token)
}

/// The row of `E` that `token` opens: by its first link, kept in `token_column`, or by a later
/// one that names its id.
async fn opened_by<E: EntityTrait>(
    conn: &impl ConnectionTrait,
    token: &SecretToken,
    token_column: E::Column,
    id_column: E::Column,
    later_id: impl FnOnce(manage_link::Model) -> Option<i32>,
) -> Result<Option<E::Model>, DbErr> {
    let later = manage_link::Entity::find()
        .filter(manage_link::Column::TokenHash.eq(token.hash()))
        .one(conn)
        .await?
        .and_then(later_id);
    let mut opened = Condition::any().add(token_column.eq(token.hash()));
    if let Some(id) = later {
        opened = opened.add(id_column.eq(id));
    }
    E::find().filter(opened).one(conn).await
}

/// The workshop registration `token` opens.
pub async fn registration(
    conn: &impl ConnectionTrait,
    token: &SecretToken,
) -> Result<Option<workshop_registration::Model>, DbErr> {
    use workshop_registration::{Column, Entity};
    opened_by::<Entity>(conn, token, Column::TokenHash, Column::Id, |link| {
        link.workshop_registration_id
    })
    .await
}

/// The visit application `token` opens.
pub async fn application(
    conn: &impl ConnectionTrait,
    token: &SecretToken,
) -> Result<Option<visit_application::Model>, DbErr> {
    use visit_application::{Column, Entity};
    opened_by::<Entity>(conn, token, Column::TokenHash, Column::Id, |link| {
        link.visit_application_id
    })
    .await
}
