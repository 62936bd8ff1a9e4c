//! A person's place at a workshop: confirmed, waiting for a seat, or cancelled.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "workshop_registration")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workshop_id: i32,
    pub name: String,
    /// As typed, trimmed; compared lower-cased.
    pub email: String,
    pub organisation: String,
    /// An `OrganisationType` slug.
    pub organisation_type: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// An `AttendeeRole` slug.
    pub role: String,
    #[sea_orm(column_type = "Text")]
    pub accessibility_needs: String,
    /// The version of the privacy notice the person agreed to.
    pub consent_version: String,
    /// `confirmed`, `waiting` or `cancelled`. The waiting list is in `id` order.
    pub status: String,
    /// SHA-256 of the secret in the sign-up email's `/manage/` link (later emails' links are
    /// in `manage_link`).
    #[sea_orm(unique)]
    pub token_hash: String,
    pub created_at: DateTimeUtc,
    pub confirmed_at: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
    /// When the day-before reminder was queued; set once, in the same transaction.
    pub reminded_at: Option<DateTimeUtc>,
    /// The language of the pages it was made on (`en`, `fr`, ...): its emails are in it.
    pub lang: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::workshop::Entity",
        from = "Column::WorkshopId",
        to = "super::workshop::Column::Id",
        on_delete = "Cascade"
    )]
    Workshop,
}

impl ActiveModelBehavior for ActiveModel {}
