//! The open call itself: one row, edited by admins.

use sea_orm::entity::prelude::*;

/// The id of the only row.
pub const SINGLETON_ID: i32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "call_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub title: String,
    /// Markdown shown on the home page.
    #[sea_orm(column_type = "Text")]
    pub introduction: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    /// How many practices the call selects (10 in the call text).
    pub selection_limit: i32,
    /// `review::criteria::Weights`, stored as "1,1,1,1,1".
    pub score_weights: String,
    /// Markdown: questions and answers shown on the home page.
    #[sea_orm(column_type = "Text")]
    pub faq: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
