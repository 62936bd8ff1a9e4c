//! Schema migrations, applied in order at every start.

use sea_orm_migration::prelude::*;

mod m20261124_000001_foundation;
mod m20261124_000002_submissions;
mod m20261124_000003_staff_sessions;
mod m20261124_000004_submission_index;
mod m20261124_000005_reviews;
mod m20261125_000006_staff_workspace;
mod m20261125_000007_publishing;
mod m20261125_000008_workshop_registrations;
mod m20261125_000009_attendance;
mod m20261204_000010_link_ownership;
mod m20261205_000011_languages;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261124_000001_foundation::Migration),
            Box::new(m20261124_000002_submissions::Migration),
            Box::new(m20261124_000003_staff_sessions::Migration),
            Box::new(m20261124_000004_submission_index::Migration),
            Box::new(m20261124_000005_reviews::Migration),
            Box::new(m20261125_000006_staff_workspace::Migration),
            Box::new(m20261125_000007_publishing::Migration),
            Box::new(m20261125_000008_workshop_registrations::Migration),
            Box::new(m20261125_000009_attendance::Migration),
            Box::new(m20261204_000010_link_ownership::Migration),
            Box::new(m20261205_000011_languages::Migration),
        ]
    }
}
