//! Visit queries.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::application::status;
use super::{VisitDetail, VisitSummary};
use crate::db::entities::{practice, visit, visit_application};
use crate::i18n::{Lang, dates, t_in};
use crate::translations::db::{Translatable, translate, translate_one};
use crate::workshops::lifecycle::{DRAFT, PUBLISHED};

/// "Tuesday 4 May 2027 to Thursday 6 May 2027".
pub(super) fn dates_text(row: &visit::Model, lang: Lang) -> String {
    // Noon UTC is the same day in Brussels, whose calendar `long_date` reads.
    let date = |day: chrono::NaiveDate| {
        let noon = day.and_time(chrono::NaiveTime::MIN).and_utc() + chrono::TimeDelta::hours(12);
        dates::long_date(lang, noon)
    };
    t_in(
        lang,
        "visit-dates",
        [
            ("start", date(row.starts_on).into()),
            ("end", date(row.ends_on).into()),
        ],
    )
}

/// A visit's public texts: staff write them per language.
impl Translatable for visit::Model {
    fn owner(&self) -> String {
        crate::translations::editor::Owner::Visit.subject(self.id)
    }

    fn texts(&mut self) -> Vec<(&'static str, &mut String)> {
        [
            ("title", &mut self.title),
            ("programme", &mut self.programme),
        ]
        .into_iter()
        .filter(|(_, english)| !english.trim().is_empty())
        .collect()
    }
}

/// `row` in `lang`, its texts in `written_in`.
async fn summary(
    conn: &impl ConnectionTrait,
    row: &visit::Model,
    lang: Lang,
    written_in: Lang,
) -> Result<VisitSummary, DbErr> {
    let practice = match row.practice_id {
        Some(id) => practice::Entity::find_by_id(id)
            .filter(practice::Column::PublishedAt.is_not_null())
            .one(conn)
            .await?
            .map(|practice| (practice.slug, practice.title)),
        None => None,
    };
    Ok(VisitSummary {
        slug: row.slug.clone(),
        title: row.title.clone(),
        written_in,
        host_place: row.host_place.clone(),
        country: crate::country::Country::parse(&row.country)
            .map_or(row.country.clone(), |country| {
                dates::country_name(lang, country)
            }),
        dates_text: dates_text(row, lang),
        delegation_size: row.delegation_size,
        applications_close_at_text: dates::in_brussels(lang, row.applications_close_at),
        practice,
    })
}

/// Published visits in `lang`, soonest first.
pub async fn published(db: &DatabaseConnection, lang: Lang) -> Result<Vec<VisitSummary>, DbErr> {
    let rows = visit::Entity::find()
        .filter(visit::Column::Status.eq(PUBLISHED))
        .order_by_asc(visit::Column::StartsOn)
        .all(db)
        .await?;
    let mut summaries = Vec::with_capacity(rows.len());
    for (row, written_in) in translate(db, lang, rows).await? {
        summaries.push(summary(db, &row, lang, written_in).await?);
    }
    Ok(summaries)
}

pub async fn published_by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<visit::Model>, DbErr> {
    visit::Entity::find()
        .filter(visit::Column::Slug.eq(slug))
        .filter(visit::Column::Status.eq(PUBLISHED))
        .one(db)
        .await
}

/// A published visit's page in `lang`.
pub async fn detail(
    db: &DatabaseConnection,
    slug: &str,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<Option<VisitDetail>, DbErr> {
    let Some(row) = published_by_slug(db, slug).await? else {
        return Ok(None);
    };
    let (row, written_in) = translate_one(db, lang, row).await?;
    Ok(Some(VisitDetail {
        summary: summary(db, &row, lang, written_in).await?,
        programme_html: crate::markdown::to_safe_html_in(&row.programme, lang),
        accepted: super::delegation::count_in(db, row.id, status::ACCEPTED).await?,
        open: now < row.applications_close_at,
        countries: crate::workshops::registration::country_options(lang),
    }))
}

/// The published visits to practice `practice_id`: address and title.
pub async fn hosted_by(
    conn: &impl ConnectionTrait,
    practice_id: i32,
) -> Result<Vec<(String, String)>, DbErr> {
    Ok(visit::Entity::find()
        .filter(visit::Column::PracticeId.eq(practice_id))
        .filter(visit::Column::Status.eq(PUBLISHED))
        .order_by_asc(visit::Column::StartsOn)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (row.slug, row.title))
        .collect())
}

