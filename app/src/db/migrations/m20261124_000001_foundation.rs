//! The call settings, the email outbox, staff accounts, workshops and published practices.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CallSettings::Table)
                    .if_not_exists()
                    .col(integer(CallSettings::Id).primary_key())
                    .col(string(CallSettings::Title))
                    .col(text(CallSettings::Introduction))
                    .col(timestamp_with_time_zone(CallSettings::OpensAt))
                    .col(timestamp_with_time_zone(CallSettings::ClosesAt))
                    .col(integer(CallSettings::SelectionLimit))
                    .col(timestamp_with_time_zone(CallSettings::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OutboxEmail::Table)
                    .if_not_exists()
                    .col(big_pk_auto(OutboxEmail::Id))
                    .col(string(OutboxEmail::ToAddress))
                    .col(string(OutboxEmail::Subject))
                    .col(text(OutboxEmail::BodyText))
                    .col(text_null(OutboxEmail::BodyHtml))
                    .col(string_len(OutboxEmail::Status, 16))
                    .col(integer(OutboxEmail::Attempts).default(0))
                    .col(timestamp_with_time_zone(OutboxEmail::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(OutboxEmail::ClaimedUntil))
                    .col(text_null(OutboxEmail::LastError))
                    .col(timestamp_with_time_zone(OutboxEmail::CreatedAt))
                    .col(timestamp_with_time_zone_null(OutboxEmail::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_email_due")
                    .table(OutboxEmail::Table)
                    .col(OutboxEmail::Status)
                    .col(OutboxEmail::NextAttemptAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffUser::Table)
                    .if_not_exists()
                    .col(pk_auto(StaffUser::Id))
                    .col(string_uniq(StaffUser::Email))
                    .col(string(StaffUser::DisplayName))
                    .col(string_len(StaffUser::Role, 16))
                    .col(string_null(StaffUser::PasswordHash))
                    .col(boolean(StaffUser::Active))
                    .col(timestamp_with_time_zone(StaffUser::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Workshop::Table)
                    .if_not_exists()
                    .col(pk_auto(Workshop::Id))
                    .col(string_uniq(Workshop::Slug))
                    .col(string(Workshop::Title))
                    .col(string(Workshop::Theme))
                    .col(text(Workshop::Description))
                    .col(timestamp_with_time_zone(Workshop::StartsAt))
                    .col(integer(Workshop::DurationMinutes))
                    .col(integer(Workshop::Capacity))
                    .col(string_null(Workshop::MeetingUrl))
                    .col(timestamp_with_time_zone(Workshop::RegistrationOpensAt))
                    .col(timestamp_with_time_zone(Workshop::RegistrationClosesAt))
                    .col(string_len(Workshop::Status, 16))
                    .col(timestamp_with_time_zone(Workshop::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Practice::Table)
                    .if_not_exists()
                    .col(pk_auto(Practice::Id))
                    .col(string_uniq(Practice::Slug))
                    .col(string(Practice::Title))
                    .col(text(Practice::Summary))
                    .col(text(Practice::BodyMarkdown))
                    .col(string_len(Practice::CountryCode, 2))
                    .col(string(Practice::CityRegion))
                    .col(string(Practice::Organisation))
                    .col(string(Practice::Themes))
                    .col(text(Practice::WhySelected))
                    .col(boolean(Practice::Featured))
                    .col(timestamp_with_time_zone_null(Practice::PublishedAt))
                    .col(timestamp_with_time_zone(Practice::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Practice::Table.into_iden(),
            Workshop::Table.into_iden(),
            StaffUser::Table.into_iden(),
            OutboxEmail::Table.into_iden(),
            CallSettings::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum CallSettings {
    Table,
    Id,
    Title,
    Introduction,
    OpensAt,
    ClosesAt,
    SelectionLimit,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OutboxEmail {
    Table,
    Id,
    ToAddress,
    Subject,
    BodyText,
    BodyHtml,
    Status,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
    Email,
    DisplayName,
    Role,
    PasswordHash,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Workshop {
    Table,
    Id,
    Slug,
    Title,
    Theme,
    Description,
    StartsAt,
    DurationMinutes,
    Capacity,
    MeetingUrl,
    RegistrationOpensAt,
    RegistrationClosesAt,
    Status,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Practice {
    Table,
    Id,
    Slug,
    Title,
    Summary,
    BodyMarkdown,
    CountryCode,
    CityRegion,
    Organisation,
    Themes,
    WhySelected,
    Featured,
    PublishedAt,
    CreatedAt,
}
