//! Drafts and submissions in the database.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set, TransactionTrait,
};

use super::SubmissionAnswers;
use super::access::{Access, AccessKind, AccessUse, Holder};
use super::consents::{CONSENT_TEXT_VERSION, Consent};
use crate::db::entities::{reference_counter, submission, submission_access, submission_consent};
use crate::email::Email;
use crate::i18n::Lang;
use crate::secret::SecretToken;

/// The states a submission moves through.
pub mod status {
    pub const DRAFT: &str = "draft";
    pub const SUBMITTED: &str = "submitted";
    pub const WITHDRAWN: &str = "withdrawn";
}

/// A draft or submission as the wizard needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub id: i32,
    pub status: String,
    pub answers: SubmissionAnswers,
    pub reference: Option<String>,
    pub resume_link_sent_to: Option<String>,
    /// The applicant's address in lower case, once a valid one is given.
    pub email: Option<String>,
    /// The answers as last sent, once sent.
    pub submitted_answers: Option<SubmissionAnswers>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// The language of the pages the applicant last saved it from: its emails are in it.
    pub lang: Lang,
}

impl Draft {
    pub fn is_draft(&self) -> bool {
        self.status == status::DRAFT
    }

    fn holder(&self) -> Holder<'_> {
        Holder {
            email: self.email.as_deref(),
            is_draft: self.is_draft(),
        }
    }
}

/// A submission opened by a secret, and which of its secrets opened it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub draft: Draft,
    pub access_id: i32,
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
            email: row.email,
            submitted_at: row.submitted_at,
            lang: Lang::parse(&row.lang).unwrap_or_default(),
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
pub fn lookup_email(answers: &SubmissionAnswers) -> Option<String> {
    Email::parse(&answers.organisation.email)
        .ok()
        .map(|email| email.as_str().to_lowercase())
}

/// Starts a draft with `answers`; the returned token, the browser's cookie, is the only way back
/// to it until a link is emailed.
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
        lang: Set(Lang::En.code().to_owned()),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    let token = add_access(&transaction, row.id, AccessKind::Browser, None, now).await?;
    transaction.commit().await?;
    Ok((row.id, token))
}

