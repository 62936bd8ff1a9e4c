//! Workshop queries.

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::{RegistrationWindow, WorkshopDetail, WorkshopSummary};
use crate::db::entities::{workshop, workshop_registration as registration};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::i18n::dates::in_brussels;
use crate::translations::db::{Translatable, translate, translate_one};

pub use super::lifecycle::{CANCELLED, DRAFT, PUBLISHED};

/// Published workshops that have not started yet, soonest first, dated in `lang`.
pub async fn upcoming(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    limit: Option<u64>,
    lang: Lang,
) -> Result<Vec<WorkshopSummary>, DbErr> {
    let rows = workshop::Entity::find()
        .filter(workshop::Column::Status.eq(PUBLISHED))
        .filter(workshop::Column::StartsAt.gt(now))
        .order_by_asc(workshop::Column::StartsAt)
        .limit(limit)
        .all(db)
        .await?;
    Ok(translate(db, lang, rows)
        .await?
        .into_iter()
        .map(|(row, written_in)| summary(row, lang, written_in))
        .collect())
}

/// A workshop's public texts: staff write them per language.
impl Translatable for workshop::Model {
    fn owner(&self) -> String {
        crate::translations::subject(&["workshop", &self.id.to_string()])
    }

    fn texts(&mut self) -> Vec<(&'static str, &mut String)> {
        [
            ("title", &mut self.title),
            ("theme", &mut self.theme),
            ("description", &mut self.description),
        ]
        .into_iter()
        // A text left empty in English needs no translation.
        .filter(|(_, english)| !english.trim().is_empty())
        .collect()
    }
}

/// `row` dated in `lang`, its texts in `written_in`.
fn summary(row: workshop::Model, lang: Lang, written_in: Lang) -> WorkshopSummary {
    WorkshopSummary {
        starts_at_text: in_brussels(lang, row.starts_at),
        written_in,
        slug: row.slug,
        title: row.title,
        theme: row.theme,
        description: row.description,
        starts_at: row.starts_at,
        duration_minutes: row.duration_minutes,
    }
}

/// Dated in English, for the pages that are only in English.
impl From<workshop::Model> for WorkshopSummary {
    fn from(row: workshop::Model) -> Self {
        summary(row, Lang::En, Lang::En)
    }
}

/// The addresses of every published workshop's page, soonest first.
pub async fn published_slugs(db: &DatabaseConnection) -> Result<Vec<String>, DbErr> {
    let rows = workshop::Entity::find()
        .filter(workshop::Column::Status.eq(PUBLISHED))
        .order_by_asc(workshop::Column::StartsAt)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|row| row.slug).collect())
}

/// A published workshop by its address.
pub async fn published_by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<workshop::Model>, DbErr> {
    workshop::Entity::find()
        .filter(workshop::Column::Slug.eq(slug))
        .filter(workshop::Column::Status.eq(PUBLISHED))
        .one(db)
        .await
}

