//! Staff accounts (admins and reviewers). The password hash never leaves the server.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_user")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    /// `admin` or `reviewer`.
    pub role: String,
    pub password_hash: Option<String>,
    pub active: bool,
    /// The SHA-256 of the one-time link that lets an invited member set their password.
    pub invitation_hash: Option<String>,
    pub invitation_expires_at: Option<DateTimeUtc>,
    /// Base32; set when the member turned on two-step sign-in.
    pub totp_secret: Option<String>,
    /// The time step of the last code accepted, so no code is accepted twice.
    pub totp_last_step: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
