//! The review list over HTTP, on SQLite and PostgreSQL: filters, search, pagination, the CSV
//! export and the submission page, for signed-in staff only.

use chrono::Utc;
use serde_json::Value;

use app::auth::Role;
use app::auth::password::NewPassword;
use app::email::Email;
use app::submission::SubmissionAnswers;
use app::submission::consents::Consent;
use app::submission::db;

use crate::on_both_databases;
use crate::support::{Browser, TestApp};

const PASSWORD: &str = "a long reviewer passphrase";

/// A sent practice: title, country, organisation type, themes, whether it would host a visit.
async fn sent(
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

async fn signed_in_reviewer(app: &TestApp) -> Browser {
    app::auth::db::create_with_password(
        &app.db,
        Email::parse("rita@heritage-hub.example").unwrap(),
        Role::Reviewer,
        NewPassword::parse(PASSWORD).unwrap(),
    )
    .await
    .unwrap();
    let browser = Browser::new(app);
    browser
        .post_form(
            "/api/staff/sign_in",
            "/admin/login",
            &[
                ("email", "rita@heritage-hub.example"),
                ("password", PASSWORD),
            ],
        )
        .await;
    browser
}

/// The titles the list returns for `filters`, and the total.
async fn titles(browser: &Browser, app: &TestApp, filters: &[(&str, &str)]) -> (Vec<String>, u64) {
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
        assert_eq!(status, 302);
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
