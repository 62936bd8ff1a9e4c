//! What workshops and visits need beyond sign-ups: attachments on emails (a confirmation's
//! `.ics`), the reminder's once-only mark, the zone a workshop is planned in, peer-learning visits with their applications, and
//! the further `/manage/` links that later emails carry.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_null(OutboxEmail::AttachmentName),
            string_null(OutboxEmail::AttachmentContentType),
            text_null(OutboxEmail::AttachmentBody),
        ] {
            // SQLite adds one column per statement.
            manager
                .alter_table(
                    Table::alter()
                        .table(OutboxEmail::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(WorkshopRegistration::Table)
                    .add_column(timestamp_with_time_zone_null(
                        WorkshopRegistration::RemindedAt,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Workshop::Table)
                    .add_column(string(Workshop::TimeZone).default("Europe/Brussels"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Visit::Table)
                    .if_not_exists()
                    .col(pk_auto(Visit::Id))
                    .col(string(Visit::Slug).unique_key())
                    .col(string(Visit::Title))
                    .col(string(Visit::HostPlace))
                    .col(string(Visit::Country))
                    .col(integer_null(Visit::PracticeId))
                    .col(date(Visit::StartsOn))
                    .col(date(Visit::EndsOn))
                    .col(text(Visit::Programme))
                    .col(integer(Visit::DelegationSize).default(20))
                    .col(timestamp_with_time_zone(Visit::ApplicationsCloseAt))
                    .col(string(Visit::Status))
                    .col(timestamp_with_time_zone(Visit::CreatedAt))
                    .col(big_integer(Visit::SeatChanges).default(0))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Visit::Table, Visit::PracticeId)
                            .to(Practice::Table, Practice::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VisitApplication::Table)
                    .if_not_exists()
                    .col(pk_auto(VisitApplication::Id))
                    .col(integer(VisitApplication::VisitId))
                    .col(string(VisitApplication::Name))
                    .col(string(VisitApplication::Email))
                    .col(string(VisitApplication::Organisation))
                    .col(string(VisitApplication::OrganisationType))
                    .col(string(VisitApplication::Country))
                    .col(string(VisitApplication::Role))
                    .col(text(VisitApplication::Motivation))
                    .col(text(VisitApplication::AccessibilityNeeds))
                    .col(string(VisitApplication::ConsentVersion))
                    .col(string(VisitApplication::Status))
                    .col(string(VisitApplication::TokenHash).unique_key())
                    .col(timestamp_with_time_zone(VisitApplication::CreatedAt))
                    .col(timestamp_with_time_zone_null(VisitApplication::DecidedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(VisitApplication::Table, VisitApplication::VisitId)
                            .to(Visit::Table, Visit::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One live application per address and visit, as for workshops.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX idx_visit_application_live_email \
                 ON visit_application (visit_id, email) WHERE status <> 'withdrawn'",
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ManageLink::Table)
                    .if_not_exists()
                    .col(pk_auto(ManageLink::Id))
                    .col(string(ManageLink::TokenHash).unique_key())
                    .col(integer_null(ManageLink::WorkshopRegistrationId))
                    .col(integer_null(ManageLink::VisitApplicationId))
                    .col(timestamp_with_time_zone(ManageLink::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ManageLink::Table, ManageLink::WorkshopRegistrationId)
                            .to(WorkshopRegistration::Table, WorkshopRegistration::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ManageLink::Table, ManageLink::VisitApplicationId)
                            .to(VisitApplication::Table, VisitApplication::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ManageLink::Table.into_iden(),
            VisitApplication::Table.into_iden(),
            Visit::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(WorkshopRegistration::Table)
                    .drop_column(WorkshopRegistration::RemindedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Workshop::Table)
                    .drop_column(Workshop::TimeZone)
                    .to_owned(),
            )
            .await?;
        for column in [
            OutboxEmail::AttachmentName,
            OutboxEmail::AttachmentContentType,
            OutboxEmail::AttachmentBody,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(OutboxEmail::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum OutboxEmail {
    Table,
    AttachmentName,
    AttachmentContentType,
    AttachmentBody,
}

#[derive(DeriveIden)]
enum WorkshopRegistration {
    Table,
    Id,
    RemindedAt,
}

#[derive(DeriveIden)]
enum Workshop {
    Table,
    TimeZone,
}

#[derive(DeriveIden)]
enum Practice {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Visit {
    Table,
    Id,
    Slug,
    Title,
    HostPlace,
    Country,
    PracticeId,
    StartsOn,
    EndsOn,
    Programme,
    DelegationSize,
    ApplicationsCloseAt,
    Status,
    CreatedAt,
    SeatChanges,
}

#[derive(DeriveIden)]
enum VisitApplication {
    Table,
    Id,
    VisitId,
    Name,
    Email,
    Organisation,
    OrganisationType,
    Country,
    Role,
    Motivation,
    AccessibilityNeeds,
    ConsentVersion,
    Status,
    TokenHash,
    CreatedAt,
    DecidedAt,
}

#[derive(DeriveIden)]
enum ManageLink {
    Table,
    Id,
    TokenHash,
    WorkshopRegistrationId,
    VisitApplicationId,
    CreatedAt,
}
