//! Demo content at scale, for the benchmarks (`heritage-hub seed-demo --scale N`): N published
//! practices with a photograph each, 10 × N sent submissions, 20 workshops and 5 × N sign-ups.
//!
//! Everything goes through the code the site itself runs (drafts, uploads, sending, selection,
//! publishing, sign-ups), so the rows are what real use leaves behind. Running it again tops the
//! counts up to the targets and adds nothing more.

use std::sync::Arc;

use app::db::entities::{outbox_email, practice, submission, workshop, workshop_registration};
use app::gallery::publishing;
use app::review::status::ReviewStatus;
use app::secret::SecretToken;
use app::submission::SubmissionAnswers;
use app::submission::consents::Consent;
use app::submission::media::ImageDetailsAnswers;
use app::submission::uploads::db::NewFile;
use app::submission::uploads::images::Prepared;
use app::submission::uploads::storage::UploadStore;
use app::submission::uploads::{self, UploadKind};
use app::workshops::registration::{AttendeeRole, RegistrationAnswers};
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set, TransactionTrait,
};
use tokio::task::JoinSet;

pub const SUBMISSIONS_PER_PRACTICE: u64 = 10;
pub const REGISTRATIONS_PER_PRACTICE: u64 = 5;
pub const WORKSHOPS: u64 = 20;
/// Requests in flight while seeding: enough to keep PostgreSQL busy, and SQLite's single
/// writer never idle.
const IN_FLIGHT: usize = 16;
/// The newest workshop has just opened its sign-ups: the benchmark's rush goes to it.
pub const RUSH_WORKSHOP_SLUG: &str = "scale-rush";

#[derive(Debug, thiserror::Error)]
pub enum ScaleError {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("demo photograph: {0}")]
    Photo(String),
    #[error("upload folder: {0}")]
    Files(#[from] std::io::Error),
    #[error("demo sign-up refused: {0}")]
    Refused(String),
    #[error("a seeding task stopped: {0}")]
    Stopped(String),
}

#[derive(Debug, Default)]
pub struct ScaleSeeded {
    pub practices: u64,
    pub submissions: u64,
    pub workshops: u64,
    pub registrations: u64,
}

pub async fn seed(
    db: &DatabaseConnection,
    store: &UploadStore,
    practices: u64,
    now: DateTime<Utc>,
) -> Result<ScaleSeeded, ScaleError> {
    let photos = Arc::new(demo_photos(store).await?);
    let sent = submission::Entity::find()
        .filter(submission::Column::Reference.is_not_null())
        .count(db)
        .await?;
    run_in_flight(sent..practices * SUBMISSIONS_PER_PRACTICE, |index| {
        let (db, store, photos) = (db.clone(), store.clone(), Arc::clone(&photos));
        async move { send_submission(&db, &store, &photos, index, now).await }
    })
    .await?;
    select_and_publish(db, practices, now).await?;
    seed_workshops(db, now).await?;
    let registered = workshop_registration::Entity::find().count(db).await?;
    let open_workshops = workshop::Entity::find()
        .filter(workshop::Column::Slug.ne(RUSH_WORKSHOP_SLUG))
        .filter(workshop::Column::Status.eq(app::workshops::db::PUBLISHED))
        .all(db)
        .await?
        .into_iter()
        .map(|workshop| workshop.id)
        .collect::<Arc<[i32]>>();
    run_in_flight(
        registered..practices * REGISTRATIONS_PER_PRACTICE,
        |index| {
            let (db, open_workshops) = (db.clone(), Arc::clone(&open_workshops));
            async move { sign_up(&db, &open_workshops, index, now).await }
        },
    )
    .await?;
    // The confirmations went out long ago on a site with this much history.
    outbox_email::Entity::update_many()
        .col_expr(outbox_email::Column::Status, Expr::value("logged"))
        .col_expr(outbox_email::Column::SentAt, Expr::value(now))
        .filter(outbox_email::Column::Status.eq("queued"))
        .exec(db)
        .await?;
    Ok(ScaleSeeded {
        practices: practice::Entity::find()
            .filter(practice::Column::PublishedAt.is_not_null())
            .count(db)
            .await?,
        submissions: submission::Entity::find()
            .filter(submission::Column::Reference.is_not_null())
            .count(db)
            .await?,
        workshops: workshop::Entity::find().count(db).await?,
        registrations: workshop_registration::Entity::find().count(db).await?,
    })
}