/// A published workshop's page in `lang`: its seats as they are now, and its registration window.
pub async fn detail(
    db: &DatabaseConnection,
    slug: &str,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<Option<WorkshopDetail>, DbErr> {
    let Some(row) = published_by_slug(db, slug).await? else {
        return Ok(None);
    };
    let (row, written_in) = translate_one(db, lang, row).await?;
    let confirmed = super::seats::confirmed_count(db, row.id).await?;
    let waiting = super::seats::count_in(db, row.id, super::seats::status::WAITING).await?;
    let capacity = u64::try_from(row.capacity).unwrap_or(0);
    let window = if now < row.registration_opens_at {
        RegistrationWindow::NotYetOpen {
            opens_at_text: in_brussels(lang, row.registration_opens_at),
        }
    } else if now < row.registration_closes_at {
        RegistrationWindow::Open {
            closes_at_text: in_brussels(lang, row.registration_closes_at),
        }
    } else {
        RegistrationWindow::Closed
    };
    Ok(Some(WorkshopDetail {
        capacity,
        seats_left: capacity.saturating_sub(confirmed),
        waiting,
        window,
        countries: super::registration::country_options(lang),
        summary: summary(row, lang, written_in),
    }))
}

/// Every workshop for staff, soonest first, with its seats taken and its line.
pub async fn all_with_counts(
    db: &DatabaseConnection,
) -> Result<Vec<super::admin::WorkshopRow>, DbErr> {
    use super::seats::{count_in, status};
    let rows = workshop::Entity::find()
        .order_by_asc(workshop::Column::StartsAt)
        .all(db)
        .await?;
    let mut listed = Vec::with_capacity(rows.len());
    for row in rows {
        listed.push(super::admin::WorkshopRow {
            confirmed: count_in(db, row.id, status::CONFIRMED).await?,
            waiting: count_in(db, row.id, status::WAITING).await?,
            id: row.id,
            starts_at_text: in_brussels(Lang::En, row.starts_at),
            title: row.title,
            status: row.status,
            capacity: row.capacity,
        });
    }
    Ok(listed)
}

/// A registration by its id.
pub async fn registration(
    db: &DatabaseConnection,
    id: i32,
) -> Result<Option<registration::Model>, DbErr> {
    registration::Entity::find_by_id(id).one(db).await
}

/// The workshop's zone, or Brussels when the stored one is unknown.
fn zone_of(row: &workshop::Model) -> chrono_tz::Tz {
    row.time_zone.parse().unwrap_or(chrono_tz::Europe::Brussels)
}

/// The staff editor: the form as stored, in the workshop's zone, and everyone who signed up,
/// seats first, then the line in order, then cancelled places.
pub async fn editor(
    db: &DatabaseConnection,
    id: i32,
) -> Result<Option<super::admin::WorkshopEditor>, DbErr> {
    use super::seats::status;
    use crate::time::to_local_input;
    let Some(row) = workshop::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let people = registration::Entity::find()
        .filter(registration::Column::WorkshopId.eq(id))
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?;
    let rank = |status_of: &str| match status_of {
        status::CONFIRMED => 0,
        status::WAITING => 1,
        _ => 2,
    };
    let mut position = 0;
    let mut registrations: Vec<_> = people
        .into_iter()
        .map(|person| {
            let in_line = person.status == status::WAITING;
            position += u64::from(in_line);
            super::admin::RegistrationRow {
                id: person.id,
                name: person.name,
                email: person.email,
                organisation: person.organisation,
                country: crate::country::Country::parse(&person.country)
                    .map_or(person.country.clone(), |country| country.name().to_owned()),
                role: super::registration::AttendeeRole::parse(&person.role)
                    .map_or(person.role.clone(), |role| role.label().to_owned()),
                accessibility_needs: person.accessibility_needs,
                position: in_line.then_some(position),
                status: person.status,
                registered_at_text: in_brussels(Lang::En, person.created_at),
            }
        })
        .collect();
    registrations.sort_by_key(|row| rank(&row.status));
    let count = |wanted: &str| {
        registrations
            .iter()
            .filter(|row| row.status == wanted)
            .count() as u64
    };
    let zone = zone_of(&row);
    Ok(Some(super::admin::WorkshopEditor {
        id: row.id,
        confirmed: count(status::CONFIRMED),
        waiting: count(status::WAITING),
        registrations,
        status: row.status.clone(),
        slug: row.slug.clone(),
        form: super::editing::WorkshopForm {
            title: row.title,
            slug: row.slug,
            theme: row.theme,
            description: row.description,
            time_zone: zone.name().to_owned(),
            starts_at: to_local_input(row.starts_at, zone),
            duration_minutes: row.duration_minutes.to_string(),
            capacity: row.capacity.to_string(),
            meeting_url: row.meeting_url.unwrap_or_default(),
            registration_opens_at: to_local_input(row.registration_opens_at, zone),
            registration_closes_at: to_local_input(row.registration_closes_at, zone),
        },
    }))
}

/// A new draft: four weeks ahead at 14:00 Brussels time, 90 minutes, 100 seats, sign-ups open
/// from now until two hours before. Its address is made unique with its id.
pub async fn blank_draft(conn: &DatabaseTransaction, now: DateTime<Utc>) -> Result<i32, DbErr> {
    let day = (now + TimeDelta::weeks(4)).date_naive();
    let starts_at = crate::time::from_local_input(
        &format!("{}T14:00", day.format("%Y-%m-%d")),
        chrono_tz::Europe::Brussels,
    )
    .unwrap_or(now + TimeDelta::weeks(4));
    let row = workshop::ActiveModel {
        slug: Set(format!("new-workshop-{}", now.timestamp_micros())),
        title: Set("New workshop".to_owned()),
        theme: Set(String::new()),
        description: Set(String::new()),
        starts_at: Set(starts_at),
        duration_minutes: Set(90),
        capacity: Set(100),
        meeting_url: Set(None),
        registration_opens_at: Set(now),
        registration_closes_at: Set(starts_at - TimeDelta::hours(2)),
        status: Set(DRAFT.to_owned()),
        created_at: Set(now),
        time_zone: Set("Europe/Brussels".to_owned()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(row.id)
}

/// Saves the editor's form. Refused when the address is another workshop's, when the workshop
/// is cancelled, or when fewer seats are asked for than people already hold.
pub async fn save(
    txn: &DatabaseTransaction,
    id: i32,
    edit: &super::editing::WorkshopEdit,
    time_zone: &str,
    public_url: &str,
) -> Result<(), AppError> {
    let invalid = |field: &str, message: String| AppError::invalid(field, message);
    let taken = workshop::Entity::find()
        .filter(workshop::Column::Slug.eq(edit.slug.as_str()))
        .filter(workshop::Column::Id.ne(id))
        .one(txn)
        .await?;
    if taken.is_some() {
        return Err(invalid(
            "slug",
            "Another workshop has this address: choose another.".to_owned(),
        ));
    }
    let (workshop, _) = super::seats::change_workshop(txn, id, Utc::now(), public_url, |current| {
        let mut row: workshop::ActiveModel = current.into();
        row.title = Set(edit.title.as_str().to_owned());
        row.slug = Set(edit.slug.as_str().to_owned());
        row.theme = Set(edit.theme.as_str().to_owned());
        row.description = Set(edit.description.as_str().to_owned());
        row.time_zone = Set(time_zone.to_owned());
        row.starts_at = Set(edit.starts_at);
        row.duration_minutes = Set(edit.duration_minutes);
        row.capacity = Set(edit.capacity);
        row.meeting_url = Set(edit.meeting_url.as_ref().map(|url| url.as_str().to_owned()));
        row.registration_opens_at = Set(edit.registration_opens_at);
        row.registration_closes_at = Set(edit.registration_closes_at);
        row
    })
    .await?
    .ok_or_else(|| AppError::NotFound("This workshop".to_owned()))?;
    if workshop.status == CANCELLED {
        return Err(invalid(
            "title",
            "This workshop is cancelled: it can no longer change.".to_owned(),
        ));
    }
    let holding = super::seats::confirmed_count(txn, id).await?;
    if holding > u64::try_from(workshop.capacity).unwrap_or(0) {
        return Err(invalid(
            "capacity",
            format!(
                "{holding} people already have a seat: cancel places before lowering the seats below that."
            ),
        ));
    }
    Ok(())
}

/// Publishes a draft or takes a published workshop back to a draft; a cancelled one stays so.
pub async fn set_status(
    txn: &DatabaseTransaction,
    id: i32,
    target: &str,
    public_url: &str,
) -> Result<(), AppError> {
    let mut was_cancelled = false;
    super::seats::change_workshop(txn, id, Utc::now(), public_url, |current| {
        was_cancelled = current.status == CANCELLED;
        let mut row: workshop::ActiveModel = current.into();
        if !was_cancelled {
            row.status = Set(target.to_owned());
        }
        row
    })
    .await?
    .ok_or_else(|| AppError::NotFound("This workshop".to_owned()))?;
    if was_cancelled {
        return Err(AppError::invalid(
            "confirm",
            "This workshop is cancelled: it cannot be published again.",
        ));
    }
    Ok(())
}
