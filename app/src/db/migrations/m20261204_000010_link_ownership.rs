//! Secret links that belong to someone: each emailed link remembers the address it went to (and
//! stops working when the applicant's address changes), each link remembers when it was last
//! used (unused links expire), and a browser's draft cookie is a secret of its own instead of a
//! copy of an emailed link. And the site's own key, which every instance shares, for signing
//! what the server writes into an address.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_null(SubmissionAccess::SentTo),
            timestamp_with_time_zone_null(SubmissionAccess::LastUsedAt),
        ] {
            // SQLite adds one column per statement.
            manager
                .alter_table(
                    Table::alter()
                        .table(SubmissionAccess::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        // The links already out went to the address the submission holds now.
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE submission_access SET sent_to = \
                 (SELECT email FROM submission WHERE submission.id = submission_access.submission_id)",
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SiteKey::Table)
                    .if_not_exists()
                    .col(integer(SiteKey::Id).primary_key())
                    .col(string(SiteKey::KeyHex))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SiteKey::Table).to_owned())
            .await?;
        for column in [SubmissionAccess::SentTo, SubmissionAccess::LastUsedAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(SubmissionAccess::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum SubmissionAccess {
    Table,
    SentTo,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum SiteKey {
    Table,
    Id,
    KeyHex,
}
