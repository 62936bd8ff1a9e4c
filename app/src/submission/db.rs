//! Drafts and submissions in the database.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set, TransactionTrait,
};

use super::SubmissionAnswers;
use super::consents::{CONSENT_TEXT_VERSION, Consent};
use crate::db::entities::{reference_counter, submission, submission_access, submission_consent};
use crate::email::Email;
use crate::secret::SecretToken;

/// The states a submission moves through.
pub mod status {
    pub const DRAFT: &str = "draft";
    pub const SUBMITTED: &str = "submitted";
    pub const WITHDRAWN: &str = "withdrawn";
}

/// Which email a secret link went out in.
pub mod purpose {
    /// A resume link: the first one, or one asked for again.
    pub const DRAFT: &str = "draft";
    /// The `/manage/{token}` link of the confirmation.
    pub const MANAGE: &str = "manage";
}

/// A draft or submission as the wizard needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub id: i32,
    pub status: String,
    pub answers: SubmissionAnswers,
    pub reference: Option<String>,
    pub resume_link_sent_to: Option<String>,
    /// The answers as last sent, once sent.
    pub submitted_answers: Option<SubmissionAnswers>,
    pub submitted_at: Option<DateTime<Utc>>,
}

impl Draft {
    pub fn is_draft(&self) -> bool {
        self.status == status::DRAFT
    }
}

fn parse_answers(id: i32, json: &str) -> Result<SubmissionAnswers, DbErr> {
    serde_json::from_str(json)
        .map_err(|e| DbErr::Custom(format!("submission {id} has unreadable answers: {e}")))
}

impl TryFrom<submission::Model> for Draft {
    type Error = DbErr;
    fn try_from(row: submission::Model) -> Result<Self, DbErr> {
        Ok(Draft {
            answers: parse_answers(row.id, &row.answers)?,
            submitted_answers: row
                .submitted_answers
                .as_deref()
                .map(|json| parse_answers(row.id, json))
                .transpose()?,
            id: row.id,
            status: row.status,
            reference: row.reference,
            resume_link_sent_to: row.resume_link_sent_to,
            submitted_at: row.submitted_at,
        })
    }
}

/// What a successful submit hands back: shown once, emailed once, stored only as hashes.
#[derive(Debug, Clone)]
pub struct Submitted {
    pub reference: String,
    pub manage_token: SecretToken,
}

fn to_json(answers: &SubmissionAnswers) -> Result<String, DbErr> {
    serde_json::to_string(answers)
        .map_err(|e| DbErr::Custom(format!("answers do not serialise: {e}")))
}

/// The review index of a sent answer: what staff filter, search and sort by.
fn review_index(
    answers: &SubmissionAnswers,
    reference: &str,
) -> Vec<(submission::Column, SimpleExpr)> {
    use crate::theme::Theme;
    use submission::Column;
    let organisation = &answers.organisation;
    let practice = &answers.practice;
    let themes = answers.transformation.ticked_themes();
    let search_text = [
        reference,
        &practice.title,
        &practice.summary,
        &practice.description,
        &organisation.organisation_name,
        &practice.city_region,
        &organisation.city_region,
    ]
    .map(str::trim)
    .join("\n")
    .to_lowercase();
    vec![
        (Column::Title, Expr::value(practice.title.trim())),
        (
            Column::OrganisationName,
            Expr::value(organisation.organisation_name.trim()),
        ),
        (Column::Country, Expr::value(organisation.country.trim())),
        (
            Column::OrganisationType,
            Expr::value(organisation.organisation_type.trim()),
        ),
        (Column::Themes, Expr::value(Theme::join(&themes))),
        (
            Column::HostsVisit,
            Expr::value(super::fields::parse_yes_no(&answers.peer_learning.willing_to_host).ok()),
        ),
        (Column::SearchText, Expr::value(search_text)),
    ]
}

/// The applicant's address in lower case, when it is a valid one yet.
fn lookup_email(answers: &SubmissionAnswers) -> Option<String> {
    Email::parse(&answers.organisation.email)
        .ok()
        .map(|email| email.as_str().to_lowercase())
}

