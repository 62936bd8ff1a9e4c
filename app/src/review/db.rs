//! The review list's queries: one filter, used by the page and by the CSV export alike.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::sea_query::NullOrdering;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, IntoActiveModel, Order, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    Select, Set,
};

use super::criteria::{Score, Weights, weighted_average};
use super::status::ReviewStatus;
use super::{
    PAGE_SIZE, ReviewPanel, SubmissionForReview, SubmissionList, SubmissionQuery, SubmissionRow,
};
use crate::db::entities::{call_settings, review_score, staff_user, submission};
use crate::submission::db::{status, update_if};
use crate::submission::fields::LongText;
use crate::theme::Theme;

/// Sent submissions (never drafts) narrowed and ordered by `query`.
pub fn filtered(query: &SubmissionQuery) -> Select<submission::Entity> {
    use submission::Column;
    let mut condition = Condition::all().add(Column::Status.ne(status::DRAFT));
    let exact = [
        (Column::Status, &query.status),
        (Column::Country, &query.country),
        (Column::OrganisationType, &query.organisation_type),
    ];
    for (column, value) in exact {
        if !value.trim().is_empty() {
            condition = condition.add(column.eq(value.trim()));
        }
    }
    if let Some(theme) = Theme::parse(&query.theme) {
        condition = condition.add(Column::Themes.contains(theme.slug()));
    }
    match query.hosts.as_str() {
        "yes" => condition = condition.add(Column::HostsVisit.eq(true)),
        "no" => condition = condition.add(Column::HostsVisit.eq(false)),
        _ => {}
    }
    // The index is lower-cased when written.
    let condition = condition.add(crate::db::contains_every_word(Column::SearchText, &query.q));
    let select = submission::Entity::find().filter(condition);
    match query.sort.as_str() {
        "oldest" => select.order_by_asc(Column::SubmittedAt),
        "title" => select.order_by_asc(Column::Title),
        // The ranking: best average first, unscored last, on both databases.
        "score" => {
            select.order_by_with_nulls(Column::AverageScore, Order::Desc, NullOrdering::Last)
        }
        "reviews" => select.order_by_desc(Column::ReviewCount),
        _ => select.order_by_desc(Column::SubmittedAt),
    }
    .order_by_asc(Column::Id)
}

pub fn to_row(row: submission::Model) -> SubmissionRow {
    SubmissionRow {
        id: row.id,
        reference: row.reference.unwrap_or_default(),
        title: row.title.unwrap_or_default(),
        organisation: row.organisation_name.unwrap_or_default(),
        country: row
            .country
            .as_deref()
            .and_then(|code| crate::country::Country::parse(code).ok())
            .map(|country| country.name().to_owned())
            .unwrap_or_default(),
        themes: Theme::parse_list(row.themes.as_deref().unwrap_or_default())
            .into_iter()
            .map(|theme| theme.label().to_owned())
            .collect(),
        status: row.status,
        submitted_at: row
            .submitted_at
            .map(|at| crate::i18n::dates::in_brussels(crate::i18n::Lang::En, at))
            .unwrap_or_default(),
        hosts_visit: row.hosts_visit,
        review_count: Some(u32::try_from(row.review_count).unwrap_or(0)),
        average_score: row.average_score,
        over_limit: row.over_limit,
    }
}

pub async fn list(
    db: &DatabaseConnection,
    query: &SubmissionQuery,
) -> Result<SubmissionList, DbErr> {
    let paginator = filtered(query).paginate(db, PAGE_SIZE);
    let total = paginator.num_items().await?;
    let pages = Ord::max(
        u32::try_from(total.div_ceil(PAGE_SIZE)).unwrap_or(u32::MAX),
        1,
    );
    let page = query.page.clamp(1, pages);
    let rows = paginator.fetch_page(u64::from(page - 1)).await?;
    Ok(SubmissionList {
        rows: rows.into_iter().map(to_row).collect(),
        total,
        page,
        pages,
        viewer_is_admin: false,
    })
}

