//! Publishing over HTTP, on SQLite and PostgreSQL: a selected submission becomes a draft
//! practice without the applicant's contact details; drafts stay private; Markdown comes out
//! sanitised on the public page and in the admins' preview.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::Value;

use app::auth::Role;
use app::db::entities::{practice, submission_file};
use app::submission::SubmissionAnswers;
use app::submission::consents::Consent;
use app::submission::db;
use app::submission::media::ImageDetailsAnswers;

use crate::on_both_databases;
use crate::review::{call, signed_in};
use crate::support::{Browser, TestApp};

/// A sent submission whose free text carries contact details, with an image and a document.
async fn sent_with_contact_details(app: &TestApp) -> i32 {
    let mut answers = SubmissionAnswers::default();
    let organisation = &mut answers.organisation;
    organisation.first_name = "Nino".into();
    organisation.last_name = "Beridzeshvili".into();
    organisation.email = "nino.private@tbilisi.example.ge".into();
    organisation.role = "Head of the heritage office".into();
    organisation.organisation_name = "Tbilisi City Hall".into();
    organisation.organisation_type = "city-administration".into();
    organisation.website = "https://private-website.example.ge".into();
    answers.practice.title = "Tbilisi balcony houses".into();
    answers.practice.summary =
        "Residents restore carved balconies; call +995 32 2 99 99 99.".into();
    answers.practice.description =
        "Forty balconies since 2019. Questions: nino.private@tbilisi.example.ge.".into();
    answers.practice.city_region = "Tbilisi".into();
    answers.practice.country = "GE".into();
    answers.impact.results = "Heating bills fell by a third.".into();
    answers.transformation.social = "yes".into();
    answers.media.links = "https://balconies.example.ge".into();
    let (id, _) = db::create_draft(&app.db, &answers, Utc::now())
        .await
        .unwrap();
    let mut files = Vec::new();
    for (kind, name) in [("image", "balcony.jpg"), ("document", "plan.pdf")] {
        let row = submission_file::ActiveModel {
            submission_id: Set(id),
            kind: Set(kind.to_owned()),
            stored_name: Set(format!("{:0>64}", files.len())),
            original_name: Set(name.to_owned()),
            content_type: Set("image/jpeg".to_owned()),
            byte_size: Set(1000),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        files.push(row.id);
    }
    answers.media.images.insert(
        files[0].to_string(),
        ImageDetailsAnswers {
            caption: "A restored balcony".into(),
            alt_text: "A carved wooden balcony over a narrow street".into(),
            credit: "Giorgi Photo".into(),
            licence: "cc-by-4.0".into(),
        },
    );
    db::submit(
        &app.db,
        id,
        &answers,
        &[Consent::Processing],
        Utc::now(),
        |_| None,
    )
    .await
    .unwrap()
    .unwrap();
    id
}

fn assert_no_contact_details(html: &str) {
    for private in [
        "nino.private",
        "Beridzeshvili",
        "+995",
        "99 99 99",
        "Head of the heritage office",
        "private-website",
    ] {
        assert!(!html.contains(private), "{private} leaked");
    }
}

on_both_databases!(
    a_selected_submission_becomes_a_private_draft_without_contact_details_until_published,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = sent_with_contact_details(&app).await.to_string();
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let (status, _) = call(
            &admin,
            &app,
            "practice_from_submission",
            &[("submission", &id)],
        )
        .await;
        assert_eq!(status, 404, "only a selected submission becomes a practice");
        let (status, _) = call(
            &admin,
            &app,
            "status",
            &[("id", &id), ("status", "selected")],
        )
        .await;
        assert_eq!(status, 200);
        for _ in 0..2 {
            let (status, body) = call(
                &admin,
                &app,
                "practice_from_submission",
                &[("submission", &id)],
            )
            .await;
            assert_eq!(status, 200, "{body}");
        }
        let drafts = practice::Entity::find()
            .filter(practice::Column::SubmissionId.eq(id.parse::<i32>().unwrap()))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(drafts.len(), 1, "one practice per submission");
        let practice_id = drafts[0].id.to_string();
        assert_eq!(drafts[0].slug, "tbilisi-balcony-houses");

        let (status, body) = call(&admin, &app, "practice", &[("id", &practice_id)]).await;
        assert_eq!(status, 200);
        let editor: Value = serde_json::from_str(&body).unwrap();
        let form = &editor["form"];
        assert_eq!(form["organisation"], "Tbilisi City Hall");
        assert_eq!(
            form["summary"],
            "Residents restore carved balconies; call [phone number removed]."
        );
        assert!(
            form["body"]
                .as_str()
                .unwrap()
                .contains("Questions: [email address removed].")
        );
        assert!(
            form["body"]
                .as_str()
                .unwrap()
                .contains("## Results and evidence")
        );
        assert_no_contact_details(&body);
        let files: Vec<&Value> = form["files"].as_object().unwrap().values().collect();
        assert_eq!(
            files.iter().filter(|file| file["shown"] == "yes").count(),
            1,
            "documents wait for an admin"
        );

        let (status, _) = Browser::new(&app)
            .get("/practices/tbilisi-balcony-houses")
            .await;
        assert_eq!(status, 404, "a draft is private");
        let (status, body) = call(
            &admin,
            &app,
            "practice_publish",
            &[("id", &practice_id), ("publish", "yes")],
        )
        .await;
        assert_eq!(status, 200, "{body}");
        let (status, page) = Browser::new(&app)
            .get("/practices/tbilisi-balcony-houses")
            .await;
        assert_eq!(status, 200);
        assert!(
            page.contains("A carved wooden balcony over a narrow street"),
            "the image with its alt text"
        );
        assert!(
            page.contains("Giorgi Photo") && page.contains("CC BY 4.0"),
            "credit and licence"
        );
        assert!(page.contains("https://balconies.example.ge"));
        assert!(
            !page.contains("plan.pdf"),
            "a document not chosen stays off the page"
        );
        assert_no_contact_details(&page);

        // Edited with hostile Markdown: inert in the public page and in the preview.
        let mut form: Vec<(String, String)> = form
            .as_object()
            .unwrap()
            .iter()
            .filter_map(|(name, value)| {
                Some((format!("practice[{name}]"), value.as_str()?.to_owned()))
            })
            .collect();
        let body = "## Story\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>";
        for (name, value) in &mut form {
            if name == "practice[body]" {
                *value = body.to_owned();
            }
        }
        for (file_id, file) in editor["form"]["files"].as_object().unwrap() {
            for (part, value) in file.as_object().unwrap() {
                form.push((
                    format!("practice[files][{file_id}][{part}]"),
                    value.as_str().unwrap().to_owned(),
                ));
            }
        }
        form.push(("id".to_owned(), practice_id.clone()));
        let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        let (status, body) = call(&admin, &app, "practice_save", &form).await;
        assert_eq!(status, 200, "{body}");
        let (_, page) = Browser::new(&app)
            .get("/practices/tbilisi-balcony-houses")
            .await;
        let (_, preview) = admin.get(&format!("/admin/practices/{practice_id}")).await;
        for html in [&page, &preview] {
            assert!(html.contains("<h2>Story</h2>"));
            // Live markup only: the editor shows the Markdown source as (escaped) text.
            for unsafe_markup in ["<script>alert", "href=\"javascript:", "<img src=x onerror"] {
                let at = html
                    .find(unsafe_markup)
                    .map(|at| &html[at.saturating_sub(200)..at + 60]);
                assert!(at.is_none(), "{unsafe_markup}: {at:?}");
            }
        }

        let (status, _) = call(&admin, &app, "practice_new", &[]).await;
        assert_eq!(status, 200);
        let blank = practice::Entity::find()
            .filter(practice::Column::Slug.eq("new-practice"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let (status, _) = call(
            &admin,
            &app,
            "practice_publish",
            &[("id", &blank.id.to_string()), ("publish", "yes")],
        )
        .await;
        assert_eq!(status, 422, "an empty practice is not published");
        let blank_id = blank.id.to_string();
        let taken: Vec<(&str, &str)> = form
            .iter()
            .map(|&(name, value)| {
                (
                    name,
                    if name == "id" {
                        blank_id.as_str()
                    } else {
                        value
                    },
                )
            })
            .collect();
        let (status, body) = call(&admin, &app, "practice_save", &taken).await;
        assert_eq!(status, 422);
        assert!(body.contains("\"slug\""), "{body}");

        let (status, _) = call(
            &admin,
            &app,
            "practice_feature",
            &[("id", &practice_id), ("featured", "yes")],
        )
        .await;
        assert_eq!(status, 200);
        let home = app.get("/").await.text().await.unwrap();
        assert!(
            home.contains("Tbilisi balcony houses"),
            "featured on the home page"
        );
        let (status, _) = call(
            &admin,
            &app,
            "practice_publish",
            &[("id", &practice_id), ("publish", "no")],
        )
        .await;
        assert_eq!(status, 200);
        let (status, _) = Browser::new(&app)
            .get("/practices/tbilisi-balcony-houses")
            .await;
        assert_eq!(status, 404, "unpublished is private again");
    }
);
