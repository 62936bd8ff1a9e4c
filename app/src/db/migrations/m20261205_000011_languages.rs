//! The language a person used: a draft and a sent practice, a workshop registration and a visit
//! application remember the language of the pages they were made on, and every later email to
//! that person is written in it. What is already stored was made in English.
//!
//! A published practice remembers the language its texts are written in, which its page marks.
//! Staff write the public texts per language (`translated_text`), and a consent records the
//! language and the version of the privacy notice it was given to.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Language {
    Lang,
}

#[derive(DeriveIden)]
enum Practice {
    Table,
    ContentLang,
}

#[derive(DeriveIden)]
enum TranslatedText {
    Table,
    Subject,
    Lang,
    Text,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SubmissionConsent {
    Table,
    Lang,
    NoticeVersion,
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
        manager
            .alter_table(
                Table::alter()
                    .table(Practice::Table)
                    .add_column(string_len(Practice::ContentLang, 8).default("en"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TranslatedText::Table)
                    .if_not_exists()
                    .col(string_len(TranslatedText::Subject, 120))
                    .col(string_len(TranslatedText::Lang, 8))
                    .col(text(TranslatedText::Text))
                    .col(timestamp_with_time_zone(TranslatedText::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(TranslatedText::Subject)
                            .col(TranslatedText::Lang),
                    )
                    .to_owned(),
            )
            .await?;
        // One column per statement: SQLite adds one at a time.
        for column in [
            string_len(SubmissionConsent::Lang, 8)
                .default("en")
                .to_owned(),
            string_len(SubmissionConsent::NoticeVersion, 40)
                .default("built-in")
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(SubmissionConsent::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [SubmissionConsent::Lang, SubmissionConsent::NoticeVersion] {
            manager
                .alter_table(
                    Table::alter()
                        .table(SubmissionConsent::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(TranslatedText::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Practice::Table)
                    .drop_column(Practice::ContentLang)
                    .to_owned(),
            )
            .await?;
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
