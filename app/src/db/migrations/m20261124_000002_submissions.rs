//! Submissions (drafts and sent answers), the secret links that open them, their uploaded files,
//! the consents given with them, and the counter that numbers them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Submission::Table)
                    .if_not_exists()
                    .col(pk_auto(Submission::Id))
                    .col(string_len(Submission::Status, 16))
                    .col(string_len_null(Submission::Reference, 16).unique_key())
                    .col(string_null(Submission::Email))
                    .col(text(Submission::Answers))
                    .col(text_null(Submission::SubmittedAnswers))
                    .col(string_null(Submission::ResumeLinkSentTo))
                    .col(timestamp_with_time_zone(Submission::CreatedAt))
                    .col(timestamp_with_time_zone(Submission::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Submission::SubmittedAt))
                    .col(timestamp_with_time_zone_null(Submission::WithdrawnAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_submission_email")
                    .table(Submission::Table)
                    .col(Submission::Email)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SubmissionAccess::Table)
                    .if_not_exists()
                    .col(pk_auto(SubmissionAccess::Id))
                    .col(integer(SubmissionAccess::SubmissionId))
                    .col(string_len_uniq(SubmissionAccess::TokenHash, 64))
                    .col(string_len(SubmissionAccess::Purpose, 16))
                    .col(timestamp_with_time_zone(SubmissionAccess::CreatedAt))
                    .foreign_key(&mut belongs_to_submission(
                        SubmissionAccess::Table,
                        SubmissionAccess::SubmissionId,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SubmissionFile::Table)
                    .if_not_exists()
                    .col(pk_auto(SubmissionFile::Id))
                    .col(integer(SubmissionFile::SubmissionId))
                    .col(string_len(SubmissionFile::Kind, 16))
                    .col(string_len_uniq(SubmissionFile::StoredName, 64))
                    .col(string_len(SubmissionFile::OriginalName, 255))
                    .col(string_len(SubmissionFile::ContentType, 64))
                    .col(big_integer(SubmissionFile::ByteSize))
                    .col(integer_null(SubmissionFile::Width))
                    .col(integer_null(SubmissionFile::Height))
                    .col(timestamp_with_time_zone(SubmissionFile::CreatedAt))
                    .foreign_key(&mut belongs_to_submission(
                        SubmissionFile::Table,
                        SubmissionFile::SubmissionId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_submission_file_submission")
                    .table(SubmissionFile::Table)
                    .col(SubmissionFile::SubmissionId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SubmissionConsent::Table)
                    .if_not_exists()
                    .col(pk_auto(SubmissionConsent::Id))
                    .col(integer(SubmissionConsent::SubmissionId))
                    .col(string_len(SubmissionConsent::Consent, 32))
                    .col(string_len(SubmissionConsent::TextVersion, 32))
                    .col(timestamp_with_time_zone(SubmissionConsent::GivenAt))
                    .foreign_key(&mut belongs_to_submission(
                        SubmissionConsent::Table,
                        SubmissionConsent::SubmissionId,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ReferenceCounter::Table)
                    .if_not_exists()
                    .col(integer(ReferenceCounter::Year).primary_key())
                    .col(integer(ReferenceCounter::LastNumber))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ReferenceCounter::Table.into_iden(),
            SubmissionConsent::Table.into_iden(),
            SubmissionFile::Table.into_iden(),
            SubmissionAccess::Table.into_iden(),
            Submission::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// A row that goes when its submission goes.
fn belongs_to_submission(table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Submission::Table, Submission::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[derive(DeriveIden)]
enum Submission {
    Table,
    Id,
    Status,
    Reference,
    Email,
    Answers,
    SubmittedAnswers,
    ResumeLinkSentTo,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
    WithdrawnAt,
}

#[derive(DeriveIden)]
enum SubmissionAccess {
    Table,
    Id,
    SubmissionId,
    TokenHash,
    Purpose,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SubmissionFile {
    Table,
    Id,
    SubmissionId,
    Kind,
    StoredName,
    OriginalName,
    ContentType,
    ByteSize,
    Width,
    Height,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SubmissionConsent {
    Table,
    Id,
    SubmissionId,
    Consent,
    TextVersion,
    GivenAt,
}

#[derive(DeriveIden)]
enum ReferenceCounter {
    Table,
    Year,
    LastNumber,
}
