//! A signed-in staff member's session. The browser holds the secret; the database its hash.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_session")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// SHA-256 of the secret in the session cookie.
    #[sea_orm(unique)]
    pub token_hash: String,
    pub staff_user_id: i32,
    /// Sessions end at most a fixed time after this (the absolute timeout).
    pub created_at: DateTimeUtc,
    /// ...and after a quiet spell since this (the idle timeout).
    pub last_seen_at: DateTimeUtc,
    /// The password was right, and the second factor's code is still to come: such a session
    /// opens nothing but the code page.
    pub awaiting_code: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::staff_user::Entity",
        from = "Column::StaffUserId",
        to = "super::staff_user::Column::Id",
        on_delete = "Cascade"
    )]
    StaffUser,
}

impl Related<super::staff_user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::StaffUser.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
