//! A further `/manage/` link to a workshop registration or a visit application. The first link
//! is the `token_hash` on the row itself; emails sent later by the site (a promotion, a
//! reminder, a staff decision) each carry a new one, since only hashes are kept.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "manage_link")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// SHA-256 of the secret in the link.
    #[sea_orm(unique)]
    pub token_hash: String,
    pub workshop_registration_id: Option<i32>,
    pub visit_application_id: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
