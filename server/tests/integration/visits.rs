//! Peer-learning visits on SQLite and PostgreSQL: people apply (once, before the deadline),
//! staff accept no more than the delegation has places however many decide at once, every
//! change emails the applicant, and the applicant follows it all at `/manage/{token}`.

use chrono::{TimeDelta, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use app::auth::Role;
use app::db::entities::{practice, visit, visit_application};
use app::visits::application::status;

use crate::attendance::{emails_to, manage_token};
use crate::on_both_databases;
use crate::review::{call, signed_in};
use crate::support::{Browser, TestApp};

/// A published visit to Tartu's practice, `size` places, applications open for a week.
pub(crate) async fn open_visit(app: &TestApp, size: i32) -> i32 {
    crate::publishing::published(
        app,
        "tartu-wooden-houses",
        "EE",
        "city-administration",
        "social",
        "Wooden houses.",
        1,
    )
    .await;
    let practice = practice::Entity::find()
        .filter(practice::Column::Slug.eq("tartu-wooden-houses"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let today = Utc::now().date_naive();
    visit::ActiveModel {
        slug: Set("tartu".to_owned()),
        title: Set("Wooden Tartu".to_owned()),
        host_place: Set("Tartu".to_owned()),
        country: Set("EE".to_owned()),
        practice_id: Set(Some(practice.id)),
        starts_on: Set(today + chrono::Days::new(60)),
        ends_on: Set(today + chrono::Days::new(62)),
        programme: Set("**Day one**: the Supilinn district.".to_owned()),
        delegation_size: Set(size),
        applications_close_at: Set(Utc::now() + TimeDelta::days(7)),
        status: Set("published".to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

pub(crate) fn application(email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("slug", "tartu".to_owned()),
        ("answers[name]", "Ani Hakobyan".to_owned()),
        ("answers[email]", email.to_owned()),
        ("answers[organisation]", "Gyumri Municipality".to_owned()),
        (
            "answers[organisation_type]",
            "city-administration".to_owned(),
        ),
        ("answers[country]", "AM".to_owned()),
        ("answers[role]", "technical".to_owned()),
        (
            "answers[motivation]",
            "Gyumri restores its wooden houses too.".to_owned(),
        ),
        ("answers[consent]", "yes".to_owned()),
    ]
}

/// Applies as a script does; the status and the body.
pub(crate) async fn apply(app: &TestApp, email: &str) -> (u16, String) {
    let response = app
        .client
        .post(format!("{}/api/apply_for_visit", app.address))
        .form(&application(email))
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn application_id(app: &TestApp, email: &str) -> String {
    visit_application::Entity::find()
        .filter(visit_application::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

on_both_databases!(
    people_apply_once_staff_decide_within_the_delegation_and_every_change_is_emailed,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = open_visit(&app, 1).await;
        let visitor = Browser::new(&app);

        let (status, page) = visitor.get("/visits").await;
        assert_eq!(status, 200);
        assert!(page.contains("href=\"/visits/tartu\""), "{page}");
        let (_, page) = visitor.get("/practices/tartu-wooden-houses").await;
        assert!(
            page.contains("href=\"/visits/tartu\""),
            "the practice links its visit: {page}"
        );
        let (status, page) = visitor.get("/visits/tartu").await;
        assert_eq!(status, 200);
        assert!(
            page.contains("<strong>Day one</strong>"),
            "the programme, rendered: {page}"
        );
        assert!(page.contains("Apply to join the delegation"));

        // Without JavaScript the form posts and the page says it arrived.
        let response = visitor
            .post_form(
                "/api/apply_for_visit",
                "/visits/tartu",
                &application("ani@gyumri.example.am"),
            )
            .await;
        assert_eq!(response.status(), 302);
        assert_eq!(response.headers()["location"], "/visits/tartu?applied=1");
        let (_, page) = visitor.get("/visits/tartu?applied=1").await;
        assert!(page.contains("Your application has arrived."));
        let receipt = emails_to(&app.db, "ani@gyumri.example.am").await;
        assert_eq!(receipt.len(), 1);
        assert_eq!(
            receipt[0].subject,
            "We received your application: Wooden Tartu"
        );

        // Once per address; the motivation is required; nothing after the deadline.
        let (status, body) = apply(&app, "ANI@gyumri.example.am").await;
        assert_eq!(status, 422);
        assert!(body.contains("error-already-applied"), "{body}");
        let mut missing = application("nino@tbilisi.example.ge");
        missing.retain(|(name, _)| *name != "answers[motivation]");
        let response = app
            .client
            .post(format!("{}/api/apply_for_visit", app.address))
            .form(&missing)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("\"field\":\"motivation\"")
        );
        let (status, _) = apply(&app, "nino@tbilisi.example.ge").await;
        assert_eq!(status, 200);

        // One place: the first accepted, the second refused a place but waitlisted.
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let ani = application_id(&app, "ani@gyumri.example.am").await;
        let nino = application_id(&app, "nino@tbilisi.example.ge").await;
        let (status, body) = call(
            &admin,
            &app,
            "visit_decide",
            &[("application", &ani), ("decision", "accept")],
        )
        .await;
        assert_eq!(status, 200, "{body}");
        let (status, body) = call(
            &admin,
            &app,
            "visit_decide",
            &[("application", &nino), ("decision", "accept")],
        )
        .await;
        assert_eq!(status, 422);
        assert!(
            body.contains("Every place in the delegation is taken"),
            "{body}"
        );
        let (status, _) = call(
            &admin,
            &app,
            "visit_decide",
            &[("application", &nino), ("decision", "waitlist")],
        )
        .await;
        assert_eq!(status, 200);
        let (status, _) = call(
            &admin,
            &app,
            "visit_decide",
            &[("application", &nino), ("decision", "promote")],
        )
        .await;
        assert_eq!(status, 400);

        let ani_emails = emails_to(&app.db, "ani@gyumri.example.am").await;
        assert_eq!(
            ani_emails.last().unwrap().subject,
            "You are in the delegation: Wooden Tartu"
        );
        let nino_emails = emails_to(&app.db, "nino@tbilisi.example.ge").await;
        assert_eq!(
            nino_emails.last().unwrap().subject,
            "You are on the waiting list: Wooden Tartu"
        );

        // Each email's link shows the state as it is now; withdrawing frees the place.
        let (_, page) = visitor
            .get(&format!("/manage/{}", manage_token(&ani_emails[0])))
            .await;
        assert!(page.contains("<strong>Accepted</strong>"), "{page}");
        let accepted_link = manage_token(ani_emails.last().unwrap());
        let from = format!("/manage/{accepted_link}");
        let response = visitor
            .post_form(
                "/api/withdraw_visit_application",
                &from,
                &[("token", accepted_link.as_str()), ("confirm", "yes")],
            )
            .await;
        assert_eq!(response.status(), 302);
        let (_, page) = visitor.get(&from).await;
        assert!(page.contains("<strong>Withdrawn</strong>"), "{page}");
        let (status, body) = call(
            &admin,
            &app,
            "visit_decide",
            &[("application", &ani), ("decision", "accept")],
        )
        .await;
        assert_eq!(
            status, 422,
            "a withdrawn application stays withdrawn: {body}"
        );
        let (status, body) = call(
            &admin,
            &app,
            "visit_decide",
            &[("application", &nino), ("decision", "accept")],
        )
        .await;
        assert_eq!(status, 200, "the freed place can be given: {body}");
        let (_, page) = visitor
            .get(&format!("/manage/{}", manage_token(&nino_emails[0])))
            .await;
        assert!(page.contains("<strong>Accepted</strong>"), "{page}");

        // The CSV lists both, with their motivation and state, for admins only.
        let csv = admin
            .client_for_cookies()
            .get(format!(
                "{}/admin/visits/{id}/applications.csv",
                app.address
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status(), 200);
        let csv = csv.text().await.unwrap();
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 3, "{csv}");
        assert!(
            lines[1].contains("ani@gyumri.example.am") && lines[1].ends_with("\"Withdrawn\""),
            "{csv}"
        );
        assert!(
            lines[2].contains("Gyumri restores its wooden houses too.")
                && lines[2].ends_with("\"Accepted\""),
            "{csv}"
        );
        let anonymous = visitor
            .navigate(&format!("/admin/visits/{id}/applications.csv"))
            .await;
        assert_eq!(anonymous.status(), 401);

        // Past the deadline, nobody else applies.
        visit::Entity::update_many()
            .col_expr(
                visit::Column::ApplicationsCloseAt,
                (Utc::now() - TimeDelta::minutes(1)).into(),
            )
            .filter(visit::Column::Id.eq(id))
            .exec(&app.db)
            .await
            .unwrap();
        let (status, _) = apply(&app, "late@example.org").await;
        assert_eq!(status, 403);
        let (_, page) = visitor.get("/visits/tartu").await;
        assert!(page.contains("Applications are closed."));
    }
);

on_both_databases!(
    fifty_acceptances_at_once_fill_a_delegation_of_twenty_and_no_more,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        open_visit(&app, 20).await;
        for person in 0..50 {
            let (status, body) = apply(&app, &format!("p{person}@example.org")).await;
            assert_eq!(status, 200, "{body}");
        }
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let ids: Vec<String> = visit_application::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|row| row.id.to_string())
            .collect();
        let mut decisions = tokio::task::JoinSet::new();
        for id in ids {
            let client = admin.client_for_cookies();
            let address = app.address.clone();
            decisions.spawn(async move {
                client
                    .post(format!("{address}/api/staff/visit_decide"))
                    .form(&[("application", id.as_str()), ("decision", "accept")])
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            });
        }
        let mut statuses = Vec::new();
        while let Some(status) = decisions.join_next().await {
            statuses.push(status.unwrap());
        }
        statuses.sort_unstable();
        assert_eq!(statuses, [vec![200; 20], vec![422; 30]].concat());
        let accepted = visit_application::Entity::find()
            .filter(visit_application::Column::Status.eq(status::ACCEPTED))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(accepted.len(), 20);
    }
);
