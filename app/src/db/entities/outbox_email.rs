//! The durable email outbox: every email is a row first, and is sent from here.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_email")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub body_text: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub body_html: Option<String>,
    /// `held` (waits for an admin's release), `queued`, `sending`, `sent`, `logged` (no SMTP configured) or `failed` (refused for good).
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    /// While `sending`, the claim expires at this time so a crashed sender's emails are retried.
    pub claimed_until: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    /// What the email is about, such as `decision:42`: a held decision email is replaced, not
    /// doubled, when the decision changes before release.
    pub topic: Option<String>,
    /// One text attachment, such as a confirmation's `calendar.ics`.
    pub attachment_name: Option<String>,
    pub attachment_content_type: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub attachment_body: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
