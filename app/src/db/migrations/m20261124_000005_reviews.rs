//! Reviews: one score (or declared conflict of interest) per reviewer and submission, the
//! weights of the criteria, and on each submission its number of reviews, weighted average and
//! whether it was selected over the limit.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReviewScore::Table)
                    .if_not_exists()
                    .col(pk_auto(ReviewScore::Id))
                    .col(integer(ReviewScore::SubmissionId))
                    .col(integer(ReviewScore::StaffUserId))
                    .col(boolean(ReviewScore::Conflict))
                    .col(string_len_null(ReviewScore::Points, 16))
                    .col(text_null(ReviewScore::Comment))
                    .col(timestamp_with_time_zone(ReviewScore::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReviewScore::Table, ReviewScore::SubmissionId)
                            .to(Submission::Table, Submission::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReviewScore::Table, ReviewScore::StaffUserId)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_review_score_one_per_reviewer")
                    .table(ReviewScore::Table)
                    .col(ReviewScore::SubmissionId)
                    .col(ReviewScore::StaffUserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        let additions = [
            (
                Submission::Table.into_iden(),
                integer(Submission::ReviewCount).default(0).to_owned(),
            ),
            (
                Submission::Table.into_iden(),
                double_null(Submission::AverageScore),
            ),
            (
                Submission::Table.into_iden(),
                boolean(Submission::OverLimit).default(false).to_owned(),
            ),
            (
                CallSettings::Table.into_iden(),
                string(CallSettings::ScoreWeights)
                    .default("1,1,1,1,1")
                    .to_owned(),
            ),
        ];
        // SQLite alters one column per statement.
        for (table, mut column) in additions {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (
                Submission::Table.into_iden(),
                Submission::ReviewCount.into_iden(),
            ),
            (
                Submission::Table.into_iden(),
                Submission::AverageScore.into_iden(),
            ),
            (
                Submission::Table.into_iden(),
                Submission::OverLimit.into_iden(),
            ),
            (
                CallSettings::Table.into_iden(),
                CallSettings::ScoreWeights.into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table(ReviewScore::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ReviewScore {
    Table,
    Id,
    SubmissionId,
    StaffUserId,
    Conflict,
    Points,
    Comment,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Submission {
    Table,
    Id,
    ReviewCount,
    AverageScore,
    OverLimit,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CallSettings {
    Table,
    ScoreWeights,
}
