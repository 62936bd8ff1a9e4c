//! Finding, exporting and erasing what is held about one email address, and deleting
//! submissions for the retention job. Every table that can hold the address is named here, so
//! a new one has one place to be added.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait, QueryFilter,
    QuerySelect,
};
use serde_json::{Value, json};

use super::ErasureReport;
use crate::auth::StaffIdentity;
use crate::db::entities::{
    audit_entry, manage_link, outbox_email, practice, practice_file, review_score, sign_in_attempt,
    submission, submission_access, submission_consent, submission_file, visit, visit_application,
    workshop, workshop_registration,
};
use crate::email::Email;
use crate::review::status::ReviewStatus;
use crate::workshops::seats::{self, CancelledBy};

/// `lower(column) = address`, for the tables that keep an address as it was typed.
fn same_address<C: ColumnTrait>(column: C, address: &str) -> sea_orm::sea_query::SimpleExpr {
    Expr::expr(Func::lower(Expr::col(column))).eq(address.to_owned())
}

fn parsed(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or_else(|_| Value::String(json.to_owned()))
}

/// Everything held about `email`, as one JSON document.
pub async fn export(
    db: &DatabaseConnection,
    email: &Email,
    now: DateTime<Utc>,
) -> Result<Value, DbErr> {
    let address = email.as_str().to_lowercase();
    let mut submissions = Vec::new();
    for row in submission::Entity::find()
        .filter(submission::Column::Email.eq(&address))
        .all(db)
        .await?
    {
        let consents = submission_consent::Entity::find()
            .filter(submission_consent::Column::SubmissionId.eq(row.id))
            .all(db)
            .await?;
        let files = submission_file::Entity::find()
            .filter(submission_file::Column::SubmissionId.eq(row.id))
            .all(db)
            .await?;
        submissions.push(json!({
            "reference": row.reference,
            "status": row.status,
            "started_at": row.created_at,
            "last_saved_at": row.updated_at,
            "submitted_at": row.submitted_at,
            "withdrawn_at": row.withdrawn_at,
            "answers": parsed(&row.answers),
            "answers_as_sent": row.submitted_answers.as_deref().map(parsed),
            "consents": consents.iter().map(|consent| json!({
                "consent": consent.consent,
                "text_version": consent.text_version,
                "language": consent.lang,
                "privacy_notice_version": consent.notice_version,
                "given_at": consent.given_at,
            })).collect::<Vec<_>>(),
            "files": files.iter().map(|file| json!({
                "kind": file.kind,
                "name": file.original_name,
                "type": file.content_type,
                "bytes": file.byte_size,
                "uploaded_at": file.created_at,
            })).collect::<Vec<_>>(),
        }));
    }

    let mut registrations = Vec::new();
    for row in workshop_registration::Entity::find()
        .filter(same_address(workshop_registration::Column::Email, &address))
        .all(db)
        .await?
    {
        let workshop = workshop::Entity::find_by_id(row.workshop_id)
            .one(db)
            .await?;
        registrations.push(json!({
            "workshop": workshop.map(|workshop| workshop.title),
            "name": row.name,
            "email": row.email,
            "organisation": row.organisation,
            "organisation_type": row.organisation_type,
            "country": row.country,
            "role": row.role,
            "accessibility_needs": row.accessibility_needs,
            "consent_version": row.consent_version,
            "status": row.status,
            "signed_up_at": row.created_at,
            "confirmed_at": row.confirmed_at,
            "cancelled_at": row.cancelled_at,
            "reminded_at": row.reminded_at,
        }));
    }

    let mut applications = Vec::new();
    for row in visit_application::Entity::find()
        .filter(same_address(visit_application::Column::Email, &address))
        .all(db)
        .await?
    {
        let visit = visit::Entity::find_by_id(row.visit_id).one(db).await?;
        applications.push(json!({
            "visit": visit.map(|visit| format!("{}, {}", visit.title, visit.host_place)),
            "name": row.name,
            "email": row.email,
            "organisation": row.organisation,
            "organisation_type": row.organisation_type,
            "country": row.country,
            "role": row.role,
            "motivation": row.motivation,
            "accessibility_needs": row.accessibility_needs,
            "consent_version": row.consent_version,
            "status": row.status,
            "applied_at": row.created_at,
            "decided_at": row.decided_at,
        }));
    }

    let emails = outbox_email::Entity::find()
        .filter(same_address(outbox_email::Column::ToAddress, &address))
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            json!({
                "to": row.to_address,
                "subject": row.subject,
                "status": row.status,
                "queued_at": row.created_at,
                "sent_at": row.sent_at,
                "text": row.body_text,
                "attachment": row.attachment_name,
            })
        })
        .collect::<Vec<_>>();

    let sign_in_attempts = sign_in_attempt::Entity::find()
        .filter(sign_in_attempt::Column::Email.eq(&address))
        .all(db)
        .await?
        .into_iter()
        .map(|row| json!({ "at": row.at, "succeeded": row.succeeded, "from_address": row.address }))
        .collect::<Vec<_>>();

    Ok(json!({
        "email": address,
        "exported_at": now,
        "submissions": submissions,
        "workshop_registrations": registrations,
        "visit_applications": applications,
        "emails": emails,
        "sign_in_attempts": sign_in_attempts,
    }))
}

