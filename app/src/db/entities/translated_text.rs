//! A public text staff wrote in a language other than English: the call's title, a page's
//! text, an email template's subject. English stays in each feature's own table; a missing row
//! means the page shows the English (or, while that is the built-in text, its built-in
//! translation).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translated_text")]
pub struct Model {
    /// What the text is, as `translations::Subject` names it: `call/title`, `text/privacy/body`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub subject: String,
    /// A language code other than `en`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub lang: String,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
