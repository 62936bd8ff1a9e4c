//! The review list over HTTP, on SQLite and PostgreSQL: filters, search, pagination, the CSV
//! export and the submission page, for signed-in staff only.

use chrono::Utc;
use sea_orm::EntityTrait;
use serde_json::Value;

use app::auth::Role;
use app::auth::password::NewPassword;
use app::email::Email;
use app::submission::SubmissionAnswers;
use app::submission::consents::Consent;
use app::submission::db;

use crate::on_both_databases;
use crate::support::{Browser, TestApp};

pub(crate) const PASSWORD: &str = "a long reviewer passphrase";

/// A sent practice: title, country, organisation type, themes, whether it would host a visit.
pub(crate) async fn sent(
    app: &TestApp,
    title: &str,
    country: &str,
    kind: &str,
    themes: &[&str],
    hosts: bool,
) -> i32 {
    let mut answers = SubmissionAnswers::default();
    answers.organisation.email = format!("{}@example.org", title.len());
    answers.organisation.organisation_name = format!("{title} Association");
    answers.organisation.country = country.into();
    answers.organisation.organisation_type = kind.into();
    answers.practice.title = title.into();
    answers.practice.summary = format!("A summary of {title}.");
    for theme in themes {
        match *theme {
            "environmental" => answers.transformation.environmental = "yes".into(),
            "digital" => answers.transformation.digital = "yes".into(),
            _ => answers.transformation.social = "yes".into(),
        }
    }
    answers.peer_learning.willing_to_host = if hosts { "yes" } else { "no" }.into();
    let (id, _) = db::create_draft(&app.db, &answers, Utc::now())
        .await
        .unwrap();
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

/// The sent practice most tests review: Tbilisi's balcony houses, from a Georgian NGO, social,
/// offering to host a visit.
pub(crate) async fn sent_balcony_houses(app: &TestApp) -> i32 {
    sent(
        app,
        "Tbilisi balcony houses",
        "GE",
        "ngo",
        &["social"],
        true,
    )
    .await
}

/// A browser signed in as a new staff member.
pub(crate) async fn signed_in(app: &TestApp, email: &str, role: Role) -> Browser {
    app::auth::db::create_with_password(
        &app.db,
        Email::parse(email).unwrap(),
        role,
        NewPassword::parse(PASSWORD).unwrap(),
    )
    .await
    .unwrap();
    let browser = Browser::new(app);
    let response = browser.sign_in(email, PASSWORD).await;
    assert_eq!(response.headers()["location"], "/admin");
    browser
}

async fn signed_in_reviewer(app: &TestApp) -> Browser {
    signed_in(app, "rita@heritage-hub.example", Role::Reviewer).await
}

/// Calls a staff server function as a script does; the status and the body.
pub(crate) async fn call(
    browser: &Browser,
    app: &TestApp,
    endpoint: &str,
    form: &[(&str, &str)],
) -> (u16, String) {
    let response = browser
        .client_for_cookies()
        .post(format!("{}/api/staff/{endpoint}", app.address))
        .form(form)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The submission's review panel as `browser` sees it.
pub(crate) async fn panel(browser: &Browser, app: &TestApp, id: i32) -> Value {
    let (status, body) = call(browser, app, "submission", &[("id", &id.to_string())]).await;
    assert_eq!(status, 200, "{body}");
    serde_json::from_str::<Value>(&body).unwrap()["reviews"].clone()
}

pub(crate) fn score_form<'a>(id: &'a str, points: [&'a str; 5]) -> Vec<(&'a str, &'a str)> {
    vec![
        ("id", id),
        ("score[relevance]", points[0]),
        ("score[impact]", points[1]),
        ("score[transferability]", points[2]),
        ("score[innovation]", points[3]),
        ("score[quality]", points[4]),
        ("score[comment]", "Solid evidence."),
    ]
}

/// The titles the list returns for `filters`, and the total.
pub(crate) async fn titles(
    browser: &Browser,
    app: &TestApp,
    filters: &[(&str, &str)],
) -> (Vec<String>, u64) {
    let form: Vec<(String, String)> = filters
        .iter()
        .map(|(name, value)| (format!("query[{name}]"), value.to_string()))
        .collect();
    let response = browser
        .client_for_cookies()
        .post(format!("{}/api/staff/submissions", app.address))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{filters:?}");
    let list: Value = response.json().await.unwrap();
    let titles = list["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["title"].as_str().unwrap().to_owned())
        .collect();
    (titles, list["total"].as_u64().unwrap())
}

on_both_databases!(
    staff_filter_search_and_export_sent_submissions,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let balconies = sent(
            &app,
            "Tbilisi balcony houses",
            "GE",
            "city-administration",
            &["environmental", "social"],
            true,
        )
        .await;
        sent(
            &app,
            "Digital archive of Gyumri",
            "AM",
            "ngo",
            &["digital"],
            false,
        )
        .await;
        sent(
            &app,
            "=HYPERLINK(\"https://evil.example\")",
            "FR",
            "heritage-professional",
            &["social"],
            false,
        )
        .await;
        let mut draft = SubmissionAnswers::default();
        draft.practice.title = "An unsent draft".into();
        db::create_draft(&app.db, &draft, Utc::now()).await.unwrap();
        let browser = signed_in_reviewer(&app).await;

        let sorted = |(mut titles, total): (Vec<String>, u64)| {
            titles.sort();
            (titles, total)
        };
        assert_eq!(
            titles(&browser, &app, &[]).await.1,
            3,
            "drafts are never listed"
        );
        for (filters, expected) in [
            (vec![("country", "GE")], vec!["Tbilisi balcony houses"]),
            (
                vec![("theme", "digital")],
                vec!["Digital archive of Gyumri"],
            ),
            (
                vec![("theme", "social")],
                vec![
                    "=HYPERLINK(\"https://evil.example\")",
                    "Tbilisi balcony houses",
                ],
            ),
            (vec![("hosts", "yes")], vec!["Tbilisi balcony houses"]),
            (
                vec![("organisation_type", "ngo")],
                vec!["Digital archive of Gyumri"],
            ),
            (
                vec![("q", "BALCONY tbilisi")],
                vec!["Tbilisi balcony houses"],
            ),
            (
                vec![("q", "gyumri association")],
                vec!["Digital archive of Gyumri"],
            ),
            (vec![("q", "100%")], vec![]),
            (vec![("country", "GE"), ("theme", "digital")], vec![]),
        ] {
            let expected: Vec<String> = expected.into_iter().map(str::to_owned).collect();
            let total = expected.len() as u64;
            assert_eq!(
                sorted(titles(&browser, &app, &filters).await),
                (expected, total),
                "{filters:?}"
            );
        }
        let (by_title, _) = titles(&browser, &app, &[("sort", "title")]).await;
        assert_eq!(by_title[1], "Digital archive of Gyumri");

        let (status, page) = browser.get("/admin/submissions?country=GE").await;
        assert_eq!(status, 200);
        assert!(page.contains("Tbilisi balcony houses") && !page.contains("Gyumri"));
        let (status, page) = browser
            .get(&format!("/admin/submissions/{balconies}"))
            .await;
        assert_eq!(status, 200);
        assert!(page.contains("A summary of Tbilisi balcony houses."));

        let response = browser
            .navigate("/admin/submissions.csv?theme=social")
            .await;
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()["content-type"],
            "text/csv; charset=utf-8"
        );
        let csv = response.text().await.unwrap();
        assert_eq!(
            csv.lines().count(),
            3,
            "a header and the two social practices: {csv}"
        );
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"https://evil.example\"\")\""),
            "a formula is neutralised: {csv}"
        );

        // Nothing for anyone without a session.
        let anonymous = Browser::new(&app);
        assert_eq!(
            anonymous.navigate("/admin/submissions.csv").await.status(),
            401
        );
        let (status, _) = anonymous
            .get(&format!("/admin/submissions/{balconies}"))
            .await;
        assert_eq!(status, 303);
        let response = anonymous
            .client_for_cookies()
            .post(format!("{}/api/staff/submissions", app.address))
            .form(&[("query[country]", "GE")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 401);
        assert!(!response.text().await.unwrap().contains("Tbilisi"));
    }
);

