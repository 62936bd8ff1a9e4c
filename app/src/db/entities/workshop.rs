//! An online "sharing local stories" workshop. Times are stored in UTC.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "workshop")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    pub theme: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub starts_at: DateTimeUtc,
    pub duration_minutes: i32,
    pub capacity: i32,
    /// Shown only to confirmed attendees.
    pub meeting_url: Option<String>,
    pub registration_opens_at: DateTimeUtc,
    pub registration_closes_at: DateTimeUtc,
    /// `draft`, `published` or `cancelled`.
    pub status: String,
    pub created_at: DateTimeUtc,
    /// Bumped first by every change to this workshop's seats. The update locks the row
    /// (PostgreSQL) or the database (SQLite) until the change commits, so seats are counted and
    /// taken by one transaction at a time, across server instances.
    pub seat_changes: i64,
    /// The IANA zone staff plan the workshop's times in; they are stored in UTC all the same.
    pub time_zone: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
