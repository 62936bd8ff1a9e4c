//! One attempt to sign in, kept for a while to slow and then refuse guessing, per account and
//! per network address. The password is never recorded.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sign_in_attempt")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// As typed, lower-cased, whether or not an account has it.
    pub email: String,
    /// The client's IP address.
    pub address: String,
    pub succeeded: bool,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