on_both_databases!(
    the_list_pages_through_many_submissions,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        for n in 0..27 {
            sent(
                &app,
                &format!("Practice {n:02}"),
                "IT",
                "ngo",
                &["social"],
                false,
            )
            .await;
        }
        let browser = signed_in_reviewer(&app).await;
        let (first, total) = titles(&browser, &app, &[("sort", "title")]).await;
        assert_eq!((first.len(), total), (25, 27));
        let (second, _) = titles(&browser, &app, &[("sort", "title"), ("page", "2")]).await;
        assert_eq!(second, ["Practice 25", "Practice 26"]);
        let (beyond, _) = titles(&browser, &app, &[("sort", "title"), ("page", "9")]).await;
        assert_eq!(beyond, second, "a page past the end shows the last one");
        let (_, page) = browser.get("/admin/submissions?sort=title").await;
        assert!(page.contains("Page 1 of 2") && page.contains("page=2"));
    }
);

on_both_databases!(
    reviewers_score_see_others_only_after_scoring_and_admins_rank,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = sent_balcony_houses(&app).await;
        let other = sent(
            &app,
            "Digital archive of Gyumri",
            "AM",
            "ngo",
            &["digital"],
            false,
        )
        .await;
        let rita = signed_in(&app, "rita@heritage-hub.example", Role::Reviewer).await;
        let lev = signed_in(&app, "lev@heritage-hub.example", Role::Reviewer).await;
        let nino = signed_in(&app, "nino@heritage-hub.example", Role::Reviewer).await;
        let admin = signed_in(&app, "ana@heritage-hub.example", Role::Admin).await;
        let id_text = id.to_string();

        // A score needs every criterion, 1 to 5.
        let (status, body) = call(
            &rita,
            &app,
            "score",
            &score_form(&id_text, ["5", "5", "5", "5", "6"]),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert!(body.contains("quality"));

        let (status, _) = call(
            &rita,
            &app,
            "score",
            &score_form(&id_text, ["5", "5", "5", "5", "5"]),
        )
        .await;
        assert_eq!(status, 200);
        let before = panel(&lev, &app, id).await;
        assert_eq!(
            before["others"].as_array().unwrap().len(),
            0,
            "Lev has not scored yet"
        );
        assert_eq!(before["hidden"], 1);
        assert!(before["average"].is_null(), "only admins see the average");

        call(
            &lev,
            &app,
            "score",
            &score_form(&id_text, ["3", "3", "3", "3", "3"]),
        )
        .await;
        let after = panel(&lev, &app, id).await;
        assert_eq!(
            after["others"].as_array().unwrap().len(),
            1,
            "now Rita's score shows"
        );
        assert_eq!(after["mine"]["weighted"], 3.0);

        // A conflict of interest is recorded instead of a score and hides the others.
        call(&nino, &app, "conflict", &[("id", &id_text)]).await;
        let conflicted = panel(&nino, &app, id).await;
        assert!(conflicted["mine"]["score"].is_null());
        assert_eq!(conflicted["hidden"], 2);

        let seen_by_admin = panel(&admin, &app, id).await;
        assert_eq!(seen_by_admin["others"].as_array().unwrap().len(), 3);
        assert_eq!(seen_by_admin["average"], 4.0, "the conflict does not count");

        // A changed score replaces the earlier one.
        call(
            &lev,
            &app,
            "score",
            &score_form(&id_text, ["5", "3", "3", "3", "1"]),
        )
        .await;
        assert_eq!(panel(&admin, &app, id).await["average"], 4.0);
        call(
            &admin,
            &app,
            "score",
            &score_form(&other.to_string(), ["1", "1", "1", "1", "1"]),
        )
        .await;
        let (ranking, _) = titles(&admin, &app, &[("sort", "score")]).await;
        assert_eq!(
            ranking,
            ["Tbilisi balcony houses", "Digital archive of Gyumri"]
        );
        let row = app::db::entities::submission::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((row.review_count, row.average_score), (2, Some(4.0)));
    }
);

