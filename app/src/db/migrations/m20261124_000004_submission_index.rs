//! What staff filter, search and sort sent submissions by, copied out of the JSON answer when it
//! is sent (and when changes are sent), so that both databases can index and compare it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        for column in [
            string_null(Submission::Title),
            string_null(Submission::OrganisationName),
            string_len_null(Submission::Country, 2),
            string_len_null(Submission::OrganisationType, 32),
            string_len_null(Submission::Themes, 64),
            boolean_null(Submission::HostsVisit),
            text_null(Submission::SearchText),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Submission::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Submission::Title,
            Submission::OrganisationName,
            Submission::Country,
            Submission::OrganisationType,
            Submission::Themes,
            Submission::HostsVisit,
            Submission::SearchText,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Submission::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Submission {
    Table,
    Title,
    OrganisationName,
    Country,
    OrganisationType,
    Themes,
    HostsVisit,
    SearchText,
}
