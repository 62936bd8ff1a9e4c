//! A secret that opens a submission: the emailed resume links of a draft, the emailed manage
//! links of a sent practice, and the draft cookie of each browser working on it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_access")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub submission_id: i32,
    /// SHA-256 of the secret in the link.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// `draft` (a resume link), `manage` (a manage link) or `browser` (one browser's cookie).
    pub purpose: String,
    pub created_at: DateTimeUtc,
    /// The address, in lower case, an emailed link went to; it opens nothing once the applicant's
    /// address is another. `None` for a browser's cookie.
    pub sent_to: Option<String>,
    /// When the link last opened the submission; a link unused for the configured lifetime
    /// expires. `None` until first used.
    pub last_used_at: Option<DateTimeUtc>,
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