/// Which of the submissions `ids` reviewer `staff_user_id` has scored (a declared conflict is
/// not a score).
pub async fn scored_by(
    db: &DatabaseConnection,
    staff_user_id: i32,
    ids: &[i32],
) -> Result<std::collections::HashSet<i32>, DbErr> {
    let scored: Vec<i32> = review_score::Entity::find()
        .select_only()
        .column(review_score::Column::SubmissionId)
        .filter(review_score::Column::StaffUserId.eq(staff_user_id))
        .filter(review_score::Column::Conflict.eq(false))
        .filter(review_score::Column::SubmissionId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(scored.into_iter().collect())
}

/// A sent submission (not a draft), with its answer as sent.
pub async fn find_sent(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<SubmissionForReview>, DbErr> {
    let Some(row) = submission::Entity::find_by_id(id)
        .filter(submission::Column::Status.ne(status::DRAFT))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let over_limit = row.over_limit;
    let draft = crate::submission::db::Draft::try_from(row)?;
    Ok(Some(SubmissionForReview {
        over_limit,
        id: draft.id,
        reference: draft.reference.unwrap_or_default(),
        status: draft.status,
        submitted_at: draft
            .submitted_at
            .map(|at| crate::i18n::dates::in_brussels(crate::i18n::Lang::En, at))
            .unwrap_or_default(),
        lang: draft.lang,
        answers: draft.submitted_answers.unwrap_or(draft.answers),
        uploads: vec![],
        reviews: ReviewPanel::default(),
        conflicted: false,
        history: vec![],
    }))
}

/// A review as stored, with the reviewer's name.
#[derive(Debug, Clone)]
pub struct StoredReview {
    pub staff_user_id: i32,
    pub reviewer: String,
    /// `None` for a declared conflict of interest.
    pub score: Option<Score>,
}

fn points_of(stored: &str) -> Option<[u8; 5]> {
    let points: Vec<u8> = stored.split(',').filter_map(|p| p.parse().ok()).collect();
    points.try_into().ok()
}

/// The reviews of submission `id`, oldest first.
pub async fn reviews_of(db: &impl ConnectionTrait, id: i32) -> Result<Vec<StoredReview>, DbErr> {
    let rows = review_score::Entity::find()
        .filter(review_score::Column::SubmissionId.eq(id))
        .order_by_asc(review_score::Column::Id)
        .find_also_related(staff_user::Entity)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(row, reviewer)| StoredReview {
            staff_user_id: row.staff_user_id,
            reviewer: reviewer.map(|r| r.display_name).unwrap_or_default(),
            score: (!row.conflict)
                .then(|| {
                    Some(Score {
                        points: points_of(row.points.as_deref()?)?,
                        comment: row
                            .comment
                            .as_deref()
                            .and_then(|c| LongText::parse_optional(c).ok().flatten()),
                    })
                })
                .flatten(),
        })
        .collect())
}

/// What became of a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Done,
    /// A draft, or withdrawn.
    NotReviewable,
    /// The reviewer declared a conflict of interest, which only an admin can clear.
    Conflicted,
}

/// Records `score` of `staff_user_id` for submission `id` (or, with `None`, their conflict of
/// interest), replacing an earlier score, and refreshes the submission's count and weighted
/// average, in the caller's transaction. A declared conflict is never replaced by a score;
/// unless `Done`, the caller drops the transaction.
pub async fn save_review(
    transaction: &impl ConnectionTrait,
    id: i32,
    staff_user_id: i32,
    score: Option<&Score>,
    weights: Weights,
    now: DateTime<Utc>,
) -> Result<Saved, DbErr> {
    // A write first: the submission's row is locked, so concurrent reviews take turns.
    if !update_if(transaction, id, &REVIEWABLE, [], now).await? {
        return Ok(Saved::NotReviewable);
    }
    let points = score.map(|score| score.points.map(|p| p.to_string()).join(","));
    let comment = score.and_then(|score| score.comment.as_ref().map(|c| c.as_str().to_owned()));
    let existing = review_score::Entity::find()
        .filter(review_score::Column::SubmissionId.eq(id))
        .filter(review_score::Column::StaffUserId.eq(staff_user_id))
        .one(transaction)
        .await?;
    let mut row = match existing {
        Some(row) if row.conflict && score.is_some() => return Ok(Saved::Conflicted),
        Some(row) => row.into_active_model(),
        None => review_score::ActiveModel {
            submission_id: Set(id),
            staff_user_id: Set(staff_user_id),
            ..Default::default()
        },
    };
    row.conflict = Set(score.is_none());
    row.points = Set(points);
    row.comment = Set(comment);
    row.updated_at = Set(now);
    row.save(transaction).await?;
    refresh_average(transaction, id, weights, now).await?;
    Ok(Saved::Done)
}

