//! A submission: a draft while it is being filled in, then the answer sent to the call.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// See `submission::db::status`.
    pub status: String,
    /// SHA-256 of the secret in the resume link.
    #[sea_orm(unique)]
    pub draft_token_hash: String,
    /// SHA-256 of the secret in the `/manage/{token}` link, set when submitted.
    #[sea_orm(unique)]
    pub manage_token_hash: Option<String>,
    /// `EHH-2026-0042`, set when submitted.
    #[sea_orm(unique)]
    pub reference: Option<String>,
    /// The applicant's address in lower case, for "email me my link again".
    pub email: Option<String>,
    /// `SubmissionAnswers` as JSON, exactly as typed.
    #[sea_orm(column_type = "Text")]
    pub answers: String,
    /// The address the resume link was last sent to, so it is sent again only when it changes.
    pub resume_link_sent_to: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::submission_consent::Entity")]
    Consent,
}

impl Related<super::submission_consent::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Consent.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