/// A new secret to submission `id`: a link emailed to `sent_to`, or a browser's cookie.
pub async fn add_access(
    db: &impl ConnectionTrait,
    id: i32,
    kind: AccessKind,
    sent_to: Option<&str>,
    now: DateTime<Utc>,
) -> Result<SecretToken, DbErr> {
    let token = SecretToken::generate();
    submission_access::ActiveModel {
        submission_id: Set(id),
        token_hash: Set(token.hash()),
        purpose: Set(kind.slug().to_owned()),
        created_at: Set(now),
        sent_to: Set(sent_to.map(str::to_lowercase)),
        last_used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The submission `token` opens for `wanted` at `now`, when secrets unused for `lifetime` have
/// expired (see [`super::access`]). Notes the use, at most hourly.
pub async fn find_by_token(
    db: &DatabaseConnection,
    token: &SecretToken,
    wanted: AccessUse,
    now: DateTime<Utc>,
    lifetime: chrono::TimeDelta,
) -> Result<Option<Opened>, DbErr> {
    let Some((row, Some(submission))) = submission_access::Entity::find()
        .filter(submission_access::Column::TokenHash.eq(token.hash()))
        .find_also_related(submission::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(kind) = AccessKind::parse(&row.purpose) else {
        return Ok(None);
    };
    let access = Access {
        kind,
        sent_to: row.sent_to,
        created_at: row.created_at,
        last_used_at: row.last_used_at,
    };
    let draft = Draft::try_from(submission)?;
    if !access.opens(wanted, draft.holder(), now, lifetime) {
        return Ok(None);
    }
    if access.use_is_news(now) {
        submission_access::Entity::update_many()
            .col_expr(submission_access::Column::LastUsedAt, Expr::value(now))
            .filter(submission_access::Column::Id.eq(row.id))
            .exec(db)
            .await?;
    }
    Ok(Some(Opened {
        draft,
        access_id: row.id,
    }))
}

/// Revokes every secret of submission `id` but `keep`, the one in use, and forgets where links
/// went, so that the applicant's address (once valid) gets a fresh one: the address changed, so
/// links sent to the old one, and browsers that opened them, must not follow the answers.
pub async fn revoke_all_but(db: &impl ConnectionTrait, id: i32, keep: i32) -> Result<(), DbErr> {
    submission_access::Entity::delete_many()
        .filter(submission_access::Column::SubmissionId.eq(id))
        .filter(submission_access::Column::Id.ne(keep))
        .exec(db)
        .await?;
    submission::Entity::update_many()
        .col_expr(
            submission::Column::ResumeLinkSentTo,
            Expr::value(Option::<String>::None),
        )
        .filter(submission::Column::Id.eq(id))
        .exec(db)
        .await
        .map(|_| ())
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

/// Remembers the language the applicant now uses for submission `id`.
pub async fn set_lang(db: &DatabaseConnection, id: i32, lang: Lang) -> Result<(), DbErr> {
    submission::Entity::update_many()
        .col_expr(submission::Column::Lang, Expr::value(lang.code()))
        .filter(submission::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
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
    Ok(super::reference::Reference::new(year, number).to_string())
}

/// Sends draft `id` to the call: numbers it, keeps `answers` as sent, stores the consents with
/// their text version, revokes the draft's links and cookies, creates the manage link for the
/// applicant's address and queues the confirmation that `confirmation` composes, all in one
/// transaction. `None` when it is not a draft any more.
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
    // From now on only a manage link emailed to the applicant's own address opens the practice:
    // the resume links and the cookies of the browsers that drafted it lose their access.
    submission_access::Entity::delete_many()
        .filter(submission_access::Column::SubmissionId.eq(id))
        .filter(
            submission_access::Column::Purpose
                .is_in([AccessKind::ResumeLink.slug(), AccessKind::Browser.slug()]),
        )
        .exec(&transaction)
        .await?;
    let address = lookup_email(answers);
    submission::Entity::update_many()
        .col_expr(
            submission::Column::ResumeLinkSentTo,
            Expr::value(address.clone()),
        )
        .filter(submission::Column::Id.eq(id))
        .exec(&transaction)
        .await?;
    let manage_token = add_access(
        &transaction,
        id,
        AccessKind::ManageLink,
        address.as_deref(),
        now,
    )
    .await?;
    if !consents.is_empty() {
        // The consents were given in the applicant's language, to its privacy notice.
        let lang = submission::Entity::find_by_id(id)
            .one(&transaction)
            .await?
            .and_then(|row| Lang::parse(&row.lang))
            .unwrap_or_default();
        let notice = crate::settings::db::load_text_in(
            &transaction,
            crate::settings::texts::SiteTextKey::Privacy,
            lang,
        )
        .await?;
        submission_consent::Entity::insert_many(consents.iter().map(|consent| {
            submission_consent::ActiveModel {
                submission_id: Set(id),
                consent: Set(consent.slug().to_owned()),
                text_version: Set(CONSENT_TEXT_VERSION.to_owned()),
                lang: Set(lang.code().to_owned()),
                notice_version: Set(notice.version.clone()),
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
        crate::outbox::queue_about(&transaction, email, &crate::outbox::topic::receipt(id)).await?;
    }
    transaction.commit().await?;
    Ok(Some(submitted))
}

/// Emails a fresh link of `kind` to submission `id` at `address`, which `compose` writes around
/// the new secret, unless the link quota is spent (see [`super::access::link_quota`]); whether
/// it went. The count and the queueing are one serialised transaction, so concurrent saves do
/// not overrun the quota.
pub async fn email_link(
    db: &DatabaseConnection,
    id: i32,
    kind: AccessKind,
    address: &Email,
    compose: impl FnOnce(&SecretToken) -> crate::outbox::NewEmail,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    use super::access::link_quota;
    let topic = crate::outbox::topic::link(id);
    let lower = address.as_str().to_lowercase();
    let transaction = crate::db::begin_serialised(db, &[&topic, &lower]).await?;
    let for_submission = crate::outbox::db::count_about_since(
        &transaction,
        &topic,
        now - link_quota::SUBMISSION_WINDOW,
    )
    .await?;
    let to_address = crate::outbox::db::count_to_since(
        &transaction,
        &lower,
        link_quota::TOPIC_KIND,
        now - link_quota::ADDRESS_WINDOW,
    )
    .await?;
    if !link_quota::allows(for_submission, to_address) {
        transaction.rollback().await?;
        return Ok(false);
    }
    let token = add_access(&transaction, id, kind, Some(&lower), now).await?;
    crate::outbox::queue_about(&transaction, compose(&token), &topic).await?;
    mark_resume_link_sent(&transaction, id, &lower).await?;
    transaction.commit().await?;
    Ok(true)
}
