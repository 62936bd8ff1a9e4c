//! An image or document uploaded with a submission. The bytes live in the upload folder under a
//! server-generated name; images are stored re-encoded, with a thumbnail beside them.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_file")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub submission_id: i32,
    /// `image` or `document`.
    pub kind: String,
    /// 64 random hexadecimal characters: the file's name on disk and in its address.
    #[sea_orm(unique)]
    pub stored_name: String,
    /// The name it had on the applicant's computer, shown back to them and used for downloads.
    pub original_name: String,
    /// Decided from the content, never from the name.
    pub content_type: String,
    pub byte_size: i64,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::submission::Entity",
        from = "Column::SubmissionId",
        to = "super::submission::Column::Id",
        on_delete = "Cascade"
    )]
    Submission,
}

impl Related<super::submission::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Submission.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