/// Deletes the rows of `E` whose `column` is one of `ids`; how many.
async fn delete_where<E: EntityTrait>(
    txn: &DatabaseTransaction,
    column: E::Column,
    ids: &[i32],
) -> Result<u64, DbErr> {
    Ok(E::delete_many()
        .filter(column.is_in(ids.iter().copied()))
        .exec(txn)
        .await?
        .rows_affected)
}

/// Deletes rows `ids` of `E` (registrations, applications) and the further `/manage/` links
/// that point at them through `link`; how many rows.
async fn delete_with_links<E: EntityTrait>(
    txn: &DatabaseTransaction,
    id: E::Column,
    link: manage_link::Column,
    ids: &[i32],
) -> Result<u64, DbErr> {
    delete_where::<manage_link::Entity>(txn, link, ids).await?;
    delete_where::<E>(txn, id, ids).await
}

/// Deletes submissions `ids` with their consents, links, scores, file records and emails,
/// inside the caller's transaction. Returns the stored names of the files to delete from disk once it
/// commits; a file a published practice shows is kept.
pub async fn delete_submissions(
    txn: &DatabaseTransaction,
    ids: &[i32],
) -> Result<Vec<String>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let shown: Vec<String> = practice_file::Entity::find()
        .select_only()
        .column(practice_file::Column::StoredName)
        .into_tuple()
        .all(txn)
        .await?;
    let files: Vec<String> = submission_file::Entity::find()
        .select_only()
        .column(submission_file::Column::StoredName)
        .filter(submission_file::Column::SubmissionId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(txn)
        .await?;
    delete_where::<submission_file::Entity>(txn, submission_file::Column::SubmissionId, ids)
        .await?;
    delete_where::<submission_consent::Entity>(txn, submission_consent::Column::SubmissionId, ids)
        .await?;
    delete_where::<submission_access::Entity>(txn, submission_access::Column::SubmissionId, ids)
        .await?;
    delete_where::<review_score::Entity>(txn, review_score::Column::SubmissionId, ids).await?;
    let topics: Vec<String> = ids
        .iter()
        .flat_map(|&id| crate::outbox::topic::all_of_submission(id))
        .collect();
    outbox_email::Entity::delete_many()
        .filter(outbox_email::Column::Topic.is_in(topics))
        .exec(txn)
        .await?;
    delete_where::<submission::Entity>(txn, submission::Column::Id, ids).await?;
    Ok(files
        .into_iter()
        .filter(|name| !shown.contains(name))
        .collect())
}

/// Submissions the call may let go of: every one but the selected and those a practice was
/// made from (published work, kept under the publication consent).
pub fn erasable_submissions() -> sea_orm::Select<submission::Entity> {
    submission::Entity::find()
        .filter(submission::Column::Status.ne(ReviewStatus::Selected.slug()))
        .filter(
            submission::Column::Id.not_in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(practice::Column::SubmissionId)
                    .from(practice::Entity)
                    .and_where(practice::Column::SubmissionId.is_not_null())
                    .to_owned(),
            ),
        )
}