on_both_databases!(
    admins_decide_and_selecting_past_the_limit_needs_an_explicit_override,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let mut settings: app::db::entities::call_settings::ActiveModel =
            app::db::entities::call_settings::Entity::find()
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .into();
        settings.selection_limit = sea_orm::Set(1);
        sea_orm::ActiveModelTrait::update(settings, &app.db)
            .await
            .unwrap();
        let first = sent(&app, "First", "GE", "ngo", &["social"], true)
            .await
            .to_string();
        let second = sent(&app, "Second", "AM", "ngo", &["social"], true)
            .await
            .to_string();
        let reviewer = signed_in_reviewer(&app).await;
        let admin = signed_in(&app, "ana@heritage-hub.example", Role::Admin).await;

        let (status, body) = call(
            &reviewer,
            &app,
            "status",
            &[("id", &first), ("status", "selected")],
        )
        .await;
        assert_eq!(status, 403, "reviewers do not decide");
        assert!(!body.contains("First"));

        for step in ["under_review", "shortlisted", "selected"] {
            let (status, _) =
                call(&admin, &app, "status", &[("id", &first), ("status", step)]).await;
            assert_eq!(status, 200, "{step}");
        }
        let (status, body) = call(
            &admin,
            &app,
            "status",
            &[("id", &second), ("status", "selected")],
        )
        .await;
        assert_eq!(status, 422);
        assert!(body.contains("limit is 1"), "{body}");
        let (status, _) = call(
            &admin,
            &app,
            "status",
            &[
                ("id", &second),
                ("status", "selected"),
                ("over_limit", "yes"),
            ],
        )
        .await;
        assert_eq!(status, 200);
        let (status, _) = call(
            &admin,
            &app,
            "status",
            &[("id", &second), ("status", "withdrawn")],
        )
        .await;
        assert_eq!(status, 422, "withdrawal is the applicant's alone");

        let (_, page) = admin.get("/admin/submissions?status=selected").await;
        assert!(page.contains("(over the limit)"));
        let (titles_selected, total) = titles(&admin, &app, &[("status", "selected")]).await;
        assert_eq!((titles_selected.len(), total), (2, 2));
    }
);