/// Runs `task` for every index, `IN_FLIGHT` at a time.
async fn run_in_flight<F, Fut>(indices: std::ops::Range<u64>, task: F) -> Result<(), ScaleError>
where
    F: Fn(u64) -> Fut,
    Fut: Future<Output = Result<(), ScaleError>> + Send + 'static,
{
    let mut running = JoinSet::new();
    for index in indices {
        if running.len() >= IN_FLIGHT
            && let Some(done) = running.join_next().await
        {
            done.map_err(|e| ScaleError::Stopped(e.to_string()))??;
        }
        running.spawn(task(index));
    }
    while let Some(done) = running.join_next().await {
        done.map_err(|e| ScaleError::Stopped(e.to_string()))??;
    }
    Ok(())
}

/// A draft typed, given a photograph (every tenth) and sent, as the wizard does.
async fn send_submission(
    db: &DatabaseConnection,
    store: &UploadStore,
    photos: &[Prepared],
    index: u64,
    now: DateTime<Utc>,
) -> Result<(), ScaleError> {
    let sent_at = now - TimeDelta::minutes(i64::try_from(index).unwrap_or(0));
    let mut answers = answers(index);
    let (id, _token) = app::submission::db::create_draft(db, &answers, sent_at).await?;
    let mut consents = vec![Consent::Processing, Consent::Publication];
    if index.is_multiple_of(SUBMISSIONS_PER_PRACTICE) {
        let photo = &photos[usize::try_from(index).unwrap_or(0) % photos.len()];
        let stored_name = UploadStore::new_name();
        store.write(&stored_name, photo).await?;
        let original_name = format!("photo-{index}.jpg");
        let file = NewFile {
            kind: UploadKind::Image,
            stored_name: &stored_name,
            original_name: &original_name,
            prepared: photo,
        };
        if let Some(uploaded) = uploads::db::add(db, id, file, sent_at).await? {
            answers.media.images.insert(
                uploaded.id.to_string(),
                ImageDetailsAnswers {
                    caption: format!("{} today", answers.practice.title),
                    alt_text: format!(
                        "A street of {} with restored facades",
                        answers.practice.city_region
                    ),
                    credit: answers.organisation.organisation_name.clone(),
                    licence: app::submission::media::Licence::CcBy.slug().to_owned(),
                },
            );
            consents.push(Consent::ImageRights);
        }
    }
    app::submission::db::submit(db, id, &answers, &consents, sent_at, |_| None).await?;
    Ok(())
}

/// Every tenth submission is selected and its practice published, oldest first.
async fn select_and_publish(
    db: &DatabaseConnection,
    practices: u64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let published = practice::Entity::find()
        .filter(practice::Column::PublishedAt.is_not_null())
        .count(db)
        .await?;
    let wanted = practices.saturating_sub(published);
    let photographed = app::db::entities::submission_file::Entity::find()
        .filter(app::db::entities::submission_file::Column::Kind.eq("image"))
        .all(db)
        .await?
        .into_iter()
        .map(|file| file.submission_id);
    let mut made = 0;
    for id in photographed {
        if made >= wanted {
            break;
        }
        let transaction = db.begin().await?;
        app::review::db::set_status(&transaction, id, ReviewStatus::Selected, true, now).await?;
        if let Some(practice_id) = publishing::draft_from_submission(&transaction, id, now).await? {
            let already = practice::Entity::find_by_id(practice_id)
                .one(&transaction)
                .await?
                .is_some_and(|practice| practice.published_at.is_some());
            if !already {
                let days_ago = TimeDelta::hours(i64::try_from(made).unwrap_or(0) * 7);
                publishing::set_published(&transaction, practice_id, true, now - days_ago).await?;
                made += 1;
            }
        }
        transaction.commit().await?;
    }
    Ok(())
}

