//! The review list's queries: one filter, used by the page and by the CSV export alike.

use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Select,
};

use super::{PAGE_SIZE, SubmissionForReview, SubmissionList, SubmissionQuery, SubmissionRow};
use crate::db::entities::submission;
use crate::submission::db::status;
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
    // Every word must appear; the index is lower-cased when written.
    for word in query.q.to_lowercase().split_whitespace().take(10) {
        let pattern = format!(
            "%{}%",
            word.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        condition =
            condition.add(Expr::col(Column::SearchText).like(LikeExpr::new(pattern).escape('\\')));
    }
    let select = submission::Entity::find().filter(condition);
    match query.sort.as_str() {
        "oldest" => select.order_by_asc(Column::SubmittedAt),
        "title" => select.order_by_asc(Column::Title),
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
            .map(crate::time::in_brussels)
            .unwrap_or_default(),
        hosts_visit: row.hosts_visit,
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
    })
}

/// A sent submission (not a draft), with its answer as sent.
pub async fn find_sent(
    db: &DatabaseConnection,
    id: i32,
) -> Result<Option<SubmissionForReview>, DbErr> {
    let Some(row) = submission::Entity::find_by_id(id)
        .filter(submission::Column::Status.ne(status::DRAFT))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let draft = crate::submission::db::Draft::try_from(row)?;
    Ok(Some(SubmissionForReview {
        id: draft.id,
        reference: draft.reference.unwrap_or_default(),
        status: draft.status,
        submitted_at: draft
            .submitted_at
            .map(crate::time::in_brussels)
            .unwrap_or_default(),
        answers: draft.submitted_answers.unwrap_or(draft.answers),
        uploads: vec![],
    }))
}
