//! The language a person used: a draft and a sent practice, a workshop registration and a visit
//! application remember the language of the pages they were made on, and every later email to
//! that person is written in it. What is already stored was made in English.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Language {
    Lang,
}

fn tables() -> [DynIden; 3] {
    [
        Alias::new("submission").into_iden(),
        Alias::new("workshop_registration").into_iden(),
        Alias::new("visit_application").into_iden(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in tables() {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(string_len(Language::Lang, 8).default("en"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in tables() {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .drop_column(Language::Lang)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
