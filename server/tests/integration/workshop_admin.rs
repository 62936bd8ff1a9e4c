//! Staff plan and run workshops: a workshop typed in Tbilisi time is stored in UTC and shown in
//! Brussels time, seats added go to the line at once, people are moved by hand, the list is
//! exported as CSV, and a cancelled workshop tells everyone.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use app::auth::Role;
use app::db::entities::{audit_entry, workshop};

use crate::attendance::{emails_to, manage_token};
use crate::on_both_databases;
use crate::review::{call, signed_in};
use crate::support::{Browser, TestApp};
use crate::workshops::{client, sign_up};

fn form<'a>(id: &'a str, capacity: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("id", id),
        ("workshop[title]", "Heritage and climate adaptation"),
        ("workshop[slug]", "climate-stories"),
        ("workshop[theme]", "Environmental"),
        (
            "workshop[description]",
            "Cities share how old buildings meet a hotter climate.",
        ),
        ("workshop[time_zone]", "Asia/Tbilisi"),
        ("workshop[starts_at]", "2031-12-09T17:00"),
        ("workshop[duration_minutes]", "90"),
        ("workshop[capacity]", capacity),
        ("workshop[meeting_url]", "https://meet.example.org/climate"),
        ("workshop[registration_opens_at]", "2026-01-01T09:00"),
        ("workshop[registration_closes_at]", "2031-12-09T15:00"),
    ]
}

async fn the_workshop(app: &TestApp) -> workshop::Model {
    workshop::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("the workshop")
}

/// The registrations' rows as the editor lists them: (email, state).
async fn listed(admin: &Browser, app: &TestApp, id: &str) -> Vec<(String, String, Option<u64>)> {
    let (status, body) = call(admin, app, "workshop", &[("id", id)]).await;
    assert_eq!(status, 200, "{body}");
    let editor: serde_json::Value = serde_json::from_str(&body).unwrap();
    editor["registrations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["email"].as_str().unwrap().to_owned(),
                row["status"].as_str().unwrap().to_owned(),
                row["position"].as_u64(),
            )
        })
        .collect()
}

