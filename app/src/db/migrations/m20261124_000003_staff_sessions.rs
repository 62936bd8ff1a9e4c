//! Staff sign-in: sessions kept in the database (so every server instance knows them) and the
//! record of sign-in attempts that slows and then refuses guessing.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StaffSession::Table)
                    .if_not_exists()
                    .col(pk_auto(StaffSession::Id))
                    .col(string_len_uniq(StaffSession::TokenHash, 64))
                    .col(integer(StaffSession::StaffUserId))
                    .col(timestamp_with_time_zone(StaffSession::CreatedAt))
                    .col(timestamp_with_time_zone(StaffSession::LastSeenAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffSession::Table, StaffSession::StaffUserId)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SignInAttempt::Table)
                    .if_not_exists()
                    .col(pk_auto(SignInAttempt::Id))
                    .col(string(SignInAttempt::Email))
                    .col(string_len(SignInAttempt::Address, 64))
                    .col(boolean(SignInAttempt::Succeeded))
                    .col(timestamp_with_time_zone(SignInAttempt::At))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_sign_in_attempt_email", SignInAttempt::Email),
            ("idx_sign_in_attempt_address", SignInAttempt::Address),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(SignInAttempt::Table)
                        .col(column)
                        .col(SignInAttempt::At)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SignInAttempt::Table.into_iden(),
            StaffSession::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum StaffSession {
    Table,
    Id,
    TokenHash,
    StaffUserId,
    CreatedAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum SignInAttempt {
    Table,
    Id,
    Email,
    Address,
    Succeeded,
    At,
}