/// Starts a draft with `answers`; the returned token is the only way back to it.
pub async fn create_draft(
    db: &DatabaseConnection,
    answers: &SubmissionAnswers,
    now: DateTime<Utc>,
) -> Result<(i32, SecretToken), DbErr> {
    let transaction = db.begin().await?;
    let row = submission::ActiveModel {
        status: Set(status::DRAFT.to_owned()),
        reference: Set(None),
        email: Set(lookup_email(answers)),
        answers: Set(to_json(answers)?),
        submitted_answers: Set(None),
        resume_link_sent_to: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(None),
        withdrawn_at: Set(None),
        // Given, not left to the column defaults: under a loaded test run on SQLite,
        // `INSERT … RETURNING` now and then gave NULL for a defaulted column that a later
        // migration added.
        review_count: Set(0),
        over_limit: Set(false),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    let token = add_access(&transaction, row.id, purpose::DRAFT, now).await?;
    transaction.commit().await?;
    Ok((row.id, token))
}

/// A new secret link to submission `id`. Links made before keep working.
pub async fn add_access(
    db: &impl ConnectionTrait,
    id: i32,
    purpose: &str,
    now: DateTime<Utc>,
) -> Result<SecretToken, DbErr> {
    let token = SecretToken::generate();
    submission_access::ActiveModel {
        submission_id: Set(id),
        token_hash: Set(token.hash()),
        purpose: Set(purpose.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The submission a secret link opens: any resume link or the manage link.
pub async fn find_by_token(
    db: &DatabaseConnection,
    token: &SecretToken,
) -> Result<Option<Draft>, DbErr> {
    submission::Entity::find()
        .inner_join(submission_access::Entity)
        .filter(submission_access::Column::TokenHash.eq(token.hash()))
        .one(db)
        .await?
        .map(Draft::try_from)
        .transpose()
}

/// The drafts and sent submissions, not withdrawn, whose applicant gave `address`.
pub async fn find_open_by_email(
    db: &DatabaseConnection,
    address: &Email,
) -> Result<Vec<Draft>, DbErr> {
    submission::Entity::find()
        .filter(submission::Column::Email.eq(address.as_str().to_lowercase()))
        .filter(submission::Column::Status.is_in([status::DRAFT, status::SUBMITTED]))
        .all(db)
        .await?
        .into_iter()
        .map(Draft::try_from)
        .collect()
}

/// The states in which the applicant may still change a submission.
pub const CHANGEABLE: [&str; 2] = [status::DRAFT, status::SUBMITTED];

/// Sets `columns` (and `updated_at`) on submission `id` if its status is one of `from`, in one
/// conditional statement; whether it did.
pub async fn update_if(
    db: &impl ConnectionTrait,
    id: i32,
    from: &[&str],
    columns: impl IntoIterator<Item = (submission::Column, SimpleExpr)>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut update = submission::Entity::update_many()
        .col_expr(submission::Column::UpdatedAt, Expr::value(now))
        .filter(submission::Column::Id.eq(id))
        .filter(submission::Column::Status.is_in(from.iter().copied()));
    for (column, value) in columns {
        update = update.col_expr(column, value);
    }
    Ok(update.exec(db).await?.rows_affected == 1)
}

/// Replaces the working answers of a draft, or of a sent submission being changed; `false` when
/// it can no longer change (withdrawn).
pub async fn save_draft_answers(
    db: &DatabaseConnection,
    id: i32,
    answers: &SubmissionAnswers,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let columns = [
        (submission::Column::Answers, Expr::value(to_json(answers)?)),
        (
            submission::Column::Email,
            Expr::value(lookup_email(answers)),
        ),
    ];
    update_if(db, id, &CHANGEABLE, columns, now).await
}

/// Sends the changes of an already sent submission: the working answers become what reviewers
/// read. `false` when it is not a sent submission.
pub async fn send_changes(
    db: &DatabaseConnection,
    id: i32,
    reference: &str,
    answers: &SubmissionAnswers,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut columns = review_index(answers, reference);
    columns.push((
        submission::Column::SubmittedAnswers,
        Expr::value(to_json(answers)?),
    ));
    update_if(db, id, &[status::SUBMITTED], columns, now).await
}

/// Withdraws a sent submission before the decision: it leaves the call. `false` when it was
/// not a sent submission, or decided already.
pub async fn withdraw(db: &DatabaseConnection, id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
    use crate::review::status::ReviewStatus;
    let columns = [
        (submission::Column::Status, Expr::value(status::WITHDRAWN)),
        (submission::Column::WithdrawnAt, Expr::value(now)),
    ];
    let before_decision: Vec<&str> = ReviewStatus::ALL
        .into_iter()
        .filter(|status| status.before_decision())
        .map(ReviewStatus::slug)
        .collect();
    update_if(db, id, &before_decision, columns, now).await
}

/// Records that the resume link went to `address`.
pub async fn mark_resume_link_sent(
    db: &impl ConnectionTrait,
    id: i32,
    address: &str,
) -> Result<(), DbErr> {
    submission::Entity::update_many()
        .col_expr(submission::Column::ResumeLinkSentTo, Expr::value(address))
        .filter(submission::Column::Id.eq(id))
        .exec(db)
        .await
        .map(|_| ())
}

/// The next reference of `year`, `EHH-2026-0001` onwards. One atomic statement, so concurrent
/// submissions on SQLite or PostgreSQL never share a number.
pub async fn next_reference(conn: &impl ConnectionTrait, year: i32) -> Result<String, DbErr> {
    use reference_counter::Column;
    let statement = Query::insert()
        .into_table(reference_counter::Entity)
        .columns([Column::Year, Column::LastNumber])
        .values([year.into(), 1.into()])
        .map_err(|e| DbErr::Custom(e.to_string()))?
        .on_conflict(
            OnConflict::column(Column::Year)
                .value(
                    Column::LastNumber,
                    Expr::col((reference_counter::Entity, Column::LastNumber)).add(1),
                )
                .to_owned(),
        )
        .returning_col(Column::LastNumber)
        .to_owned();
    let row = conn
        .query_one(&statement)
        .await?
        .ok_or_else(|| DbErr::Custom("the reference counter returned no row".to_owned()))?;
    let number: i32 = row.try_get("", "last_number")?;
    Ok(format!("EHH-{year}-{number:04}"))
}

/// Sends draft `id` to the call: numbers it, keeps `answers` as sent, stores the consents with
/// their text version, creates the manage link and queues the confirmation that `confirmation`
/// composes, all in one transaction. `None` when it is not a draft any more.
pub async fn submit(
    db: &DatabaseConnection,
    id: i32,
    answers: &SubmissionAnswers,
    consents: &[Consent],
    now: DateTime<Utc>,
    confirmation: impl FnOnce(&Submitted) -> Option<crate::outbox::NewEmail>,
) -> Result<Option<Submitted>, DbErr> {
    use chrono::Datelike;
    let transaction = db.begin().await?;
    // A write first: on SQLite the transaction takes the write lock now, waiting its turn,
    // instead of failing later when it upgrades from reading.
    let reference = next_reference(&transaction, now.year()).await?;
    let mut sent = submission::Entity::update_many();
    for (column, value) in review_index(answers, &reference) {
        sent = sent.col_expr(column, value);
    }
    let sent = sent
        .col_expr(submission::Column::Status, Expr::value(status::SUBMITTED))
        .col_expr(
            submission::Column::Reference,
            Expr::value(reference.clone()),
        )
        .col_expr(
            submission::Column::SubmittedAnswers,
            Expr::value(to_json(answers)?),
        )
        .col_expr(submission::Column::SubmittedAt, Expr::value(now))
        .col_expr(submission::Column::UpdatedAt, Expr::value(now))
        .filter(submission::Column::Id.eq(id))
        .filter(submission::Column::Status.eq(status::DRAFT))
        .exec(&transaction)
        .await?;
    if sent.rows_affected != 1 {
        transaction.rollback().await?;
        return Ok(None);
    }
    let manage_token = add_access(&transaction, id, purpose::MANAGE, now).await?;
    if !consents.is_empty() {
        submission_consent::Entity::insert_many(consents.iter().map(|consent| {
            submission_consent::ActiveModel {
                submission_id: Set(id),
                consent: Set(consent.slug().to_owned()),
                text_version: Set(CONSENT_TEXT_VERSION.to_owned()),
                given_at: Set(now),
                ..Default::default()
            }
        }))
        .exec(&transaction)
        .await?;
    }
    let submitted = Submitted {
        reference,
        manage_token,
    };
    if let Some(email) = confirmation(&submitted) {
        crate::outbox::queue(&transaction, email).await?;
    }
    transaction.commit().await?;
    Ok(Some(submitted))
}