on_both_databases!(
    every_staff_function_refuses_anonymous_callers_and_admin_ones_refuse_reviewers,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = sent(&app, "Secret practice", "GE", "ngo", &["social"], true)
            .await
            .to_string();
        let anonymous = Browser::new(&app);
        let reviewer = signed_in_reviewer(&app).await;
        let score = score_form(&id, ["5", "5", "5", "5", "5"]);
        // Every staff server function, with a valid request, and whether only admins may call it.
        type Form<'a> = Vec<(&'a str, &'a str)>;
        let call_settings = crate::workspace::call_form("Secret practice", ["1"; 5]);
        let staff_functions: [(&str, Form, bool); 49] = [
            ("privacy", vec![], true),
            (
                "erase_person",
                vec![("email", "nino@tbilisi.example.ge"), ("confirm", "yes")],
                true,
            ),
            ("visits", vec![], true),
            ("visit", vec![("id", "1")], true),
            ("visit_new", vec![], true),
            (
                "visit_save",
                vec![("id", "1"), ("visit[title]", "Secret practice")],
                true,
            ),
            ("visit_publish", vec![("id", "1"), ("publish", "yes")], true),
            (
                "visit_decide",
                vec![("application", "1"), ("decision", "accept")],
                true,
            ),
            ("workshops", vec![], true),
            ("workshop", vec![("id", "1")], true),
            ("workshop_new", vec![], true),
            (
                "workshop_save",
                vec![("id", "1"), ("workshop[title]", "Secret practice")],
                true,
            ),
            (
                "workshop_publish",
                vec![("id", "1"), ("publish", "yes")],
                true,
            ),
            (
                "workshop_cancel",
                vec![("id", "1"), ("confirm", "yes")],
                true,
            ),
            ("registration_seat", vec![("registration", "1")], true),
            ("registration_cancel", vec![("registration", "1")], true),
            ("practices", vec![], true),
            ("practice", vec![("id", "1")], true),
            ("practice_new", vec![], true),
            ("practice_from_submission", vec![("submission", &id)], true),
            (
                "practice_save",
                vec![("id", "1"), ("practice[title]", "Secret practice")],
                true,
            ),
            (
                "practice_publish",
                vec![("id", "1"), ("publish", "yes")],
                true,
            ),
            (
                "practice_feature",
                vec![("id", "1"), ("featured", "yes")],
                true,
            ),
            ("account", vec![], false),
            ("two_step_on", vec![("code", "123456")], false),
            ("two_step_off", vec![("code", "123456")], false),
            ("dashboard", vec![], false),
            ("submissions", vec![("query[q]", "secret")], false),
            ("submission", vec![("id", &id)], false),
            ("score", score.clone(), false),
            ("conflict", vec![("id", &id)], false),
            ("conflict_clear", vec![("id", &id), ("reviewer", "1")], true),
            ("status", vec![("id", &id), ("status", "shortlisted")], true),
            ("users", vec![], true),
            (
                "invite",
                vec![
                    ("email", "eve@example.org"),
                    ("display_name", "Eve"),
                    ("role", "admin"),
                ],
                true,
            ),
            ("role", vec![("id", "1"), ("role", "admin")], true),
            ("active", vec![("id", "1"), ("active", "no")], true),
            ("templates", vec![], true),
            (
                "template",
                vec![
                    ("kind", "acceptance"),
                    ("subject", "Secret practice"),
                    ("body", "x"),
                ],
                true,
            ),
            ("outbox", vec![], true),
            ("release", vec![("up_to", "1000")], true),
            ("settings", vec![], true),
            ("save_call", call_settings, true),
            (
                "save_text",
                vec![("key", "home"), ("title", "Secret practice"), ("body", "x")],
                true,
            ),
            ("preview", vec![("markdown", "Secret practice")], true),
            (
                "save_call_texts",
                vec![("lang", "fr"), ("call[title]", "Secret practice")],
                true,
            ),
            (
                "translations",
                vec![("owner", "Workshop"), ("id", "1")],
                true,
            ),
            (
                "save_translation",
                vec![
                    ("owner", "Workshop"),
                    ("id", "1"),
                    ("lang", "fr"),
                    ("texts[title]", "Secret practice"),
                ],
                true,
            ),
            ("audit", vec![], true),
        ];
        // The list is complete: every registered staff function is in it.
        let mut registered: Vec<String> = leptos::server_fn::axum::server_fn_paths()
            .map(|(path, _)| path.to_owned())
            .filter(|path| path.starts_with("/api/staff/"))
            .filter(|path| {
                !["/api/staff/sign_in", "/api/staff/sign_out", "/api/staff/me"]
                    .contains(&path.as_str())
            })
            .collect();
        registered.sort();
        let mut listed: Vec<String> = staff_functions
            .iter()
            .map(|(endpoint, ..)| format!("/api/staff/{endpoint}"))
            .collect();
        listed.sort();
        assert_eq!(
            registered, listed,
            "a staff function is missing from this test"
        );
        for (endpoint, form, admin_only) in &staff_functions {
            let (status, body) = call(&anonymous, &app, endpoint, form).await;
            assert_eq!(status, 401, "{endpoint}");
            assert!(!body.contains("Secret practice"), "{endpoint} leaked data");
            if *admin_only {
                let (status, body) = call(&reviewer, &app, endpoint, form).await;
                assert_eq!(status, 403, "{endpoint}");
                assert!(!body.contains("Secret practice"), "{endpoint} leaked data");
            }
        }
        let row = app::db::entities::submission::Entity::find_by_id(id.parse::<i32>().unwrap())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (row.status.as_str(), row.review_count),
            ("submitted", 0),
            "nothing changed"
        );
    }
);
