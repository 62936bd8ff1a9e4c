//! Publishing: a practice remembers the submission it was made from, carries links, an
//! organisation type, a lower-cased search text, and the chosen images and documents with their
//! public credits.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let additions = [
            integer_null(Practice::SubmissionId),
            text(Practice::Links).default("").to_owned(),
            string(Practice::OrganisationType).default("").to_owned(),
            timestamp_with_time_zone_null(Practice::UpdatedAt),
            text(Practice::SearchText).default("").to_owned(),
        ];
        // SQLite alters one column per statement.
        for mut column in additions {
            manager
                .alter_table(
                    Table::alter()
                        .table(Practice::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_practice_one_per_submission")
                    .table(Practice::Table)
                    .col(Practice::SubmissionId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PracticeFile::Table)
                    .if_not_exists()
                    .col(pk_auto(PracticeFile::Id))
                    .col(integer(PracticeFile::PracticeId))
                    .col(string(PracticeFile::Kind))
                    .col(string(PracticeFile::StoredName))
                    .col(string(PracticeFile::Title))
                    .col(string(PracticeFile::AltText))
                    .col(string(PracticeFile::Caption))
                    .col(string(PracticeFile::Credit))
                    .col(string(PracticeFile::Licence))
                    .col(boolean(PracticeFile::Shown))
                    .col(integer(PracticeFile::Position))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PracticeFile::Table, PracticeFile::PracticeId)
                            .to(Practice::Table, Practice::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PracticeFile::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_practice_one_per_submission")
                    .table(Practice::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Practice::SubmissionId,
            Practice::Links,
            Practice::OrganisationType,
            Practice::UpdatedAt,
            Practice::SearchText,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Practice::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Practice {
    Table,
    Id,
    SubmissionId,
    Links,
    OrganisationType,
    UpdatedAt,
    SearchText,
}

#[derive(DeriveIden)]
enum PracticeFile {
    Table,
    Id,
    PracticeId,
    Kind,
    StoredName,
    Title,
    AltText,
    Caption,
    Credit,
    Licence,
    Shown,
    Position,
}
