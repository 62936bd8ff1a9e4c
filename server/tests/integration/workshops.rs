//! Workshop sign-ups on SQLite and PostgreSQL: seats are never oversold however many people
//! sign up at once, the rest line up in order, a freed seat goes to the first in line, and an
//! address signs up once.

use chrono::{TimeDelta, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use app::db::entities::{workshop, workshop_registration as registration};
use app::secret::SecretToken;
use app::workshops::registration::{Registration, RegistrationAnswers};
use app::workshops::seats::{self, CancelledBy, Place, status};

use crate::on_both_databases;
use crate::support::process::ServerProcess;
use crate::support::{Backend, TestApp, TestDatabase};

/// A published workshop with `capacity` seats whose registration is open; returns its id.
pub(crate) async fn open_workshop(db: &sea_orm::DatabaseConnection, capacity: i32) -> i32 {
    workshop_starting(db, "climate-stories", capacity, TimeDelta::days(14)).await
}

/// A published workshop at `/workshops/{slug}` that starts `starts_in` from now, its sign-ups
/// open until an hour before; returns its id.
pub(crate) async fn workshop_starting(
    db: &sea_orm::DatabaseConnection,
    slug: &str,
    capacity: i32,
    starts_in: TimeDelta,
) -> i32 {
    let now = Utc::now();
    workshop::ActiveModel {
        slug: Set(slug.to_owned()),
        title: Set("Heritage and climate adaptation".to_owned()),
        theme: Set("environmental".to_owned()),
        description: Set("Cities share how old buildings meet a hotter climate.".to_owned()),
        starts_at: Set(now + starts_in),
        duration_minutes: Set(90),
        capacity: Set(capacity),
        meeting_url: Set(Some("https://meet.example.org/climate".to_owned())),
        registration_opens_at: Set(now - TimeDelta::days(1)),
        registration_closes_at: Set(now + starts_in - TimeDelta::hours(1)),
        status: Set("published".to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
    .id
}

pub(crate) fn answers(email: &str) -> RegistrationAnswers {
    RegistrationAnswers {
        name: "Ani Hakobyan".into(),
        email: email.into(),
        organisation: "Gyumri Municipality".into(),
        organisation_type: "city-administration".into(),
        country: "AM".into(),
        role: "technical".into(),
        accessibility_needs: String::new(),
        consent: "on".into(),
    }
}

/// The sign-up form of the workshop at `/workshops/climate-stories`, filled in for `email`.
pub(crate) fn sign_up_form(email: &str) -> Vec<(&'static str, String)> {
    let person = answers(email);
    vec![
        ("slug", "climate-stories".into()),
        ("answers[name]", person.name),
        ("answers[email]", person.email),
        ("answers[organisation]", person.organisation),
        ("answers[organisation_type]", person.organisation_type),
        ("answers[country]", person.country),
        ("answers[role]", person.role),
        ("answers[consent]", person.consent),
    ]
}

/// Posts the sign-up form as a browser without JavaScript does; returns the status and where
/// the answer leads.
pub(crate) async fn sign_up(client: &reqwest::Client, address: &str, email: &str) -> (u16, String) {
    post_sign_up(client, address, email, true).await
}

/// Posts the sign-up form, as a page's script does unless `as_page`; returns the status and the
/// address the answer leads to, or else its body.
async fn post_sign_up(
    client: &reqwest::Client,
    address: &str,
    email: &str,
    as_page: bool,
) -> (u16, String) {
    let form = sign_up_form(email);
    let mut request = client.post(format!("{address}/api/register_for_workshop"));
    if as_page {
        request = request
            .header("accept", "text/html")
            .header("referer", format!("{address}/workshops/climate-stories"));
    }
    let response = request
        .form(&form)
        .send()
        .await
        .expect("the sign-up is answered");
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    match location {
        Some(location) => (status, location),
        None => (status, response.text().await.unwrap_or_default()),
    }
}

pub(crate) fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(60))
        .build()
        .unwrap()
}

/// Fires `count` sign-ups at once, spread over `addresses`; every one must succeed.
async fn sign_up_at_once(addresses: &[String], count: usize) -> Vec<String> {
    let client = client();
    let mut requests = tokio::task::JoinSet::new();
    for person in 0..count {
        let client = client.clone();
        let address = addresses[person % addresses.len()].clone();
        requests.spawn(async move {
            sign_up(&client, &address, &format!("person{person}@example.org")).await
        });
    }
    let mut outcomes = Vec::new();
    while let Some(answer) = requests.join_next().await {
        let (status, location) = answer.unwrap();
        // A refused sign-up is redirected too, back to the form with its error.
        assert!(
            status == 302 && location.contains("signed_up="),
            "every sign-up succeeds: {status} {location}"
        );
        outcomes.push(location);
    }
    outcomes
}

/// Checks the seats and the line: `seats` confirmed, everyone else waiting in positions
/// 1, 2, 3… without a gap or a repeat.
async fn assert_seats_and_line(
    db: &sea_orm::DatabaseConnection,
    workshop_id: i32,
    seats: u64,
    waiting: usize,
) {
    assert_eq!(
        seats::confirmed_count(db, workshop_id).await.unwrap(),
        seats
    );
    let line = registration::Entity::find()
        .filter(registration::Column::WorkshopId.eq(workshop_id))
        .filter(registration::Column::Status.eq(status::WAITING))
        .all(db)
        .await
        .unwrap();
    let mut positions = Vec::new();
    for person in &line {
        positions.push(seats::waiting_position(db, person).await.unwrap());
    }
    positions.sort_unstable();
    assert_eq!(positions, (1..=waiting as u64).collect::<Vec<_>>());
}

on_both_databases!(
    five_hundred_sign_ups_at_once_fill_a_hundred_seats_and_line_up_four_hundred,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = open_workshop(&app.db, 100).await;

        let outcomes = sign_up_at_once(std::slice::from_ref(&app.address), 500).await;

        let confirmed = outcomes
            .iter()
            .filter(|location| location.ends_with("signed_up=confirmed"))
            .count();
        assert_eq!(
            confirmed, 100,
            "the answers tell 100 people they have a seat"
        );
        let mut told_positions: Vec<u64> = outcomes
            .iter()
            .filter_map(|location| location.split("position=").nth(1)?.parse().ok())
            .collect();
        told_positions.sort_unstable();
        assert_eq!(
            told_positions,
            (1..=400).collect::<Vec<_>>(),
            "and 400 their place in line"
        );
        assert_seats_and_line(&app.db, id, 100, 400).await;
    }
);

