//! The smaller holes of the second attack, on SQLite and PostgreSQL: delivered emails keep no
//! working link and go in time, with their submission too; names cannot carry a message into
//! the site's emails; files stop changing once review begins, and never lose bytes a published
//! practice shows.

use chrono::{TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use app::db::entities::{outbox_email, submission, workshop_registration};
use app::outbox::{REMOVED_SECRET, status};

use crate::on_both_databases;
use crate::support::{Browser, TestApp};
use crate::wizard::{ORGANISATION, link_in, outbox};
use crate::workshops::{client, open_workshop, sign_up_form};

fn policy() -> app::privacy::RetentionPolicy {
    app::privacy::RetentionPolicy {
        draft_days: 90,
        months_after_close: 12,
        link_days: 90,
        sent_email_days: 30,
    }
}

async fn sweep(app: &TestApp) -> app::privacy::retention::Swept {
    let uploads =
        app::submission::uploads::storage::UploadStore::new(app.database.folder.join("uploads"));
    app::privacy::retention::sweep(&app.db, &uploads, policy(), Utc::now())
        .await
        .unwrap()
}

on_both_databases!(
    a_delivered_email_keeps_no_working_link_and_goes_in_time,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let applicant = Browser::with_draft(&app, &ORGANISATION).await;
        let queued = outbox(&app).await.remove(0);
        let link = link_in(&queued, "/submit?draft=");
        let secret = link.trim_start_matches("/submit?draft=").to_owned();

        assert_eq!(
            crate::outbox::log_sender(&app.db)
                .deliver_due(Utc::now())
                .await
                .unwrap(),
            1
        );
        let delivered = outbox(&app).await.remove(0);
        assert_eq!(delivered.status, status::LOGGED);
        assert!(
            !delivered.body_text.contains(&secret),
            "the stored copy opens nothing"
        );
        assert!(
            delivered
                .body_text
                .contains(&format!("/submit?draft={REMOVED_SECRET}")),
            "{}",
            delivered.body_text
        );

        // Written 31 days ago, a delivered email goes; a queued one stays however old.
        applicant
            .post_form(
                "/api/resend_link",
                "/submit/resend",
                &[("email", "nino@tbilisi.example.ge")],
            )
            .await;
        crate::wizard::outbox_of_at_least(&app, 2).await;
        outbox_email::Entity::update_many()
            .col_expr(
                outbox_email::Column::CreatedAt,
                Expr::value(Utc::now() - TimeDelta::days(31)),
            )
            .exec(&app.db)
            .await
            .unwrap();
        assert_eq!(sweep(&app).await.emails, 1);
        let left = outbox(&app).await;
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].status, status::QUEUED);
    }
);

on_both_databases!(
    a_submission_deleted_by_retention_takes_its_emails_along,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        Browser::with_draft(&app, &ORGANISATION).await;
        assert_eq!(outbox(&app).await.len(), 1);
        submission::Entity::update_many()
            .col_expr(
                submission::Column::UpdatedAt,
                Expr::value(Utc::now() - TimeDelta::days(91)),
            )
            .exec(&app.db)
            .await
            .unwrap();
        let swept = sweep(&app).await;
        assert_eq!(swept.drafts, 1);
        assert!(
            outbox(&app).await.is_empty(),
            "its resume link email went too"
        );
    }
);

/// Signs up for the open workshop as a script does, named `name`; the answer's status.
async fn sign_up_as(app: &TestApp, name: &str, email: &str) -> u16 {
    let mut form = sign_up_form(email);
    form.retain(|(field, _)| *field != "answers[name]");
    form.push(("answers[name]", name.to_owned()));
    client()
        .post(format!("{}/api/register_for_workshop", app.address))
        .header("origin", &app.address)
        .form(&form)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

on_both_databases!(
    names_that_carry_a_message_are_refused,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        open_workshop(&app.db, 10).await;
        for name in [
            "Claim your grant at evil.example",
            "Ani\u{7}Hakobyan",
            "Ani https://evil.example",
        ] {
            let status = sign_up_as(&app, name, "victim@example.org").await;
            assert_eq!(status, 422, "{name:?}");
        }
        assert_eq!(
            workshop_registration::Entity::find()
                .count(&app.db)
                .await
                .unwrap(),
            0
        );
        assert!(outbox(&app).await.is_empty(), "nobody was emailed");
        // The wizard's names follow the same rule.
        let browser = Browser::new(&app);
        let named: Vec<(&str, &str)> = ORGANISATION
            .iter()
            .map(|&(field, value)| {
                if field == "first_name" {
                    (field, "Visit evil.example")
                } else {
                    (field, value)
                }
            })
            .collect();
        let (_, location) = browser
            .post_step("organisation", "organisation", &named)
            .await;
        assert_eq!(location, "/submit/organisation?check=1");
    }
);

/// A published practice that shows the upload stored as `stored_name`.
async fn practice_showing(app: &TestApp, stored_name: &str) {
    practice_with_body(app, stored_name, "").await;
}