/// Every visit for staff, soonest first.
pub async fn all(db: &DatabaseConnection) -> Result<Vec<visit::Model>, DbErr> {
    visit::Entity::find()
        .order_by_asc(visit::Column::StartsOn)
        .all(db)
        .await
}

/// A visit's applications, oldest first.
pub async fn applications(
    db: &DatabaseConnection,
    visit_id: i32,
) -> Result<Vec<visit_application::Model>, DbErr> {
    visit_application::Entity::find()
        .filter(visit_application::Column::VisitId.eq(visit_id))
        .order_by_asc(visit_application::Column::Id)
        .all(db)
        .await
}

/// The staff editor: the form as stored, the practices it can link, and the applications.
pub async fn editor(
    db: &DatabaseConnection,
    id: i32,
) -> Result<Option<super::admin::VisitEditor>, DbErr> {
    use super::admin::{ApplicationRow, VisitEditor, VisitForm};
    let Some(row) = visit::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let practices = practice::Entity::find()
        .filter(practice::Column::PublishedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|practice| (practice.id.to_string(), practice.title))
        .collect();
    let applications = applications(db, id)
        .await?
        .into_iter()
        .map(|application| ApplicationRow {
            id: application.id,
            name: application.name,
            email: application.email,
            organisation: application.organisation,
            country: crate::country::Country::parse(&application.country)
                .map_or(application.country.clone(), |country| {
                    country.name().to_owned()
                }),
            role: crate::workshops::registration::AttendeeRole::parse(&application.role)
                .map_or(application.role.clone(), |role| role.label().to_owned()),
            motivation: application.motivation,
            accessibility_needs: application.accessibility_needs,
            status: application.status,
        })
        .collect();
    Ok(Some(VisitEditor {
        id,
        accepted: super::delegation::count_in(db, id, super::application::status::ACCEPTED).await?,
        published: row.status == crate::workshops::lifecycle::PUBLISHED,
        practices,
        applications,
        form: VisitForm {
            title: row.title,
            slug: row.slug,
            host_place: row.host_place,
            country: row.country,
            practice: row.practice_id.map(|id| id.to_string()).unwrap_or_default(),
            starts_on: row.starts_on.to_string(),
            ends_on: row.ends_on.to_string(),
            programme: row.programme,
            delegation_size: row.delegation_size.to_string(),
            applications_close_at: crate::time::to_local_input(
                row.applications_close_at,
                chrono_tz::Europe::Brussels,
            ),
        },
    }))
}

/// A new draft visit, three months ahead, for a delegation of 20, applications open a month.
pub async fn blank_draft(conn: &DatabaseTransaction, now: DateTime<Utc>) -> Result<i32, DbErr> {
    let starts_on = (now + chrono::TimeDelta::days(90)).date_naive();
    let row = visit::ActiveModel {
        slug: Set(format!("new-visit-{}", now.timestamp_micros())),
        title: Set("New peer-learning visit".to_owned()),
        host_place: Set(String::new()),
        country: Set(String::new()),
        practice_id: Set(None),
        starts_on: Set(starts_on),
        ends_on: Set(starts_on + chrono::Days::new(2)),
        programme: Set(String::new()),
        delegation_size: Set(20),
        applications_close_at: Set(now + chrono::TimeDelta::days(30)),
        status: Set(DRAFT.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(row.id)
}