/// The same with two server processes on one PostgreSQL database, each taking half.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_server_processes_on_one_postgresql_never_oversell() {
    if !crate::support::postgres_available().await {
        return;
    }
    let database = TestDatabase::create(Backend::Postgres).await;
    let db = database.connect().await;
    let id = open_workshop(&db, 100).await;
    let servers = [
        ServerProcess::start(&database),
        ServerProcess::start(&database),
    ];
    let addresses: Vec<String> = servers
        .iter()
        .map(|server| server.address.clone())
        .collect();

    sign_up_at_once(&addresses, 500).await;

    assert_seats_and_line(&db, id, 100, 400).await;
}

on_both_databases!(
    fifty_cancellations_at_once_promote_exactly_fifty_in_order,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = open_workshop(&app.db, 100).await;
        let mut places = Vec::new();
        for person in 0..160 {
            let registration: Registration =
                answers(&format!("p{person}@example.org")).parse().unwrap();
            let (row, place) = seats::register(
                &app.db,
                id,
                &registration,
                app::i18n::Lang::En,
                &SecretToken::generate(),
                Utc::now(),
                &app.address,
            )
            .await
            .unwrap()
            .unwrap();
            let expected = if person < 100 {
                Place::Confirmed
            } else {
                Place::Waiting(person - 99)
            };
            assert_eq!(place, expected);
            places.push(row.id);
        }

        let mut cancellations = tokio::task::JoinSet::new();
        for &place in &places[..50] {
            let (db, address) = (app.db.clone(), app.address.clone());
            cancellations.spawn(async move {
                seats::cancel(&db, place, CancelledBy::Holder, Utc::now(), &address).await
            });
        }
        let mut promoted = Vec::new();
        while let Some(cancelled) = cancellations.join_next().await {
            let cancelled = cancelled
                .unwrap()
                .unwrap()
                .expect("each place is cancelled once");
            promoted.push(
                cancelled
                    .promoted
                    .expect("a seat freed promotes someone")
                    .email,
            );
        }
        promoted.sort_by_key(|email| {
            email[1..]
                .split('@')
                .next()
                .unwrap()
                .parse::<u32>()
                .unwrap()
        });
        let first_fifty_in_line: Vec<String> = (100..150)
            .map(|person| format!("p{person}@example.org"))
            .collect();
        assert_eq!(
            promoted, first_fifty_in_line,
            "the first fifty in line, each once"
        );
        assert_seats_and_line(&app.db, id, 100, 10).await;

        // Cancelling again changes nothing; a waiting person's cancellation promotes nobody.
        assert_eq!(
            seats::cancel(
                &app.db,
                places[0],
                CancelledBy::Holder,
                Utc::now(),
                &app.address
            )
            .await
            .unwrap(),
            None
        );
        let waiting = seats::cancel(
            &app.db,
            places[159],
            CancelledBy::Holder,
            Utc::now(),
            &app.address,
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(waiting.promoted, None);
        assert_seats_and_line(&app.db, id, 100, 9).await;
    }
);