/// A published practice, `/practices/balconies`, whose body is `markdown` and which shows the
/// upload stored as `stored_name`.
async fn practice_with_body(app: &TestApp, stored_name: &str, markdown: &str) {
    use app::db::entities::{practice, practice_file};
    use sea_orm::{ActiveModelTrait, Set};
    let now = Utc::now();
    let shown = practice::ActiveModel {
        slug: Set("balconies".into()),
        title: Set("Balconies".into()),
        summary: Set("Repaired together.".into()),
        body_markdown: Set(markdown.to_owned()),
        country_code: Set("GE".into()),
        city_region: Set("Tbilisi".into()),
        organisation: Set("Tbilisi City Hall".into()),
        themes: Set("social".into()),
        why_selected: Set(String::new()),
        featured: Set(false),
        published_at: Set(Some(now)),
        created_at: Set(now),
        submission_id: Set(None),
        links: Set(String::new()),
        organisation_type: Set("city-administration".into()),
        updated_at: Set(Some(now)),
        search_text: Set("balconies".into()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    practice_file::ActiveModel {
        practice_id: Set(shown.id),
        kind: Set("image".into()),
        stored_name: Set(stored_name.to_owned()),
        title: Set("balcony.jpg".into()),
        alt_text: Set("A carved balcony".into()),
        caption: Set(String::new()),
        credit: Set(String::new()),
        licence: Set("cc-by-4.0".into()),
        shown: Set(true),
        position: Set(0),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

on_both_databases!(
    files_stop_changing_once_review_begins_and_shown_bytes_stay,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::with_draft(&app, &ORGANISATION).await;
        let uploaded = browser
            .upload_file("image", "balcony.jpg", crate::uploads::photo(800, 600))
            .await;
        let file_id = uploaded["stored"][0]["id"].as_i64().unwrap();
        let url = uploaded["stored"][0]["url"].as_str().unwrap().to_owned();
        let stored_name = url.trim_start_matches("/uploads/").to_owned();

        // A published practice shows these very bytes.
        practice_showing(&app, &stored_name).await;
        let remove = |id: i64| reqwest::multipart::Form::new().text("remove", id.to_string());
        let response = browser
            .post_upload(remove(file_id), "application/json")
            .await;
        assert_eq!(response.status(), 200);
        assert_eq!(
            app.get(&url).await.status(),
            200,
            "the practice's image still loads"
        );

        // Once review has begun, files change no more than the answers do.
        let second = browser
            .upload_file("image", "door.jpg", crate::uploads::photo(640, 480))
            .await;
        let second_id = second["stored"][0]["id"].as_i64().unwrap();
        submission::Entity::update_many()
            .col_expr(submission::Column::Status, Expr::value("under_review"))
            .exec(&app.db)
            .await
            .unwrap();
        let refused = browser
            .post_upload(remove(second_id), "application/json")
            .await;
        assert_eq!(refused.status(), 409);
        let files = app::db::entities::submission_file::Entity::find()
            .filter(app::db::entities::submission_file::Column::Id.eq(second_id as i32))
            .count(&app.db)
            .await
            .unwrap();
        assert_eq!(files, 1, "the file is still there");
    }
);

on_both_databases!(
    erasing_a_person_rewrites_only_the_log_entries_about_them,
    |backend| async move {
        use app::auth::Role;
        use app::db::entities::audit_entry;
        let app = TestApp::spawn(backend).await;
        open_workshop(&app.db, 10).await;
        for (name, email) in [
            ("e", "e@example.org"),
            ("Ani Hakobyan", "ani@gyumri.example"),
        ] {
            assert_eq!(sign_up_as(&app, name, email).await, 200, "{name}");
        }
        let admin = crate::review::signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        for person in workshop_registration::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
        {
            let cancelled = admin
                .post_form(
                    "/api/staff/registration_cancel",
                    "/admin/workshops",
                    &[("registration", person.id.to_string())],
                )
                .await;
            assert_eq!(cancelled.status(), 302);
        }

        let erased = admin
            .post_form(
                "/api/staff/erase_person",
                "/admin/privacy",
                &[("email", "e@example.org"), ("confirm", "yes")],
            )
            .await;
        assert_eq!(erased.status(), 302);
        let mut log: Vec<String> = audit_entry::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|entry| entry.summary)
            .filter(|summary| summary.starts_with("Cancelled the place"))
            .collect();
        log.sort();
        assert_eq!(
            log,
            [
                "Cancelled the place of Ani Hakobyan",
                "Cancelled the place of [a person whose data was erased]"
            ]
        );
    }
);

on_both_databases!(
    images_written_into_a_practices_text_are_not_shown,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        practice_with_body(
            &app,
            &"a".repeat(64),
            "Our balconies.\n\n![](x)\n\n<img src=x>\n\n<img src=\"/practices.atom\" alt=\"\">",
        )
        .await;
        let response = app.get("/practices/balconies").await;
        assert_eq!(response.status(), 200);
        let page = response.text().await.unwrap();
        assert!(page.contains("Our balconies."));
        assert!(!page.contains(r#"src="x""#), "no request for x");
        assert!(!page.contains(r#"src="/practices.atom""#));
        for image in page.split("<img").skip(1) {
            let tag = &image[..image.find('>').unwrap()];
            assert!(
                tag.contains("alt=\"") && !tag.contains("alt=\"\""),
                "an image without alt text: <img{tag}>"
            );
        }
    }
);