/// Sixteen more workshops beside the demo's four: a year of monthly sessions, and the newest,
/// whose 100 seats have just opened.
async fn seed_workshops(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(), DbErr> {
    let have = workshop::Entity::find().count(db).await?;
    for index in have..WORKSHOPS {
        let rush = index + 1 == WORKSHOPS;
        let (subject, action, _, _) = vocabulary(index);
        let starts_at = now + TimeDelta::weeks(i64::try_from(index).unwrap_or(0) * 3 + 3);
        workshop::ActiveModel {
            slug: Set(if rush {
                RUSH_WORKSHOP_SLUG.to_owned()
            } else {
                format!("scale-workshop-{index}")
            }),
            title: Set(format!("{action} {subject}: what works")),
            theme: Set(
                app::theme::Theme::ALL[usize::try_from(index).unwrap_or(0) % 3]
                    .slug()
                    .to_owned(),
            ),
            description: Set(format!(
                "Three practitioners show how they went about {} {subject}, and what they would \
                 do differently. Questions welcome throughout.",
                action.to_lowercase()
            )),
            starts_at: Set(starts_at),
            duration_minutes: Set(90),
            capacity: Set(if rush { 100 } else { 300 }),
            meeting_url: Set(Some(format!("https://meet.example.org/ehh-scale-{index}"))),
            registration_opens_at: Set(now - TimeDelta::days(if rush { 0 } else { 30 })),
            registration_closes_at: Set(starts_at - TimeDelta::hours(2)),
            status: Set(app::workshops::db::PUBLISHED.to_owned()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

async fn sign_up(
    db: &DatabaseConnection,
    workshops: &[i32],
    index: u64,
    now: DateTime<Utc>,
) -> Result<(), ScaleError> {
    let slot = usize::try_from(index).unwrap_or(0);
    let (_, _, (city, country), organisation) = vocabulary(index);
    let person = RegistrationAnswers {
        name: format!(
            "{} {}",
            FIRST_NAMES[slot % FIRST_NAMES.len()],
            SURNAMES[slot % SURNAMES.len()]
        ),
        email: format!("attendee{index}@example.org"),
        organisation: format!("{organisation} {city}"),
        organisation_type: app::submission::organisation::OrganisationType::ALL[slot % 8]
            .slug()
            .to_owned(),
        country: country.to_owned(),
        role: AttendeeRole::ALL[slot % AttendeeRole::ALL.len()]
            .slug()
            .to_owned(),
        accessibility_needs: if index.is_multiple_of(25) {
            "Live captions, please.".to_owned()
        } else {
            String::new()
        },
        consent: "on".to_owned(),
    }
    .parse()
    .map_err(|errors| ScaleError::Refused(format!("{errors:?}")))?;
    let workshop = workshops[slot % workshops.len()];
    app::workshops::seats::register(
        db,
        workshop,
        &person,
        app::i18n::Lang::En,
        &SecretToken::generate(),
        now,
        "http://127.0.0.1:3000",
    )
    .await?
    .map_err(|refusal| ScaleError::Refused(format!("{refusal:?}")))?;
    Ok(())
}

/// The answers of submission `index`: varied, complete and plausible.
fn answers(index: u64) -> SubmissionAnswers {
    let slot = usize::try_from(index).unwrap_or(0);
    let (subject, action, (city, country), organisation) = vocabulary(index);
    let title = format!("{action} the {subject} of {city}");
    let mut answers = SubmissionAnswers::default();
    let organisation_name = format!("{organisation} {city}");
    let people = &mut answers.organisation;
    people.first_name = FIRST_NAMES[slot % FIRST_NAMES.len()].to_owned();
    people.last_name = SURNAMES[slot % SURNAMES.len()].to_owned();
    people.email = format!("applicant{index}@example.org");
    people.role = "Project coordinator".to_owned();
    people.organisation_name = organisation_name;
    people.organisation_type = app::submission::organisation::OrganisationType::ALL[slot % 8]
        .slug()
        .to_owned();
    people.website = format!("https://heritage-{index}.example.org");
    people.city_region = city.to_owned();
    people.country = country.to_owned();
    let practice = &mut answers.practice;
    practice.summary = format!(
        "In {city}, residents, craftspeople and the local administration work together on {} \
         {subject}: a programme that keeps them in use, teaches the skills they need and shares \
         what it learns with other towns.",
        action.to_lowercase()
    );
    practice.description = [
        format!("The {subject} of {city} shape the town's streets and memories, yet many stood empty and neglected."),
        format!("Since {} the programme has paired each building's users with trained craftspeople and an adviser, who plan the work together and share the costs.", 2015 + index % 9),
        "Volunteers record oral histories, schools visit the sites, and every repair is documented in an open register that other municipalities consult.".to_owned(),
        "The work lowered energy bills, brought young people into traditional trades and returned several buildings to daily use as homes, workshops and meeting places.".to_owned(),
    ]
    .join("\n\n");
    practice.language = "en".to_owned();
    practice.title = title;
    practice.city_region = city.to_owned();
    practice.country = country.to_owned();
    practice.status = if index.is_multiple_of(3) {
        "completed"
    } else {
        "ongoing"
    }
    .to_owned();
    practice.start_year = (2015 + index % 9).to_string();
    practice.partners =
        "The municipality, a craft school and two residents' associations.".to_owned();
    practice.target_groups = "Residents, owners, apprentices and schools.".to_owned();
    let transformation = &mut answers.transformation;
    let how = "Through repairs planned with the people who use the buildings.".to_owned();
    transformation.social = "on".to_owned();
    transformation.social_how = how.clone();
    if index.is_multiple_of(2) {
        transformation.environmental = "on".to_owned();
        transformation.environmental_how = how.clone();
    }
    if index.is_multiple_of(3) {
        transformation.digital = "on".to_owned();
        transformation.digital_how = how;
    }
    answers.peer_learning.willing_to_host =
        if index.is_multiple_of(4) { "yes" } else { "no" }.to_owned();
    answers.peer_learning.workshop_interest = "yes".to_owned();
    answers
}

/// The words submission `index` is made of; 10 × 12 × 30 × 6 combinations, so titles and
/// slugs rarely repeat.
fn vocabulary(
    index: u64,
) -> (
    &'static str,
    &'static str,
    (&'static str, &'static str),
    &'static str,
) {
    let slot = usize::try_from(index).unwrap_or(0);
    (
        SUBJECTS[slot % SUBJECTS.len()],
        ACTIONS[(slot / SUBJECTS.len()) % ACTIONS.len()],
        PLACES[(slot / (SUBJECTS.len() * ACTIONS.len())) % PLACES.len()],
        ORGANISATIONS[slot % ORGANISATIONS.len()],
    )
}

const SUBJECTS: [&str; 10] = [
    "wooden houses",
    "dry-stone terraces",
    "market halls",
    "textile mills",
    "monastery gardens",
    "tram depots",
    "fortress walls",
    "village schools",
    "canal warehouses",
    "bathhouses",
];
const ACTIONS: [&str; 12] = [
    "Restoring",
    "Mapping",
    "Reopening",
    "Digitising",
    "Retrofitting",
    "Reusing",
    "Co-managing",
    "Insulating",
    "Documenting",
    "Reviving",
    "Protecting",
    "Sharing",
];
const PLACES: [(&str, &str); 30] = [
    ("Tbilisi", "GE"),
    ("Kutaisi", "GE"),
    ("Gyumri", "AM"),
    ("Yerevan", "AM"),
    ("Sheki", "AZ"),
    ("Tartu", "EE"),
    ("Riga", "LV"),
    ("Kaunas", "LT"),
    ("Gdańsk", "PL"),
    ("Brno", "CZ"),
    ("Košice", "SK"),
    ("Pécs", "HU"),
    ("Timișoara", "RO"),
    ("Plovdiv", "BG"),
    ("Split", "HR"),
    ("Ljubljana", "SI"),
    ("Novi Sad", "RS"),
    ("Mostar", "BA"),
    ("Berat", "AL"),
    ("Ohrid", "MK"),
    ("Thessaloniki", "GR"),
    ("Matera", "IT"),
    ("Porto", "PT"),
    ("Valencia", "ES"),
    ("Lyon", "FR"),
    ("Ghent", "BE"),
    ("Leeuwarden", "NL"),
    ("Leipzig", "DE"),
    ("Tampere", "FI"),
    ("Galway", "IE"),
];
const ORGANISATIONS: [&str; 6] = [
    "Heritage Trust",
    "City of",
    "Civic Lab",
    "Craft School",
    "Old Town Association",
    "Open Archive",
];
const FIRST_NAMES: [&str; 12] = [
    "Nino",
    "Anna",
    "Giorgi",
    "Ana",
    "Mārtiņš",
    "Eva",
    "Tomasz",
    "Lucía",
    "Aram",
    "Sofia",
    "Jan",
    "Leyla",
];
const SURNAMES: [&str; 13] = [
    "Kapanadze",
    "Petrosyan",
    "Tamm",
    "Novak",
    "Horváth",
    "Ionescu",
    "Rossi",
    "García",
    "Dubois",
    "Janssens",
    "Müller",
    "Virtanen",
    "Aliyeva",
];

/// Six photographs' worth of pixels, each prepared once (checked, re-encoded, resized) as an
/// upload is; every photographed submission stores its own copy.
async fn demo_photos(store: &UploadStore) -> Result<Vec<Prepared>, ScaleError> {
    let mut photos = Vec::new();
    for hue in 0..6u32 {
        let picture = image::RgbImage::from_fn(1280, 853, |x, y| {
            let stripe = u8::from((x / 40 + y / 90 + hue) % 3 == 0) * 40;
            let channel = |shift: u32| {
                u8::try_from(((x + y) / 10 + hue * 40 + shift) % 200).unwrap_or(0) + stripe
            };
            image::Rgb([channel(0), channel(70), channel(140)])
        });
        let mut jpeg = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(picture)
            .write_to(&mut jpeg, image::ImageFormat::Jpeg)
            .map_err(|e| ScaleError::Photo(e.to_string()))?;
        let prepared = store
            .prepare(UploadKind::Image, jpeg.into_inner())
            .await
            .map_err(|problem| ScaleError::Photo(problem.code().to_owned()))?;
        photos.push(prepared);
    }
    Ok(photos)
}