on_both_databases!(
    staff_plan_publish_move_people_export_and_cancel_a_workshop,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;

        // A new draft, then the form: times typed in Tbilisi time.
        let (status, body) = call(&admin, &app, "workshop_new", &[]).await;
        assert_eq!(status, 200, "{body}");
        let id = the_workshop(&app).await.id.to_string();
        let (status, body) = call(&admin, &app, "workshop_save", &[("id", id.as_str())]).await;
        assert_eq!(status, 422, "every field is checked: {body}");
        assert!(body.contains("\"field\":\"theme\""), "{body}");
        let (status, body) = call(&admin, &app, "workshop_save", &form(&id, "1")).await;
        assert_eq!(status, 200, "{body}");
        let saved = the_workshop(&app).await;
        assert_eq!(
            saved.starts_at.to_rfc3339(),
            "2031-12-09T13:00:00+00:00",
            "17:00 in Tbilisi is 13:00 UTC"
        );
        assert_eq!(saved.time_zone, "Asia/Tbilisi");
        assert_eq!(saved.status, "draft");
        assert_eq!(
            app.get("/workshops/climate-stories").await.status(),
            404,
            "a draft is not public"
        );

        let (status, _) = call(
            &admin,
            &app,
            "workshop_publish",
            &[("id", &id), ("publish", "yes")],
        )
        .await;
        assert_eq!(status, 200);
        let (status, page) = Browser::new(&app).get("/workshops/climate-stories").await;
        assert_eq!(status, 200);
        assert!(
            page.contains("Tuesday, 9 December 2031, 14:00 (Brussels time)"),
            "{page}"
        );

        // One seat, three people: one seated, two in line.
        let people = [
            "ani@gyumri.example.am",
            "nino@tbilisi.example.ge",
            "leyla@baku.example.az",
        ];
        for person in people {
            sign_up(&client(), &app.address, person).await;
        }
        assert_eq!(
            listed(&admin, &app, &id).await,
            [
                (people[0].to_owned(), "confirmed".to_owned(), None),
                (people[1].to_owned(), "waiting".to_owned(), Some(1)),
                (people[2].to_owned(), "waiting".to_owned(), Some(2)),
            ]
        );

        // A seat given out of turn needs a free one.
        let leyla = app::db::entities::workshop_registration::Entity::find()
            .filter(app::db::entities::workshop_registration::Column::Email.eq(people[2]))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
            .to_string();
        let (status, body) = call(
            &admin,
            &app,
            "registration_seat",
            &[("registration", &leyla)],
        )
        .await;
        assert_eq!(status, 422);
        assert!(body.contains("Every seat is taken"), "{body}");

        // Two seats: the first in line gets the new one at once, and an email saying so.
        let (status, body) = call(&admin, &app, "workshop_save", &form(&id, "2")).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(
            listed(&admin, &app, &id).await[1],
            (people[1].to_owned(), "confirmed".to_owned(), None)
        );
        let promoted = emails_to(&app.db, people[1]).await;
        assert_eq!(
            promoted.last().unwrap().subject,
            "A seat is yours: “Heritage and climate adaptation”"
        );
        let (status, body) = call(&admin, &app, "workshop_save", &form(&id, "1")).await;
        assert_eq!(status, 422, "fewer seats than people holding one: {body}");
        assert!(body.contains("2 people already have a seat"), "{body}");
        assert_eq!(the_workshop(&app).await.capacity, 2, "nothing changed");

        // Cancelling a place by hand gives it to the next in line; then she is seated.
        let ani = app::db::entities::workshop_registration::Entity::find()
            .filter(app::db::entities::workshop_registration::Column::Email.eq(people[0]))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
            .to_string();
        let (status, body) = call(
            &admin,
            &app,
            "registration_cancel",
            &[("registration", &ani)],
        )
        .await;
        assert_eq!(status, 200, "{body}");
        let rows = listed(&admin, &app, &id).await;
        assert_eq!(
            rows,
            [
                (people[1].to_owned(), "confirmed".to_owned(), None),
                (people[2].to_owned(), "confirmed".to_owned(), None),
                (people[0].to_owned(), "cancelled".to_owned(), None),
            ]
        );
        assert!(
            emails_to(&app.db, people[0])
                .await
                .last()
                .unwrap()
                .body_text
                .contains("The organisers cancelled it"),
        );

        // The CSV: a header and a row a person, in the editor's order; formulas neutralised.
        let csv = admin
            .client_for_cookies()
            .get(format!(
                "{}/admin/workshops/{id}/registrations.csv",
                app.address
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status(), 200);
        assert_eq!(
            csv.headers()["content-disposition"],
            "attachment; filename=\"climate-stories-registrations.csv\""
        );
        let csv = csv.text().await.unwrap();
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 4, "{csv}");
        assert!(lines[0].starts_with("\"Name\",\"Email\""), "{csv}");
        assert!(
            lines[1].contains(people[1]) && lines[1].contains("\"confirmed\""),
            "{csv}"
        );
        assert!(
            lines[3].contains(people[0]) && lines[3].contains("\"cancelled\""),
            "{csv}"
        );
        assert!(
            lines[1].contains("\"Armenia\"") && lines[1].contains("\"Technical level\""),
            "{csv}"
        );
        let anonymous = Browser::new(&app)
            .navigate(&format!("/admin/workshops/{id}/registrations.csv"))
            .await;
        assert_eq!(anonymous.status(), 401);
        let reviewer = signed_in(&app, "rita@heritage-hub.example", Role::Reviewer).await;
        let refused = reviewer
            .navigate(&format!("/admin/workshops/{id}/registrations.csv"))
            .await;
        assert_eq!(refused.status(), 403);

        // Cancelling needs the box ticked, then tells everyone still holding a place.
        let (status, _) = call(&admin, &app, "workshop_cancel", &[("id", &id)]).await;
        assert_eq!(status, 422);
        let (status, body) = call(
            &admin,
            &app,
            "workshop_cancel",
            &[("id", &id), ("confirm", "yes")],
        )
        .await;
        assert_eq!(status, 200, "{body}");
        for person in &people[1..] {
            let last = emails_to(&app.db, person).await.pop().unwrap();
            assert_eq!(
                last.subject,
                "Cancelled: the workshop “Heritage and climate adaptation”"
            );
        }
        assert_eq!(
            emails_to(&app.db, people[0])
                .await
                .iter()
                .filter(|e| e.subject.starts_with("Cancelled:"))
                .count(),
            0,
            "who had cancelled already is not told again"
        );
        assert_eq!(app.get("/workshops/climate-stories").await.status(), 404);
        let link = manage_token(&emails_to(&app.db, people[1]).await[0]);
        let (_, page) = Browser::new(&app).get(&format!("/manage/{link}")).await;
        assert!(page.contains("This workshop has been cancelled."), "{page}");
        assert!(!crate::support::body_of(&page).contains("Cancel my place"));
        let (status, _) = call(
            &admin,
            &app,
            "workshop_publish",
            &[("id", &id), ("publish", "yes")],
        )
        .await;
        assert_eq!(status, 422, "a cancelled workshop stays cancelled");

        // Every change is in the audit log under the workshop (a person's place under the
        // workshop and their registration).
        let entries = audit_entry::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(audit_entry::Column::Subject.eq(format!("workshop:{id}")))
                    .add(audit_entry::Column::Subject.starts_with(format!("workshop:{id}/"))),
            )
            .all(&app.db)
            .await
            .unwrap();
        let summaries: Vec<&str> = entries.iter().map(|entry| entry.summary.as_str()).collect();
        assert_eq!(
            summaries,
            [
                "Started a workshop",
                "Saved the workshop “Heritage and climate adaptation”",
                "Published the workshop",
                "Saved the workshop “Heritage and climate adaptation”",
                "Cancelled the place of Ani Hakobyan",
                "Cancelled the workshop and told everyone signed up",
            ]
        );
    }
);
