//! An image or document shown with a published practice: a file uploaded with its submission,
//! with the public text admins chose for it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "practice_file")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub practice_id: i32,
    /// `image` or `document`.
    pub kind: String,
    /// The upload's server name (see `submission_file`).
    pub stored_name: String,
    /// A document's link text.
    pub title: String,
    pub alt_text: String,
    pub caption: String,
    pub credit: String,
    /// A `Licence` slug, for images.
    pub licence: String,
    /// Chosen by an admin to appear on the public page.
    pub shown: bool,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
