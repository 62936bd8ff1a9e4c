//! Realistic demo content: an open call, four workshops and a few published practices.
//! Running it again updates the call and adds only what is missing. `scale` adds the volume the
//! benchmarks measure with.

pub mod scale;

use app::db::entities::{call_settings, practice, visit, workshop};
use chrono::{DateTime, Days, TimeDelta, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

pub struct Seeded {
    pub visits: u64,
    pub workshops: u64,
    pub practices: u64,
}

pub async fn seed(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Seeded, DbErr> {
    seed_call(db, now).await?;
    for (weeks_ahead, (slug, title, theme, description)) in (8..).step_by(2).zip(WORKSHOPS) {
        if workshop::Entity::find()
            .filter(workshop::Column::Slug.eq(slug))
            .one(db)
            .await?
            .is_some()
        {
            continue;
        }
        // 14:00 in Brussels in winter is 13:00 UTC.
        let starts_at = (now + TimeDelta::weeks(weeks_ahead))
            .date_naive()
            .and_hms_opt(13, 0, 0)
            .expect("13:00 is a valid time")
            .and_utc();
        workshop::ActiveModel {
            slug: Set(slug.to_owned()),
            title: Set(title.to_owned()),
            theme: Set(theme.to_owned()),
            description: Set(description.to_owned()),
            starts_at: Set(starts_at),
            duration_minutes: Set(90),
            capacity: Set(100),
            meeting_url: Set(Some(format!("https://meet.example.org/ehh-{slug}"))),
            registration_opens_at: Set(now - TimeDelta::days(7)),
            registration_closes_at: Set(starts_at - TimeDelta::hours(2)),
            status: Set(app::workshops::db::PUBLISHED.to_owned()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    for (days_ago, demo) in (3..).step_by(9).zip(PRACTICES) {
        if practice::Entity::find()
            .filter(practice::Column::Slug.eq(demo.slug))
            .one(db)
            .await?
            .is_some()
        {
            continue;
        }
        let published_at = now.checked_sub_days(Days::new(days_ago)).unwrap_or(now);
        practice::ActiveModel {
            slug: Set(demo.slug.to_owned()),
            title: Set(demo.title.to_owned()),
            summary: Set(demo.summary.to_owned()),
            body_markdown: Set(demo.body.to_owned()),
            country_code: Set(demo.country.to_owned()),
            city_region: Set(demo.place.to_owned()),
            organisation: Set(demo.organisation.to_owned()),
            themes: Set(demo.themes.to_owned()),
            why_selected: Set(demo.why_selected.to_owned()),
            featured: Set(demo.featured),
            published_at: Set(Some(published_at)),
            created_at: Set(now),
            links: Set(String::new()),
            search_text: Set(app::gallery::publishing::search_text([
                demo.title,
                demo.summary,
                demo.body,
                demo.organisation,
                demo.place,
            ])),
            organisation_type: Set(String::new()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    seed_visit(db, now).await?;
    Ok(Seeded {
        visits: visit::Entity::find().count(db).await?,
        workshops: workshop::Entity::find().count(db).await?,
        practices: practice::Entity::find()
            .filter(practice::Column::PublishedAt.is_not_null())
            .count(db)
            .await?,
    })
}

/// A published visit to the Tbilisi practice in four months, applications open for two.
async fn seed_visit(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(), DbErr> {
    let slug = "tbilisi-balconies";
    if visit::Entity::find()
        .filter(visit::Column::Slug.eq(slug))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(());
    }
    let practice = practice::Entity::find()
        .filter(practice::Column::Slug.eq("tbilisi-balcony-houses"))
        .one(db)
        .await?;
    let starts_on = (now + TimeDelta::weeks(17)).date_naive();
    visit::ActiveModel {
        slug: Set(slug.to_owned()),
        title: Set("The balconies of old Tbilisi".to_owned()),
        host_place: Set("Tbilisi".to_owned()),
        country: Set("GE".to_owned()),
        practice_id: Set(practice.map(|practice| practice.id)),
        starts_on: Set(starts_on),
        ends_on: Set(starts_on + Days::new(2)),
        programme: Set(VISIT_PROGRAMME.to_owned()),
        delegation_size: Set(20),
        applications_close_at: Set(now + TimeDelta::weeks(8)),
        status: Set(app::workshops::lifecycle::PUBLISHED.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

const VISIT_PROGRAMME: &str = "**Day one.** Welcome at City Hall; a walk through Sololaki and Kala \
with the residents who restored their balconies.\n\n**Day two.** Workshops with the municipal \
heritage team on grants, craft training and permits.\n\n**Day three.** What each delegation \
takes home: a morning of exchange, then departures.";

/// The call opened three weeks ago and closes in six weeks, at 23:59 Brussels time.
async fn seed_call(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(), DbErr> {
    let mut settings: call_settings::ActiveModel =
        app::call::db::ensure_exists(db, now).await?.into();
    let closes_at = (now + TimeDelta::weeks(6))
        .date_naive()
        .and_hms_opt(22, 59, 0)
        .expect("22:59 is a valid time")
        .and_utc();
    settings.title = Set(app::call::db::default_title().to_owned());
    settings.introduction = Set(app::call::db::default_introduction().to_owned());
    settings.opens_at = Set(now - TimeDelta::weeks(3));
    settings.closes_at = Set(closes_at);
    settings.selection_limit = Set(10);
    settings.updated_at = Set(now);
    settings.update(db).await.map(|_| ())
}

const WORKSHOPS: [(&str, &str, &str, &str); 4] = [
    (
        "heritage-and-climate",
        "Heritage and climate adaptation",
        "Environmental",
        "How historic towns keep their character while cutting energy use and preparing for heat, floods and drought.",
    ),
    (
        "digital-heritage-for-communities",
        "Digital heritage for communities",
        "Digital",
        "Open data, digital twins and participatory archives: digital tools that residents actually use.",
    ),
    (
        "heritage-for-social-inclusion",
        "Heritage for social inclusion",
        "Social",
        "Practices that bring newcomers, young people and older residents together around shared places and stories.",
    ),
    (
        "transferring-practices",
        "From one city to another: transferring practices",
        "Transferability",
        "What it takes to adopt a practice in another local context: people, money, rules and time.",
    ),
];

struct DemoPractice {
    slug: &'static str,
    title: &'static str,
    summary: &'static str,
    body: &'static str,
    country: &'static str,
    place: &'static str,
    organisation: &'static str,
    themes: &'static str,
    why_selected: &'static str,
    featured: bool,
}

const PRACTICES: [DemoPractice; 4] = [
    DemoPractice {
        slug: "tbilisi-balcony-houses",
        title: "Retrofitting Tbilisi's balcony houses with their residents",
        summary: "Residents, craftspeople and the municipality repair the carved wooden balconies of Old Tbilisi and insulate the houses behind them, keeping families in place.",
        body: "Old Tbilisi's courtyard houses with carved wooden balconies are home to thousands of families.\n\nSince 2021 a **residents' repair programme** pairs each household with a local carpenter and an energy adviser. The municipality funds materials; residents contribute labour.\n\n- 64 balconies repaired\n- heating bills down by a third on average\n- 12 apprentices trained in traditional joinery",
        country: "GE",
        place: "Tbilisi",
        organisation: "Old Tbilisi Heritage Association",
        themes: "environmental,social",
        why_selected: "It joins energy retrofit with social cohesion and keeps a living craft alive; its cost model is documented and can be adopted elsewhere.",
        featured: true,
    },
    DemoPractice {
        slug: "gyumri-digital-twin",
        title: "A digital twin of Gyumri's historic quarter",
        summary: "A city-made 3D model of the Kumayri historic district helps plan repairs after earthquakes and lets residents explore their streets' history online.",
        body: "After the 1988 earthquake, much of Gyumri's black-tuff architecture still waits for repair.\n\nThe municipality and a local university scanned **1,200 facades** and built an open 3D model that planners, owners and schools use.",
        country: "AM",
        place: "Gyumri, Shirak",
        organisation: "Gyumri Municipality",
        themes: "digital",
        why_selected: "A modest budget, open data and a clear route for other cities with seismic risk.",
        featured: false,
    },
    DemoPractice {
        slug: "dalmatian-dry-stone-walls",
        title: "Volunteers rebuild Dalmatia's dry-stone walls",
        summary: "Summer workcamps teach volunteers to rebuild the dry-stone terraces that hold the coast's soil and water, reviving a UNESCO-listed craft.",
        body: "Dry-stone terraces protect the Dalmatian hillsides from erosion and fire.\n\nEach summer, **workcamps** led by master wallers bring together local youth and international volunteers.",
        country: "HR",
        place: "Split-Dalmatia County",
        organisation: "Dragodid Association",
        themes: "environmental,social",
        why_selected: "It links intangible heritage, landscape resilience and community in a format any rural region can run.",
        featured: false,
    },
    DemoPractice {
        slug: "tartu-open-heritage-data",
        title: "Open data for every listed building in Tartu",
        summary: "Tartu publishes the records of all its listed buildings as open data, with a public map and an API used by schools, guides and developers.",
        body: "Every listed building in Tartu has a public record: history, photographs, protection rules and planned works.\n\nThe records are published under an **open licence** with a simple API.",
        country: "EE",
        place: "Tartu",
        organisation: "City of Tartu",
        themes: "digital,social",
        why_selected: "A transparent, low-cost digital practice that any municipality with a heritage register can follow.",
        featured: false,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_practices_use_known_countries_and_themes() {
        for demo in PRACTICES {
            assert!(
                app::country::Country::parse(demo.country).is_ok(),
                "{}",
                demo.slug
            );
            let themes = app::theme::Theme::parse_list(demo.themes);
            assert_eq!(
                app::theme::Theme::join(&themes),
                demo.themes,
                "{}",
                demo.slug
            );
        }
    }
}
