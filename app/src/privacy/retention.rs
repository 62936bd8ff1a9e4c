//! The retention job: drafts never sent go some days after their last save, and once the call
//! has been closed for some months, every submission it did not select goes too, with its
//! files and emails. Each sweep that deletes any leaves one audit entry, with counts only.
//! Delivered emails go some days after they were written, and secret links once unused for
//! their lifetime (they open nothing by then).

use chrono::{DateTime, Months, TimeDelta, Utc};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
};

use super::RetentionPolicy;
use crate::db::entities::{outbox_email, submission, submission_access};
use crate::submission::db::status;
use crate::submission::uploads::storage::UploadStore;

/// What one sweep deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    pub drafts: u64,
    pub submissions: u64,
    pub files: u64,
    /// Emails delivered (or refused for good) longer ago than the policy keeps them.
    pub emails: u64,
    /// Secret links unused for their lifetime.
    pub links: u64,
}

/// When the call's submissions that were not selected are due to go.
pub fn submissions_due(policy: RetentionPolicy, closes_at: DateTime<Utc>) -> DateTime<Utc> {
    closes_at
        .checked_add_months(Months::new(policy.months_after_close))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// Deletes what `policy` no longer lets the site keep at `now`.
pub async fn sweep(
    db: &DatabaseConnection,
    uploads: &UploadStore,
    policy: RetentionPolicy,
    now: DateTime<Utc>,
) -> Result<Swept, DbErr> {
    let settings = crate::call::db::load(db).await?;
    let txn = crate::db::begin_writing(db).await?;
    let stale_drafts: Vec<i32> = submission::Entity::find()
        .filter(submission::Column::Status.eq(status::DRAFT))
        .filter(
            submission::Column::UpdatedAt.lt(now - TimeDelta::days(i64::from(policy.draft_days))),
        )
        .select_only()
        .column(submission::Column::Id)
        .into_tuple()
        .all(&txn)
        .await?;
    let not_selected: Vec<i32> = if now >= submissions_due(policy, settings.closes_at) {
        super::db::erasable_submissions()
            .filter(submission::Column::Id.is_not_in(stale_drafts.iter().copied()))
            .select_only()
            .column(submission::Column::Id)
            .into_tuple()
            .all(&txn)
            .await?
    } else {
        Vec::new()
    };
    let every: Vec<i32> = stale_drafts.iter().chain(&not_selected).copied().collect();
    let files = super::db::delete_submissions(&txn, &every).await?;
    let swept = Swept {
        drafts: stale_drafts.len() as u64,
        submissions: not_selected.len() as u64,
        files: files.len() as u64,
        emails: delete_delivered_emails(&txn, now - TimeDelta::days(policy.sent_email_days.into()))
            .await?,
        links: delete_unused_links(&txn, now - policy.link_lifetime()).await?,
    };
    if !every.is_empty() {
        crate::audit::db::write_job(
            &txn,
            "Retention job",
            "privacy",
            format!(
                "Deleted {} drafts not sent for {} days and {} submissions not selected, {} months \
                 after the call closed ({} files)",
                swept.drafts,
                policy.draft_days,
                swept.submissions,
                policy.months_after_close,
                swept.files
            ),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    super::db::delete_files(uploads, &files).await;
    if !every.is_empty() {
        crate::db::compact_log(db).await;
    }
    Ok(swept)
}

/// Deletes the emails delivered, logged or refused for good that were written before `cutoff`.
async fn delete_delivered_emails(
    txn: &sea_orm::DatabaseTransaction,
    cutoff: DateTime<Utc>,
) -> Result<u64, DbErr> {
    use crate::outbox::status;
    Ok(outbox_email::Entity::delete_many()
        .filter(outbox_email::Column::Status.is_in([status::SENT, status::LOGGED, status::FAILED]))
        .filter(outbox_email::Column::CreatedAt.lt(cutoff))
        .exec(txn)
        .await?
        .rows_affected)
}

/// Deletes the secret links (and draft cookies) last used, or made and never used, before
/// `cutoff`.
async fn delete_unused_links(
    txn: &sea_orm::DatabaseTransaction,
    cutoff: DateTime<Utc>,
) -> Result<u64, DbErr> {
    use submission_access::Column;
    Ok(submission_access::Entity::delete_many()
        .filter(
            Condition::any().add(Column::LastUsedAt.lt(cutoff)).add(
                Condition::all()
                    .add(Column::LastUsedAt.is_null())
                    .add(Column::CreatedAt.lt(cutoff)),
            ),
        )
        .exec(txn)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn submissions_go_the_chosen_months_after_the_close() {
        let policy = RetentionPolicy {
            draft_days: 90,
            months_after_close: 12,
            link_days: 90,
            sent_email_days: 30,
        };
        let closes = DateTime::parse_from_rfc3339("2027-03-31T21:59:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            submissions_due(policy, closes).to_rfc3339(),
            "2028-03-31T21:59:00+00:00"
        );
        let months = RetentionPolicy {
            months_after_close: 11,
            ..policy
        };
        // February has no 31st: the last day of the month instead.
        assert_eq!(
            submissions_due(months, closes).to_rfc3339(),
            "2028-02-29T21:59:00+00:00"
        );
    }
}
