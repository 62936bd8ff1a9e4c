//! The staff workspace: the audit log, invitations, the optional second factor (TOTP), editable
//! email templates and site texts, the call's FAQ, and a topic on outbox emails so a decision's
//! email can be held and replaced.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEntry::Table)
                    .if_not_exists()
                    .col(pk_auto(AuditEntry::Id))
                    .col(timestamp_with_time_zone(AuditEntry::At))
                    // No foreign key: the log outlives the accounts it names.
                    .col(integer_null(AuditEntry::ActorId))
                    .col(string(AuditEntry::Actor))
                    .col(string(AuditEntry::Subject))
                    .col(text(AuditEntry::Summary))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_entry_subject")
                    .table(AuditEntry::Table)
                    .col(AuditEntry::Subject)
                    .to_owned(),
            )
            .await?;
        for (table, key, value) in [
            (
                EmailTemplate::Table.into_iden(),
                EmailTemplate::Kind.into_iden(),
                EmailTemplate::Subject.into_iden(),
            ),
            (
                SiteText::Table.into_iden(),
                SiteText::Key.into_iden(),
                SiteText::Title.into_iden(),
            ),
        ] {
            manager
                .create_table(
                    Table::create()
                        .table(table)
                        .if_not_exists()
                        .col(string(key).primary_key())
                        .col(string(value))
                        .col(text(Alias::new("body")))
                        .col(timestamp_with_time_zone(Alias::new("updated_at")))
                        .to_owned(),
                )
                .await?;
        }
        let additions = [
            (
                StaffUser::Table.into_iden(),
                string_len_null(StaffUser::InvitationHash, 64),
            ),
            (
                StaffUser::Table.into_iden(),
                timestamp_with_time_zone_null(StaffUser::InvitationExpiresAt),
            ),
            (
                StaffUser::Table.into_iden(),
                string_len_null(StaffUser::TotpSecret, 64),
            ),
            (
                StaffUser::Table.into_iden(),
                big_integer_null(StaffUser::TotpLastStep),
            ),
            (
                StaffSession::Table.into_iden(),
                boolean(StaffSession::AwaitingCode)
                    .default(false)
                    .to_owned(),
            ),
            (
                CallSettings::Table.into_iden(),
                text(CallSettings::Faq).default("").to_owned(),
            ),
            (
                OutboxEmail::Table.into_iden(),
                string_null(OutboxEmail::Topic),
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
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_email_topic")
                    .table(OutboxEmail::Table)
                    .col(OutboxEmail::Topic)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_outbox_email_topic")
                    .table(OutboxEmail::Table)
                    .to_owned(),
            )
            .await?;
        for (table, column) in [
            (
                StaffUser::Table.into_iden(),
                StaffUser::InvitationHash.into_iden(),
            ),
            (
                StaffUser::Table.into_iden(),
                StaffUser::InvitationExpiresAt.into_iden(),
            ),
            (
                CallSettings::Table.into_iden(),
                CallSettings::Faq.into_iden(),
            ),
            (
                OutboxEmail::Table.into_iden(),
                OutboxEmail::Topic.into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        for table in [
            AuditEntry::Table.into_iden(),
            EmailTemplate::Table.into_iden(),
            SiteText::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum AuditEntry {
    Table,
    Id,
    At,
    ActorId,
    Actor,
    Subject,
    Summary,
}

#[derive(DeriveIden)]
enum EmailTemplate {
    Table,
    Kind,
    Subject,
}

#[derive(DeriveIden)]
enum SiteText {
    Table,
    Key,
    Title,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    InvitationHash,
    InvitationExpiresAt,
    TotpSecret,
    TotpLastStep,
}

#[derive(DeriveIden)]
enum StaffSession {
    Table,
    AwaitingCode,
}

#[derive(DeriveIden)]
enum CallSettings {
    Table,
    Faq,
}

#[derive(DeriveIden)]
enum OutboxEmail {
    Table,
    Topic,
}
