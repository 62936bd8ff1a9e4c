//! Workshop registrations: who signed up, confirmed or waiting, and the counter whose update
//! serialises every change to one workshop's seats.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Workshop::Table)
                    .add_column(big_integer(Workshop::SeatChanges).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WorkshopRegistration::Table)
                    .if_not_exists()
                    .col(pk_auto(WorkshopRegistration::Id))
                    .col(integer(WorkshopRegistration::WorkshopId))
                    .col(string(WorkshopRegistration::Name))
                    .col(string(WorkshopRegistration::Email))
                    .col(string(WorkshopRegistration::Organisation))
                    .col(string(WorkshopRegistration::OrganisationType))
                    .col(string(WorkshopRegistration::Country))
                    .col(string(WorkshopRegistration::Role))
                    .col(text(WorkshopRegistration::AccessibilityNeeds))
                    .col(string(WorkshopRegistration::ConsentVersion))
                    .col(string(WorkshopRegistration::Status))
                    .col(string(WorkshopRegistration::TokenHash).unique_key())
                    .col(timestamp_with_time_zone(WorkshopRegistration::CreatedAt))
                    .col(timestamp_with_time_zone_null(
                        WorkshopRegistration::ConfirmedAt,
                    ))
                    .col(timestamp_with_time_zone_null(
                        WorkshopRegistration::CancelledAt,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                WorkshopRegistration::Table,
                                WorkshopRegistration::WorkshopId,
                            )
                            .to(Workshop::Table, Workshop::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One live registration per address and workshop; a cancelled one may sign up again.
        // Both databases know partial indexes; the schema builder does not, hence the SQL.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX idx_workshop_registration_live_email \
                 ON workshop_registration (workshop_id, email) WHERE status <> 'cancelled'",
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_workshop_registration_queue")
                    .table(WorkshopRegistration::Table)
                    .col(WorkshopRegistration::WorkshopId)
                    .col(WorkshopRegistration::Status)
                    .col(WorkshopRegistration::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(WorkshopRegistration::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Workshop::Table)
                    .drop_column(Workshop::SeatChanges)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Workshop {
    Table,
    Id,
    SeatChanges,
}

#[derive(DeriveIden)]
enum WorkshopRegistration {
    Table,
    Id,
    WorkshopId,
    Name,
    Email,
    Organisation,
    OrganisationType,
    Country,
    Role,
    AccessibilityNeeds,
    ConsentVersion,
    Status,
    TokenHash,
    CreatedAt,
    ConfirmedAt,
    CancelledAt,
}