/// Erases what is held about `email`, in one transaction: submissions (but the selected),
/// workshop places (a seat is given up first, so the next in line gets it), visit applications,
/// emails, sign-in attempts, and the person's name and address in the audit log. Returns what
/// went, with the files to delete from disk, and what was kept.
pub async fn erase(
    db: &DatabaseConnection,
    public_content: &crate::db::PublicContentVersion,
    actor: &StaffIdentity,
    email: &Email,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<(ErasureReport, Vec<String>), DbErr> {
    let address = email.as_str().to_lowercase();
    let txn = crate::db::begin_writing(db).await?;
    let mut report = ErasureReport::default();
    let mut names = vec![address.clone()];

    let mine = || submission::Column::Email.eq(&address);
    let erasable: Vec<i32> = erasable_submissions()
        .filter(mine())
        .select_only()
        .column(submission::Column::Id)
        .into_tuple()
        .all(&txn)
        .await?;
    report.kept_submissions = submission::Entity::find()
        .filter(mine())
        .filter(submission::Column::Id.is_not_in(erasable.iter().copied()))
        .all(&txn)
        .await?
        .into_iter()
        .filter_map(|kept| kept.reference)
        .collect();
    // First, to count them: deleting the submissions would take their emails along.
    report.emails = delete_emails_to(&txn, &address).await?;
    let files = delete_submissions(&txn, &erasable).await?;
    report.submissions = erasable.len() as u64;
    report.files = files.len() as u64;

    let registrations = workshop_registration::Entity::find()
        .filter(same_address(workshop_registration::Column::Email, &address))
        .all(&txn)
        .await?;
    for registration in &registrations {
        if registration.status != seats::status::CANCELLED {
            seats::cancel_in(&txn, registration, CancelledBy::Staff, now, public_url).await?;
        }
        names.push(registration.name.clone());
    }
    let registration_ids: Vec<i32> = registrations.iter().map(|row| row.id).collect();
    report.registrations = delete_with_links::<workshop_registration::Entity>(
        &txn,
        workshop_registration::Column::Id,
        manage_link::Column::WorkshopRegistrationId,
        &registration_ids,
    )
    .await?;

    let applications = visit_application::Entity::find()
        .filter(same_address(visit_application::Column::Email, &address))
        .all(&txn)
        .await?;
    names.extend(applications.iter().map(|row| row.name.clone()));
    let subjects: Vec<String> = registrations
        .iter()
        .map(|row| crate::audit::subject::registration(row.workshop_id, row.id))
        .chain(
            applications
                .iter()
                .map(|row| crate::audit::subject::application(row.visit_id, row.id)),
        )
        .chain(
            erasable
                .iter()
                .map(|&id| crate::audit::subject::submission(id)),
        )
        .collect();
    let application_ids: Vec<i32> = applications.iter().map(|row| row.id).collect();
    report.applications = delete_with_links::<visit_application::Entity>(
        &txn,
        visit_application::Column::Id,
        manage_link::Column::VisitApplicationId,
        &application_ids,
    )
    .await?;

    // Again last, so that the cancellation emails queued above go too.
    report.emails += delete_emails_to(&txn, &address).await?;
    sign_in_attempt::Entity::delete_many()
        .filter(sign_in_attempt::Column::Email.eq(&address))
        .exec(&txn)
        .await?;
    forget_in_audit_log(&txn, &subjects, &names).await?;
    crate::audit::db::write(&txn, actor, "privacy", report.describe(), now).await?;
    crate::db::commit_staff_change(txn, public_content).await?;
    Ok((report, files))
}

/// Deletes every email to `address`, in any case; how many.
async fn delete_emails_to(txn: &DatabaseTransaction, address: &str) -> Result<u64, DbErr> {
    Ok(outbox_email::Entity::delete_many()
        .filter(same_address(outbox_email::Column::ToAddress, address))
        .exec(txn)
        .await?
        .rows_affected)
}

/// Staff changes name the people they concern ("Gave Ani Hakobyan a seat"); those entries stay,
/// saying what staff did, without whom. Only the entries about the person's own records
/// (`subjects`) are rewritten, and in them only the name as a whole word: a name is not unique,
/// and one as short as "e" is inside nearly every word.
async fn forget_in_audit_log(
    txn: &DatabaseTransaction,
    subjects: &[String],
    names: &[String],
) -> Result<(), DbErr> {
    let entries = audit_entry::Entity::find()
        .filter(audit_entry::Column::Subject.is_in(subjects.iter().cloned()))
        .all(txn)
        .await?;
    for entry in entries {
        let summary = names.iter().fold(entry.summary.clone(), |summary, name| {
            without_name(&summary, name)
        });
        if summary != entry.summary {
            audit_entry::Entity::update_many()
                .col_expr(audit_entry::Column::Summary, Expr::value(summary))
                .filter(audit_entry::Column::Id.eq(entry.id))
                .exec(txn)
                .await?;
        }
    }
    Ok(())
}

/// `summary` with each whole-word `name` replaced by [`super::ERASED_PERSON`].
fn without_name(summary: &str, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        return summary.to_owned();
    }
    let mut kept = String::with_capacity(summary.len());
    let mut rest = summary;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + name.len()..].chars().next();
        let whole =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        kept.push_str(&rest[..at]);
        kept.push_str(if whole { super::ERASED_PERSON } else { name });
        rest = &rest[at + name.len()..];
    }
    kept.push_str(rest);
    kept
}

/// Deletes erased submissions' files from disk, once the transaction that dropped their
/// records has committed (a rolled-back erasure keeps its files).
pub async fn delete_files(
    uploads: &crate::submission::uploads::storage::UploadStore,
    files: &[String],
) {
    for name in files {
        uploads.remove(name).await;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_whole_name_goes() {
        let erased = super::super::ERASED_PERSON;
        assert_eq!(
            super::without_name("Cancelled the place of e", "e"),
            format!("Cancelled the place of {erased}")
        );
        assert_eq!(
            super::without_name("Accepted the application of Ani Hakobyan", "Ani Hakobyan"),
            format!("Accepted the application of {erased}")
        );
        assert_eq!(
            super::without_name("Gave Anna a seat", "Ann"),
            "Gave Anna a seat"
        );
    }
}
