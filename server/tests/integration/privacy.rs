//! The rights of access and erasure, and retention, on SQLite and PostgreSQL: an admin exports
//! everything held about one address and erases it, after which nothing of the person is left
//! in the database (read as raw bytes of the SQLite file, row by row on PostgreSQL) or the
//! upload folder, while other people's data and the audit entry stay.

use chrono::{TimeDelta, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Statement};
use serde_json::Value;

use app::auth::Role;
use app::db::entities::{audit_entry, call_settings, submission, workshop_registration};
use app::privacy::RetentionPolicy;

use crate::on_both_databases;
use crate::review::{call, signed_in};
use crate::support::{Backend, Browser, TestApp};
use crate::wizard::ORGANISATION;
use crate::workshops::sign_up_form;

const NINO: &str = "nino@tbilisi.example.ge";
/// What only Nino's data contains; none of it may be left after the erasure.
const TRACES: [&str; 5] = [
    NINO,
    "Kapanadze",
    "Head of heritage",
    "Tbilisi City Hall",
    "Our courtyards have wooden galleries too.",
];

/// The workshop sign-up and visit application forms, for Nino Kapanadze at `email`.
fn as_nino(mut form: Vec<(&'static str, String)>, email: &str) -> Vec<(&'static str, String)> {
    for (name, value) in &mut form {
        match *name {
            "answers[name]" => *value = "Nino Kapanadze".to_owned(),
            "answers[email]" => *value = email.to_owned(),
            "answers[organisation]" => *value = "Tbilisi City Hall".to_owned(),
            "answers[motivation]" => *value = TRACES[4].to_owned(),
            _ => {}
        }
    }
    form
}

async fn post(app: &TestApp, path: &str, form: &[(&str, String)]) -> u16 {
    app.client
        .post(format!("{}{path}", app.address))
        .form(form)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// Every row of every table, as text: on SQLite the raw bytes of the database file and its log,
/// so that deleted rows left in free pages count too; on PostgreSQL each row as JSON.
async fn everything_stored(app: &TestApp) -> String {
    match app.database.backend {
        Backend::Sqlite => {
            let file = app.database.folder.join("hub.db");
            let mut bytes = std::fs::read(&file).unwrap();
            if let Ok(log) = std::fs::read(file.with_extension("db-wal")) {
                bytes.extend(log);
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
        Backend::Postgres => {
            let backend = app.db.get_database_backend();
            let tables = app
                .db
                .query_all_raw(Statement::from_string(
                    backend,
                    "SELECT table_name::text AS name FROM information_schema.tables \
                     WHERE table_schema = 'public'",
                ))
                .await
                .unwrap();
            let mut text = String::new();
            for table in tables {
                let name: String = table.try_get("", "name").unwrap();
                for row in app
                    .db
                    .query_all_raw(Statement::from_string(
                        backend,
                        format!("SELECT row_to_json(t)::text AS row FROM \"{name}\" t"),
                    ))
                    .await
                    .unwrap()
                {
                    text.push_str(&row.try_get::<String>("", "row").unwrap());
                    text.push('\n');
                }
            }
            text
        }
    }
}

fn files_in(folder: &std::path::Path) -> usize {
    std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| match entry.file_type() {
                    Ok(kind) if kind.is_dir() => files_in(&entry.path()),
                    _ => 1,
                })
                .sum()
        })
        .unwrap_or(0)
}

on_both_databases!(
    an_export_then_an_erasure_leaves_no_trace,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let uploads = app.database.folder.join("uploads");

        // Nino sends a practice, starts a second one with a photo, takes the workshop's one
        // seat (typing her address in capitals), applies for a visit, and mistypes a sign-in.
        crate::wizard::send_complete_practice(&app, &Browser::new(&app)).await;
        let second = Browser::new(&app);
        second
            .post_step("organisation", "organisation", &ORGANISATION)
            .await;
        second
            .upload_file("image", "courtyard.jpg", crate::uploads::photo(800, 600))
            .await;
        assert!(files_in(&uploads) > 0);
        crate::workshops::open_workshop(&app.db, 1).await;
        let shouting = NINO.to_uppercase();
        assert_eq!(
            post(
                &app,
                "/api/register_for_workshop",
                &as_nino(sign_up_form(&shouting), &shouting)
            )
            .await,
            200
        );
        assert_eq!(
            post(
                &app,
                "/api/register_for_workshop",
                &sign_up_form("ani@gyumri.example")
            )
            .await,
            200,
            "Ani waits for a seat"
        );
        crate::visits::open_visit(&app, 5).await;
        assert_eq!(
            post(
                &app,
                "/api/apply_for_visit",
                &as_nino(crate::visits::application(NINO), NINO)
            )
            .await,
            200
        );
        let application = app::db::entities::visit_application::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let (status, _) = call(
            &admin,
            &app,
            "visit_decide",
            &[
                ("application", &application.id.to_string()),
                ("decision", "accept"),
            ],
        )
        .await;
        assert_eq!(status, 200, "the audit log now names Nino");
        Browser::new(&app).sign_in(NINO, "a guess").await;

        // The export: only for admins, and everything is in it.
        let export = |browser: &Browser| {
            browser
                .client_for_cookies()
                .post(format!("{}/admin/privacy/export", app.address))
                .form(&[("email", "Nino@Tbilisi.example.ge")])
                .send()
        };
        assert_eq!(export(&Browser::new(&app)).await.unwrap().status(), 401);
        let reviewer = signed_in(&app, "rita@heritage-hub.example", Role::Reviewer).await;
        assert_eq!(export(&reviewer).await.unwrap().status(), 403);
        let response = export(&admin).await.unwrap();
        assert_eq!(response.status(), 200);
        assert!(
            response.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment; filename=\"personal-data-")
        );
        let document: Value = response.json().await.unwrap();
        let listed = |key: &str| document[key].as_array().unwrap().len();
        assert_eq!(listed("submissions"), 2);
        assert_eq!(listed("workshop_registrations"), 1);
        assert_eq!(listed("visit_applications"), 1);
        assert_eq!(listed("sign_in_attempts"), 1);
        assert!(listed("emails") >= 4, "{}", document["emails"]);
        let sent = document["submissions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|submission| submission["status"] == "submitted")
            .unwrap();
        assert_eq!(sent["answers"]["organisation"]["last_name"], "Kapanadze");
        assert!(!sent["consents"].as_array().unwrap().is_empty());
        let files: Vec<&Value> = document["submissions"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|submission| submission["files"].as_array().unwrap())
            .collect();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0]["name"], "courtyard.jpg");
        assert_eq!(
            document["visit_applications"][0]["motivation"], TRACES[4],
            "{document}"
        );

        // The erasure: refused unticked, then done.
        let (status, _) = call(&admin, &app, "erase_person", &[("email", NINO)]).await;
        assert_eq!(status, 422);
        let stored = everything_stored(&app).await;
        assert!(stored.contains(NINO), "nothing went yet");
        let response = admin
            .post_form(
                "/api/staff/erase_person",
                "/admin/privacy",
                &[("email", NINO), ("confirm", "yes")],
            )
            .await;
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        assert_eq!(
            location,
            "/admin/privacy?erased=1&submissions=2&files=1&registrations=1&applications=1&\
             emails=7&kept="
                .replace("emails=7", &format!("emails={}", listed("emails") + 1)),
            "the cancellation queued for Nino went too"
        );
        let (_, page) = admin.get(&location).await;
        assert!(page.contains(
            "Erased 2 submissions (1 file), 1 workshop registration, 1 visit application and"
        ));

        let stored = everything_stored(&app).await;
        for trace in TRACES {
            assert!(
                !stored.to_lowercase().contains(&trace.to_lowercase()),
                "{trace} is still stored"
            );
        }
        assert_eq!(files_in(&uploads), 0, "the photo and its sizes are gone");

        // Ani got the seat Nino held; the log says what staff did, without whom.
        let ani = workshop_registration::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (ani.email.as_str(), ani.status.as_str()),
            ("ani@gyumri.example", "confirmed")
        );
        let log: Vec<String> = audit_entry::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|entry| entry.summary)
            .collect();
        assert!(
            log.contains(&"Accepted the application of [a person whose data was erased]".into()),
            "{log:?}"
        );
        assert!(
            log.iter()
                .any(|summary| summary.starts_with("Erased 2 submissions"))
        );
        assert!(log.contains(&"Exported the data held about one person".into()));
    }
);

