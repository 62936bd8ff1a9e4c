//! A person's application to join a visit's delegation.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "visit_application")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub visit_id: i32,
    pub name: String,
    /// Lower-cased.
    pub email: String,
    pub organisation: String,
    pub organisation_type: String,
    pub country: String,
    /// An `AttendeeRole` slug.
    pub role: String,
    #[sea_orm(column_type = "Text")]
    pub motivation: String,
    #[sea_orm(column_type = "Text")]
    pub accessibility_needs: String,
    pub consent_version: String,
    /// `applied`, `accepted`, `waitlisted`, `declined` or `withdrawn`.
    pub status: String,
    /// SHA-256 of the secret in the first email's `/manage/` link.
    #[sea_orm(unique)]
    pub token_hash: String,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
    /// The language of the pages it was made on (`en`, `fr`, ...): its emails are in it.
    pub lang: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
