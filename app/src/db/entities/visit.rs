//! A funded peer-learning visit to a host city or region.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "visit")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    /// The host city or region.
    pub host_place: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// The selected practice the visit shows.
    pub practice_id: Option<i32>,
    pub starts_on: Date,
    pub ends_on: Date,
    /// Markdown.
    #[sea_orm(column_type = "Text")]
    pub programme: String,
    pub delegation_size: i32,
    pub applications_close_at: DateTimeUtc,
    /// `draft`, `published` or `cancelled`.
    pub status: String,
    pub created_at: DateTimeUtc,
    /// Bumped first by every acceptance, as `workshop.seat_changes` is by every seat change.
    pub seat_changes: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
