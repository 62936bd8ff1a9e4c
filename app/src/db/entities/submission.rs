//! A submission: a draft while it is being filled in, then the answer sent to the call.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "submission")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// See `submission::db::status`.
    pub status: String,
    /// `EHH-2026-0042`, set when submitted.
    #[sea_orm(unique)]
    pub reference: Option<String>,
    /// The applicant's address in lower case, for "email me my link again".
    pub email: Option<String>,
    /// `SubmissionAnswers` as JSON, exactly as typed: the working copy.
    #[sea_orm(column_type = "Text")]
    pub answers: String,
    /// The answers as last sent: what reviewers read, while the applicant may be changing the
    /// working copy until the call closes.
    #[sea_orm(column_type = "Text", nullable)]
    pub submitted_answers: Option<String>,
    /// The address the resume link was last sent to, so it is sent again only when it changes.
    pub resume_link_sent_to: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
    pub withdrawn_at: Option<DateTimeUtc>,
    // The review index: copied from the answer as sent, for filtering, search and sorting.
    pub title: Option<String>,
    pub organisation_name: Option<String>,
    /// ISO 3166 code.
    pub country: Option<String>,
    /// An `OrganisationType` slug.
    pub organisation_type: Option<String>,
    /// `Theme::join` of the themes ticked.
    pub themes: Option<String>,
    pub hosts_visit: Option<bool>,
    /// Title, summary, description, organisation, place and reference, lower-cased.
    #[sea_orm(column_type = "Text", nullable)]
    pub search_text: Option<String>,
    /// Scores given (conflicts of interest not counted), kept with each score.
    pub review_count: i32,
    /// The mean of the weighted scores, 1 to 5.
    #[sea_orm(column_type = "Double", nullable)]
    pub average_score: Option<f64>,
    /// Selected although the call's limit was already reached, by an admin's explicit choice.
    pub over_limit: bool,
    /// The language of the pages it was made on (`en`, `fr`, ...): its emails are in it.
    pub lang: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::submission_consent::Entity")]
    Consent,
    #[sea_orm(has_many = "super::submission_access::Entity")]
    Access,
    #[sea_orm(has_many = "super::submission_file::Entity")]
    File,
}

impl Related<super::submission_consent::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Consent.def()
    }
}

impl Related<super::submission_access::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Access.def()
    }
}

impl Related<super::submission_file::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::File.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
