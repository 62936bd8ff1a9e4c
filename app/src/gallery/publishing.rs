//! Making and keeping the public copy of a practice. A selected submission is copied into an
//! editable draft: the practice, the place, the organisation, the themes, the links and the
//! files, but never the applicant's name, email, role or website, and free text is cleared of
//! email addresses and phone numbers on the way.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Func, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

use super::editing::{PracticeEdit, Slug};
use super::redact::redact_contact_details;
use crate::db::entities::{practice, practice_file, submission_file};
use crate::review::status::ReviewStatus;
use crate::submission::SubmissionAnswers;
use crate::theme::Theme;

/// The body of a new practice: the description and the impact answers as Markdown sections.
fn body_of(answers: &SubmissionAnswers) -> String {
    let sections = [
        ("", answers.practice.description.as_str()),
        ("Results and evidence", answers.impact.results.as_str()),
        ("Lessons learned", answers.impact.lessons.as_str()),
        (
            "How others can adopt it",
            answers.impact.transferability.as_str(),
        ),
        ("What that needs", answers.impact.requirements.as_str()),
    ];
    sections
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(heading, text)| {
            let text = redact_contact_details(text.trim());
            if heading.is_empty() {
                text
            } else {
                format!("## {heading}\n\n{text}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// What search looks through: title, summary, body, organisation and place, lower-cased.
pub fn search_text(parts: [&str; 5]) -> String {
    parts.join("\n").to_lowercase()
}

/// `wanted`, or `wanted-2`, `wanted-3`… whichever no other practice has.
async fn free_slug(conn: &impl ConnectionTrait, wanted: &str) -> Result<String, DbErr> {
    for n in 1.. {
        let candidate = if n == 1 {
            wanted.to_owned()
        } else {
            format!("{wanted}-{n}")
        };
        let taken = practice::Entity::find()
            .filter(practice::Column::Slug.eq(&candidate))
            .count(conn)
            .await?
            > 0;
        if !taken {
            return Ok(candidate);
        }
    }
    unreachable!("an unbounded range always yields a free slug")
}

/// The draft practice of selected submission `id`, made now if it has none yet; `None` when
/// the submission is not selected.
pub async fn draft_from_submission(
    conn: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
) -> Result<Option<i32>, DbErr> {
    if let Some(existing) = practice::Entity::find()
        .filter(practice::Column::SubmissionId.eq(id))
        .one(conn)
        .await?
    {
        return Ok(Some(existing.id));
    }
    let Some(found) = crate::review::db::find_sent(conn, id).await? else {
        return Ok(None);
    };
    if found.status != ReviewStatus::Selected.slug() {
        return Ok(None);
    }
    let answers = &found.answers;
    let wanted = Slug::from_title(&answers.practice.title).map_or_else(
        || found.reference.to_lowercase(),
        |slug| slug.as_str().to_owned(),
    );
    let themes = answers.transformation.ticked_themes();
    let summary = redact_contact_details(answers.practice.summary.trim());
    let body = body_of(answers);
    let row = practice::ActiveModel {
        slug: Set(free_slug(conn, &wanted).await?),
        title: Set(answers.practice.title.trim().to_owned()),
        content_lang: Set(crate::written_language::WrittenLanguage::parse(
            &answers.practice.language,
        )
        .map_or_else(|_| "en".to_owned(), String::from)),
        search_text: Set(search_text([
            &answers.practice.title,
            &summary,
            &body,
            &answers.organisation.organisation_name,
            &answers.practice.city_region,
        ])),
        summary: Set(summary),
        body_markdown: Set(body),
        country_code: Set(answers.practice.country.trim().to_owned()),
        city_region: Set(answers.practice.city_region.trim().to_owned()),
        organisation: Set(answers.organisation.organisation_name.trim().to_owned()),
        organisation_type: Set(answers.organisation.organisation_type.trim().to_owned()),
        themes: Set(Theme::join(&themes)),
        why_selected: Set(String::new()),
        links: Set(answers.media.links.trim().to_owned()),
        featured: Set(false),
        published_at: Set(None),
        created_at: Set(now),
        updated_at: Set(Some(now)),
        submission_id: Set(Some(id)),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    let files = submission_file::Entity::find()
        .filter(submission_file::Column::SubmissionId.eq(id))
        .order_by_asc(submission_file::Column::Id)
        .all(conn)
        .await?;
    for (position, file) in files.into_iter().enumerate() {
        let details = answers.media.images.get(&file.id.to_string());
        let detail = |pick: fn(&crate::submission::media::ImageDetailsAnswers) -> &String| {
            details
                .map(pick)
                .map_or(String::new(), |text| text.trim().to_owned())
        };
        let is_image = file.kind == "image";
        practice_file::ActiveModel {
            practice_id: Set(row.id),
            title: Set(file.original_name.clone()),
            alt_text: Set(detail(|d| &d.alt_text)),
            caption: Set(redact_contact_details(&detail(|d| &d.caption))),
            credit: Set(detail(|d| &d.credit)),
            licence: Set(detail(|d| &d.licence)),
            // Images were made to be shown; documents may hold anything, so an admin opts in.
            shown: Set(is_image),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            kind: Set(file.kind),
            stored_name: Set(file.stored_name),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    Ok(Some(row.id))
}

/// A new, empty draft written from scratch.
pub async fn blank_draft(conn: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<i32, DbErr> {
    // A random suffix rather than the first free one: looking for a free slug first would read
    // before writing, and two admins starting practices at once would collide (on SQLite, a
    // reading transaction cannot take the write lock another is waiting for). The admin names
    // the practice's address in the editor before publishing.
    let slug = format!("new-practice-{:08x}", rand::random::<u32>());
    let row = practice::ActiveModel {
        slug: Set(slug),
        title: Set(String::new()),
        summary: Set(String::new()),
        body_markdown: Set(String::new()),
        country_code: Set(String::new()),
        city_region: Set(String::new()),
        organisation: Set(String::new()),
        organisation_type: Set(String::new()),
        themes: Set(String::new()),
        why_selected: Set(String::new()),
        links: Set(String::new()),
        search_text: Set(String::new()),
        featured: Set(false),
        published_at: Set(None),
        created_at: Set(now),
        updated_at: Set(Some(now)),
        submission_id: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(row.id)
}

/// A practice and its files, published or not.
pub async fn find(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<(practice::Model, Vec<practice_file::Model>)>, DbErr> {
    let Some(row) = practice::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let files = files_of(conn, id).await?;
    Ok(Some((row, files)))
}

pub async fn files_of(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<Vec<practice_file::Model>, DbErr> {
    practice_file::Entity::find()
        .filter(practice_file::Column::PracticeId.eq(id))
        .order_by_asc(practice_file::Column::Position)
        .order_by_asc(practice_file::Column::Id)
        .all(conn)
        .await
}

/// What became of saving a practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Done,
    SlugTaken,
    NotFound,
}

/// Stores `edit` as practice `id`; a slug another practice has is refused.
pub async fn save(
    conn: &impl ConnectionTrait,
    id: i32,
    edit: &PracticeEdit,
    now: DateTime<Utc>,
) -> Result<Saved, DbErr> {
    let taken = practice::Entity::find()
        .filter(practice::Column::Slug.eq(edit.slug.as_str()))
        .filter(practice::Column::Id.ne(id))
        .count(conn)
        .await?
        > 0;
    if taken {
        return Ok(Saved::SlugTaken);
    }
    let links: Vec<&str> = edit.links.iter().map(|link| link.as_str()).collect();
    let updated = practice::Entity::update_many()
        .col_expr(practice::Column::Title, Expr::value(edit.title.as_str()))
        .col_expr(practice::Column::Slug, Expr::value(edit.slug.as_str()))
        .col_expr(
            practice::Column::Summary,
            Expr::value(edit.summary.as_str()),
        )
        .col_expr(
            practice::Column::BodyMarkdown,
            Expr::value(edit.body.as_str()),
        )
        .col_expr(
            practice::Column::CountryCode,
            Expr::value(edit.country.code()),
        )
        .col_expr(
            practice::Column::ContentLang,
            Expr::value(edit.content_lang.code()),
        )
        .col_expr(
            practice::Column::CityRegion,
            Expr::value(edit.city_region.as_str()),
        )
        .col_expr(
            practice::Column::Organisation,
            Expr::value(edit.organisation.as_str()),
        )
        .col_expr(
            practice::Column::OrganisationType,
            Expr::value(edit.organisation_type.map_or("", |kind| kind.slug())),
        )
        .col_expr(
            practice::Column::Themes,
            Expr::value(Theme::join(&edit.themes)),
        )
        .col_expr(
            practice::Column::WhySelected,
            Expr::value(edit.why_selected.as_ref().map_or("", |why| why.as_str())),
        )
        .col_expr(practice::Column::Links, Expr::value(links.join("\n")))
        .col_expr(
            practice::Column::SearchText,
            Expr::value(search_text([
                edit.title.as_str(),
                edit.summary.as_str(),
                edit.body.as_str(),
                edit.organisation.as_str(),
                edit.city_region.as_str(),
            ])),
        )
        .col_expr(practice::Column::UpdatedAt, Expr::value(now))
        .filter(practice::Column::Id.eq(id))
        .exec(conn)
        .await?;
    if updated.rows_affected != 1 {
        return Ok(Saved::NotFound);
    }
    for (file_id, file) in &edit.files {
        practice_file::Entity::update_many()
            .col_expr(practice_file::Column::Shown, Expr::value(file.shown))
            .col_expr(
                practice_file::Column::Title,
                Expr::value(file.title.clone()),
            )
            .col_expr(
                practice_file::Column::AltText,
                Expr::value(file.alt_text.clone()),
            )
            .col_expr(
                practice_file::Column::Caption,
                Expr::value(file.caption.clone()),
            )
            .col_expr(
                practice_file::Column::Credit,
                Expr::value(file.credit.clone()),
            )
            .col_expr(
                practice_file::Column::Licence,
                Expr::value(file.licence.map_or("", |licence| licence.slug())),
            )
            .filter(practice_file::Column::Id.eq(*file_id))
            .filter(practice_file::Column::PracticeId.eq(id))
            .exec(conn)
            .await?;
    }
    Ok(Saved::Done)
}

/// Publishes (keeping the first publication date) or unpublishes practice `id`.
pub async fn set_published(
    conn: &impl ConnectionTrait,
    id: i32,
    publish: bool,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let published_at: SimpleExpr = if publish {
        Func::coalesce([Expr::col(practice::Column::PublishedAt), Expr::value(now)]).into()
    } else {
        Expr::value(Option::<DateTime<Utc>>::None)
    };
    let changed = practice::Entity::update_many()
        .col_expr(practice::Column::PublishedAt, published_at)
        .col_expr(practice::Column::UpdatedAt, Expr::value(now))
        .filter(practice::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(changed.rows_affected == 1)
}

pub async fn set_featured(
    conn: &impl ConnectionTrait,
    id: i32,
    featured: bool,
) -> Result<bool, DbErr> {
    let changed = practice::Entity::update_many()
        .col_expr(practice::Column::Featured, Expr::value(featured))
        .filter(practice::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Every practice for the admins' list, newest first.
pub async fn all(conn: &impl ConnectionTrait) -> Result<Vec<practice::Model>, DbErr> {
    practice::Entity::find()
        .order_by_desc(practice::Column::Id)
        .all(conn)
        .await
}
