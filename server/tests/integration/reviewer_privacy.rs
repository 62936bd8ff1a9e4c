//! What a reviewer must not see, attacked over HTTP on SQLite and PostgreSQL: others' scores
//! before their own (list page, `list_submissions`, sorting by score, the CSV), applicants'
//! addresses in their export, and a practice they declared a conflict of interest with.

use serde_json::Value;

use app::auth::Role;

use crate::on_both_databases;
use crate::review::{call, panel, score_form, sent, signed_in, titles};
use crate::support::{Browser, TestApp};
use crate::workspace::audit_summaries;

/// The rows of the list as `browser` gets them from `list_submissions`, by title.
async fn rows(browser: &Browser, app: &TestApp, sort: &str) -> Vec<(String, Value, Value)> {
    let (status, body) = call(browser, app, "submissions", &[("query[sort]", sort)]).await;
    assert_eq!(status, 200, "{body}");
    let list: Value = serde_json::from_str(&body).unwrap();
    list["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["title"].as_str().unwrap().to_owned(),
                row["review_count"].clone(),
                row["average_score"].clone(),
            )
        })
        .collect()
}

async fn score(browser: &Browser, app: &TestApp, id: i32, points: &str) -> (u16, String) {
    call(
        browser,
        app,
        "score",
        &score_form(&id.to_string(), [points; 5]),
    )
    .await
}

on_both_databases!(
    reviewers_see_no_aggregate_of_others_scores_before_their_own,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let older = sent(&app, "Older practice", "GE", "ngo", &["social"], true).await;
        sent(&app, "Newer practice", "AM", "ngo", &["digital"], false).await;
        let rita = signed_in(&app, "rita@heritage-hub.example", Role::Reviewer).await;
        let lev = signed_in(&app, "lev@heritage-hub.example", Role::Reviewer).await;
        let admin = signed_in(&app, "ana@heritage-hub.example", Role::Admin).await;
        assert_eq!(score(&rita, &app, older, "5").await.0, 200);

        // The function the list page calls: neither count nor average.
        assert_eq!(
            rows(&lev, &app, "").await,
            [
                ("Newer practice".to_owned(), Value::Null, Value::Null),
                ("Older practice".to_owned(), Value::Null, Value::Null),
            ]
        );
        // Sorting by score would rank by the others' scores: the list keeps its usual order.
        for sort in ["score", "reviews"] {
            assert_eq!(
                titles(&lev, &app, &[("sort", sort)]).await.0,
                ["Newer practice", "Older practice"],
                "{sort}"
            );
        }
        assert_eq!(
            titles(&admin, &app, &[("sort", "score")]).await.0,
            ["Older practice", "Newer practice"],
            "admins rank"
        );
        let (status, page) = lev.get("/admin/submissions?sort=score").await;
        assert_eq!(status, 200);
        assert!(
            !page.contains("5.00") && !page.contains(">Average<"),
            "{page}"
        );
        let (_, page) = admin.get("/admin/submissions?sort=score").await;
        assert!(page.contains("5.00") && page.contains(">Average<"));
        let csv = lev
            .navigate("/admin/submissions.csv?sort=score")
            .await
            .text()
            .await
            .unwrap();
        let newer_first: Vec<bool> = csv
            .lines()
            .skip(1)
            .map(|line| line.contains("\"Newer practice\""))
            .collect();
        assert_eq!(
            newer_first,
            [true, false],
            "nor does the export rank: {csv}"
        );

        // Once Lev has scored, he sees how many reviews there are, still no average.
        assert_eq!(score(&lev, &app, older, "3").await.0, 200);
        assert_eq!(
            rows(&lev, &app, "").await,
            [
                ("Newer practice".to_owned(), Value::Null, Value::Null),
                ("Older practice".to_owned(), Value::from(2), Value::Null),
            ]
        );
        assert_eq!(
            rows(&admin, &app, "").await[1],
            (
                "Older practice".to_owned(),
                Value::from(2),
                Value::from(4.0)
            )
        );
    }
);

on_both_databases!(
    reviewer_exports_carry_no_contact_addresses,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        // `sent` gives the applicant the address `<title length>@example.org`.
        crate::review::sent_balcony_houses(&app).await;
        let reviewer = signed_in(&app, "rita@heritage-hub.example", Role::Reviewer).await;
        let admin = signed_in(&app, "ana@heritage-hub.example", Role::Admin).await;
        let header = "\u{feff}\"Reference\",\"Submitted (Brussels time)\",\"Status\",\"Title\",\
                      \"Organisation\",\"Country\",\"Organisation type\",\"Themes\",\
                      \"Would host a visit\"";

        let csv = reviewer
            .navigate("/admin/submissions.csv")
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(csv.lines().next().unwrap(), header);
        assert!(!csv.contains("22@example.org"), "{csv}");

        let csv = admin
            .navigate("/admin/submissions.csv")
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(
            csv.lines().next().unwrap(),
            format!("{header},\"Contact email\"")
        );
        assert!(csv.contains("\"22@example.org\""), "{csv}");
    }
);

on_both_databases!(
    a_declared_conflict_is_final_hides_the_answer_and_only_an_admin_clears_it,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = crate::review::sent_balcony_houses(&app).await;
        let rita = signed_in(&app, "rita@heritage-hub.example", Role::Reviewer).await;
        let nino = signed_in(&app, "nino@heritage-hub.example", Role::Reviewer).await;
        let admin = signed_in(&app, "ana@heritage-hub.example", Role::Admin).await;
        assert_eq!(score(&rita, &app, id, "5").await.0, 200);
        let summary = "A summary of Tbilisi balcony houses.";
        let (_, before) = call(&nino, &app, "submission", &[("id", &id.to_string())]).await;
        assert!(
            before.contains(summary),
            "the answer shows before: {before}"
        );

        assert_eq!(
            call(&nino, &app, "conflict", &[("id", &id.to_string())])
                .await
                .0,
            200
        );
        let (status, body) = score(&nino, &app, id, "1").await;
        assert_eq!(status, 422, "a conflict is not replaced by a score: {body}");
        let seen = panel(&nino, &app, id).await;
        assert_eq!(
            (seen["mine"]["score"].clone(), seen["hidden"].clone()),
            (Value::Null, Value::from(1)),
            "the others' reviews stay hidden"
        );
        let (status, body) = call(&nino, &app, "submission", &[("id", &id.to_string())]).await;
        assert_eq!(status, 200);
        assert!(
            !body.contains(summary) && !body.contains("Tbilisi balcony houses Association"),
            "{body}"
        );
        let (status, page) = nino.get(&format!("/admin/submissions/{id}")).await;
        assert_eq!(status, 200);
        assert!(!page.contains(summary), "{page}");
        assert!(page.contains("You declared a conflict of interest"));
        assert_eq!(panel(&admin, &app, id).await["average"], 5.0);

        let nino_id = seen["mine"]["reviewer_id"].to_string();
        let clear = [("id", id.to_string()), ("reviewer", nino_id)];
        let clear: Vec<(&str, &str)> = clear.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(call(&rita, &app, "conflict_clear", &clear).await.0, 403);
        assert_eq!(call(&admin, &app, "conflict_clear", &clear).await.0, 200);
        assert_eq!(
            audit_summaries(&app).await.last().unwrap(),
            "Cleared the conflict of interest nino declared"
        );
        assert_eq!(call(&admin, &app, "conflict_clear", &clear).await.0, 404);
        assert_eq!(score(&nino, &app, id, "1").await.0, 200);
        assert_eq!(panel(&admin, &app, id).await["average"], 3.0);
    }
);
