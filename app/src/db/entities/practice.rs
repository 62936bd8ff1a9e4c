//! A published good practice: the curated public copy of a selected submission.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "practice")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    /// Markdown, sanitised when rendered.
    #[sea_orm(column_type = "Text")]
    pub body_markdown: String,
    /// ISO 3166-1 alpha-2 code.
    pub country_code: String,
    pub city_region: String,
    pub organisation: String,
    /// Comma-separated subset of `environmental,digital,social`.
    pub themes: String,
    #[sea_orm(column_type = "Text")]
    pub why_selected: String,
    pub featured: bool,
    pub published_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// The selected submission it was made from; `None` for one written from scratch.
    #[sea_orm(unique)]
    pub submission_id: Option<i32>,
    /// One web address per line.
    #[sea_orm(column_type = "Text")]
    pub links: String,
    /// An `OrganisationType` slug, or empty.
    pub organisation_type: String,
    pub updated_at: Option<DateTimeUtc>,
    /// Title, summary, body, organisation and place, lower-cased, for search.
    #[sea_orm(column_type = "Text")]
    pub search_text: String,
    /// The language its texts are written in (a `WrittenLanguage` code), for their `lang`.
    pub content_lang: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