on_both_databases!(
    a_selected_practice_stays_after_an_erasure,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let id =
            crate::review::sent(&app, "Wooden galleries", "GE", "ngo", &["social"], true).await;
        let address = submission::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .email
            .unwrap();
        let (status, _) = call(
            &admin,
            &app,
            "status",
            &[("id", &id.to_string()), ("status", "selected")],
        )
        .await;
        assert_eq!(status, 200);
        let response = admin
            .post_form(
                "/api/staff/erase_person",
                "/admin/privacy",
                &[("email", address.as_str()), ("confirm", "yes")],
            )
            .await;
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        assert!(location.contains("submissions=0"), "{location}");
        assert!(location.contains("&kept=EHH-"), "{location}");
        assert_eq!(submission::Entity::find().count(&app.db).await.unwrap(), 1);
    }
);

/// A draft last saved `age` ago, and a submission sent then.
async fn made(app: &TestApp, age: TimeDelta) -> (i32, i32) {
    let draft = Browser::new(app);
    draft
        .post_step("organisation", "organisation", &ORGANISATION)
        .await;
    let sent = crate::review::sent(app, "Old practice", "AM", "ngo", &["social"], false).await;
    let when = Utc::now() - age;
    submission::Entity::update_many()
        .col_expr(submission::Column::UpdatedAt, when.into())
        .exec(&app.db)
        .await
        .unwrap();
    let draft_id = submission::Entity::find()
        .filter(submission::Column::Status.eq("draft"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    (draft_id, sent)
}

on_both_databases!(
    retention_deletes_old_drafts_then_the_unselected_after_the_call,
    |backend| async move {
        // The server's own sweeps keep drafts for 90 days, so they leave these alone.
        let app = TestApp::spawn(backend).await;
        let policy = RetentionPolicy {
            draft_days: 30,
            months_after_close: 12,
            link_days: 90,
            sent_email_days: 30,
        };
        let uploads = app::submission::uploads::storage::UploadStore::new(
            app.database.folder.join("uploads"),
        );
        let sweep = |now| app::privacy::retention::sweep(&app.db, &uploads, policy, now);

        let (old_draft, sent) = made(&app, TimeDelta::days(31)).await;
        let fresh = Browser::new(&app);
        fresh
            .post_step("organisation", "organisation", &ORGANISATION)
            .await;
        let swept = sweep(Utc::now()).await.unwrap();
        assert_eq!((swept.drafts, swept.submissions), (1, 0));
        let left: Vec<i32> = submission::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|row| row.id)
            .collect();
        assert!(!left.contains(&old_draft), "the old draft went");
        assert!(
            left.contains(&sent),
            "a sent submission waits for the call to end"
        );
        assert_eq!(left.len(), 2, "the fresh draft stays");

        // Twelve months after the call closed, everything not selected goes; by then the fresh
        // draft is old too.
        let closes = call_settings::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .closes_at;
        let due = app::privacy::retention::submissions_due(policy, closes);
        let swept = sweep(due - TimeDelta::minutes(1)).await.unwrap();
        assert_eq!(
            (swept.drafts, swept.submissions),
            (1, 0),
            "not the sent one yet"
        );
        let swept = sweep(due).await.unwrap();
        assert_eq!((swept.drafts, swept.submissions), (0, 1));
        assert_eq!(submission::Entity::find().count(&app.db).await.unwrap(), 0);
        let log: Vec<audit_entry::Model> = audit_entry::Entity::find()
            .filter(audit_entry::Column::Actor.eq("Retention job"))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(log.len(), 3, "one entry per sweep that deleted anything");
    }
);