on_both_databases!(
    an_address_signs_up_once_and_only_while_registration_is_open,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = open_workshop(&app.db, 10).await;
        let client = client();

        let (status, location) = sign_up(&client, &app.address, "ani@gyumri.example.am").await;
        assert_eq!(
            (status, location.as_str()),
            (302, "/workshops/climate-stories?signed_up=confirmed")
        );
        let (status, body) =
            post_sign_up(&client, &app.address, "ANI@gyumri.example.am", false).await;
        assert_eq!(status, 422, "{body}");
        assert!(
            body.contains("error-already-registered") && body.contains("ANI@gyumri.example.am"),
            "{body}"
        );
        // Without JavaScript the page comes back with the message next to the field.
        let (status, back) = sign_up(&client, &app.address, "ANI@gyumri.example.am").await;
        assert_eq!(status, 302);
        let page = client
            .get(&back)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("ANI@gyumri.example.am is already signed up for this workshop"),
            "{page}"
        );

        // Everything wrong at once is named at once, field by field.
        let response = client
            .post(format!("{}/api/register_for_workshop", app.address))
            .form(&[
                ("slug", "climate-stories"),
                ("answers[email]", "not an address"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422);
        let body = response.text().await.unwrap();
        for field in [
            "name",
            "email",
            "organisation",
            "organisation_type",
            "country",
            "role",
            "consent",
        ] {
            assert!(
                body.contains(&format!("\"field\":\"{field}\"")),
                "{field}: {body}"
            );
        }

        workshop::Entity::update_many()
            .col_expr(
                workshop::Column::RegistrationClosesAt,
                (Utc::now() - TimeDelta::minutes(1)).into(),
            )
            .filter(workshop::Column::Id.eq(id))
            .exec(&app.db)
            .await
            .unwrap();
        let (status, body) = post_sign_up(&client, &app.address, "late@example.org", false).await;
        assert_eq!(status, 403, "{body}");
        assert!(body.contains("RegistrationClosed"), "{body}");
        let (status, _) = post_sign_up(&client, &app.address, "ani@gyumri.example.am", false).await;
        assert_eq!(status, 403, "closed comes first");
        assert_eq!(seats::confirmed_count(&app.db, id).await.unwrap(), 1);

        let (status, page) = crate::support::Browser::new(&app)
            .get("/workshops/climate-stories")
            .await;
        assert_eq!(status, 200);
        assert!(page.contains("9 seats left of 10."));
        assert!(page.contains("Registration is closed."));
        assert!(
            !page.contains("meet.example.org"),
            "the meeting link is for confirmed people only"
        );
    }
);

on_both_databases!(
    the_calendar_file_parses_with_a_real_icalendar_parser_and_starts_in_utc,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = open_workshop(&app.db, 10).await;
        let workshop = workshop::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();

        let read = |ics: String| {
            let output = crate::support::python(
                &[
                    "-c",
                    "import sys, icalendar\n\
                     event = icalendar.Calendar.from_ical(sys.stdin.read()).walk('VEVENT')[0]\n\
                     print(event['DTSTART'].dt.isoformat())\n\
                     print(event['DTEND'].dt.isoformat())\n\
                     print(event['UID'])\n\
                     print(event['SUMMARY'])\n\
                     print(event['DESCRIPTION'])\n\
                     print('LOCATION' in event)",
                ],
                &ics,
            );
            assert!(output.status.success(), "icalendar could not read:\n{ics}");
            String::from_utf8(output.stdout).unwrap()
        };
        let download = || async {
            let response = app.get("/workshops/climate-stories/calendar.ics").await;
            assert_eq!(response.status(), 200);
            assert_eq!(
                response.headers()["content-type"],
                "text/calendar; charset=utf-8"
            );
            response.text().await.unwrap()
        };
        let first = read(download().await);
        let lines: Vec<&str> = first.lines().collect();
        let starts = workshop.starts_at.with_timezone(&Utc);
        assert_eq!(
            lines[0],
            starts.format("%Y-%m-%dT%H:%M:%S+00:00").to_string(),
            "the start, in UTC"
        );
        assert_eq!(
            lines[1],
            (starts + TimeDelta::minutes(90))
                .format("%Y-%m-%dT%H:%M:%S+00:00")
                .to_string()
        );
        assert_eq!(lines[2], format!("workshop-{id}@127.0.0.1"));
        assert_eq!(lines[3], "Heritage and climate adaptation");
        assert_eq!(
            lines[4],
            "Cities share how old buildings meet a hotter climate."
        );
        assert_eq!(
            lines[5], "False",
            "the meeting link is for people with a seat"
        );
        assert_eq!(read(download().await), first, "the same UID every time");

        let missing = app.get("/workshops/no-such-workshop/calendar.ics").await;
        assert_eq!(missing.status(), 404);
    }
);