/// Deletes the conflict of interest `staff_user_id` declared on submission `id`, in the
/// caller's transaction; the reviewer's name, or `None` when there was no such declaration.
pub async fn clear_conflict(
    transaction: &impl ConnectionTrait,
    id: i32,
    staff_user_id: i32,
) -> Result<Option<String>, DbErr> {
    let Some((row, reviewer)) = review_score::Entity::find()
        .filter(review_score::Column::SubmissionId.eq(id))
        .filter(review_score::Column::StaffUserId.eq(staff_user_id))
        .filter(review_score::Column::Conflict.eq(true))
        .find_also_related(staff_user::Entity)
        .one(transaction)
        .await?
    else {
        return Ok(None);
    };
    review_score::Entity::delete_by_id(row.id)
        .exec(transaction)
        .await?;
    Ok(Some(reviewer.map(|r| r.display_name).unwrap_or_default()))
}

/// Recounts the reviews of submission `id` and stores their weighted average.
async fn refresh_average(
    transaction: &impl ConnectionTrait,
    id: i32,
    weights: Weights,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let scores: Vec<Score> = reviews_of(transaction, id)
        .await?
        .into_iter()
        .filter_map(|review| review.score)
        .collect();
    let columns = [
        (
            submission::Column::ReviewCount,
            Expr::value(i32::try_from(scores.len()).unwrap_or(i32::MAX)),
        ),
        (
            submission::Column::AverageScore,
            Expr::value(weighted_average(&scores, weights)),
        ),
    ];
    update_if(transaction, id, &REVIEWABLE, columns, now).await?;
    Ok(())
}

/// Recomputes every stored weighted average with new `weights`, in the caller's transaction.
pub async fn recompute_averages(
    transaction: &impl ConnectionTrait,
    weights: Weights,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let reviewed: Vec<i32> = review_score::Entity::find()
        .select_only()
        .column(review_score::Column::SubmissionId)
        .distinct()
        .into_tuple()
        .all(transaction)
        .await?;
    for id in reviewed {
        refresh_average(transaction, id, weights, now).await?;
    }
    Ok(())
}

/// The statuses in which reviewers may score.
const REVIEWABLE: [&str; 5] = [
    "submitted",
    "under_review",
    "shortlisted",
    "selected",
    "not_selected",
];

/// What became of a status change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusChange {
    Done {
        over_limit: bool,
    },
    /// Selecting would pass the call's limit, and the admin did not choose to go over it.
    LimitReached {
        selected: u64,
        limit: u64,
    },
    /// Not a sent submission, or withdrawn.
    NotChangeable,
}

/// Moves submission `id` to `to`, in the caller's transaction, which the caller commits only
/// when the change is `Done`. Selections are counted with the call's row locked, so two admins
/// selecting at once on SQLite or PostgreSQL cannot both pass the limit.
pub async fn set_status(
    transaction: &impl ConnectionTrait,
    id: i32,
    to: ReviewStatus,
    allow_over_limit: bool,
    now: DateTime<Utc>,
) -> Result<StatusChange, DbErr> {
    call_settings::Entity::update_many()
        .col_expr(
            call_settings::Column::UpdatedAt,
            Expr::col(call_settings::Column::UpdatedAt),
        )
        .filter(call_settings::Column::Id.eq(call_settings::SINGLETON_ID))
        .exec(transaction)
        .await?;
    let mut over_limit = false;
    if to == ReviewStatus::Selected {
        let limit = call_settings::Entity::find_by_id(call_settings::SINGLETON_ID)
            .one(transaction)
            .await?
            .map_or(10, |settings| {
                u64::try_from(settings.selection_limit).unwrap_or(0)
            });
        let selected = submission::Entity::find()
            .filter(submission::Column::Status.eq(ReviewStatus::Selected.slug()))
            .filter(submission::Column::Id.ne(id))
            .count(transaction)
            .await?;
        over_limit = selected >= limit;
        if over_limit && !allow_over_limit {
            return Ok(StatusChange::LimitReached { selected, limit });
        }
    }
    let columns = [
        (submission::Column::Status, Expr::value(to.slug())),
        (submission::Column::OverLimit, Expr::value(over_limit)),
    ];
    if !update_if(transaction, id, &REVIEWABLE, columns, now).await? {
        return Ok(StatusChange::NotChangeable);
    }
    Ok(StatusChange::Done { over_limit })
}
