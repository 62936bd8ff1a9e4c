//! Secret links under attack, on SQLite and PostgreSQL: a resume link handed to someone else
//! stops working for the one who handed it over; a browser that holds a draft is asked before
//! another link replaces it; unused links expire; a draft cannot be made to email without end.

use chrono::{TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use app::db::entities::submission_access;

use crate::on_both_databases;
use crate::support::{Browser, TestApp};
use crate::wizard::{CONSENTS, ORGANISATION, complete_steps, link_in, outbox, outbox_of_at_least};
use crate::workspace::emails_to;

/// Step 1's answers with another person's name and address.
fn organisation_of(
    first_name: &'static str,
    email: &'static str,
) -> Vec<(&'static str, &'static str)> {
    ORGANISATION
        .iter()
        .map(|&(field, value)| match field {
            "first_name" => (field, first_name),
            "email" => (field, email),
            _ => (field, value),
        })
        .collect()
}

/// Where a link leads a browser: the status and the `Location`.
async fn follow(browser: &Browser, path: &str) -> (u16, String) {
    let response = browser.navigate(path).await;
    let location = response
        .headers()
        .get("location")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (response.status().as_u16(), location)
}

on_both_databases!(
    a_draft_link_handed_to_a_victim_gives_the_attacker_nothing_of_theirs,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        // The attacker starts a draft and mails its resume link to the victim: "apply here".
        let attacker = Browser::new(&app);
        attacker
            .post_step(
                "organisation",
                "organisation",
                &organisation_of("Mallory", "mallory@evil.example"),
            )
            .await;
        let bait = link_in(
            &emails_to(&app, "mallory@evil.example").await[0],
            "/submit?draft=",
        );

        // The victim opens it, gives their own address and sends a real practice.
        let victim = Browser::new(&app);
        assert_eq!(follow(&victim, &bait).await.0, 303);
        for form in complete_steps() {
            victim
                .post_step(form.step, form.section, &form.fields)
                .await;
        }
        let (_, location) = victim.post_step("review", "consents", &CONSENTS).await;
        assert!(
            location.starts_with("/submit/sent?reference="),
            "{location}"
        );

        // The link went to the attacker's address, which is no longer the applicant's.
        let stranger = Browser::new(&app);
        assert_eq!(
            follow(&stranger, &bait).await.0,
            404,
            "the bait link is dead"
        );
        let token = bait.trim_start_matches("/submit?draft=");
        let (status, page) = stranger.get(&format!("/manage/{token}")).await;
        assert_eq!(status, 404);
        assert!(!page.contains("Kapanadze"));
        // The attacker's own browser, which started the draft, lost it with the new address.
        let (_, wizard) = attacker.get("/submit/organisation").await;
        assert!(
            !wizard.contains("Kapanadze"),
            "the attacker's cookie reads nothing"
        );
        let (_, review) = attacker.get("/submit/review").await;
        assert!(!review.contains("Retrofitting balcony houses"));
        let withdraw = attacker
            .post_form(
                "/api/withdraw_submission",
                &format!("/manage/{token}"),
                &[("token", token), ("confirm", "yes")],
            )
            .await;
        assert!(
            withdraw.headers()["location"]
                .to_str()
                .unwrap()
                .contains("__err="),
            "the attacker cannot withdraw it"
        );

        // Only the manage link emailed to the victim's own address opens the sent practice.
        let to_victim = emails_to(&app, "nino@tbilisi.example.ge").await;
        let confirmation = to_victim.last().unwrap();
        assert!(
            confirmation
                .subject
                .starts_with("We received your practice")
        );
        let manage = link_in(confirmation, "/manage/");
        let (status, page) = stranger.get(&manage).await;
        assert_eq!(status, 200);
        assert!(page.contains("Retrofitting balcony houses"));
        // Sending revoked the victim's own draft cookie and the resume link they were sent.
        let (_, review) = victim.get("/submit/review").await;
        assert!(!review.contains("Retrofitting balcony houses"));
        let resume = link_in(&to_victim[0], "/submit?draft=");
        assert_eq!(follow(&Browser::new(&app), &resume).await.0, 404);
        let stored = app::db::entities::submission::Entity::find()
            .filter(app::db::entities::submission::Column::Reference.is_not_null())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.status, "submitted", "nobody withdrew it");
    }
);

on_both_databases!(
    a_new_address_revokes_the_links_sent_to_the_old_one_and_gets_its_own,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let applicant = Browser::with_draft(&app, &ORGANISATION).await;
        let old_link = link_in(
            &emails_to(&app, "nino@tbilisi.example.ge").await[0],
            "/submit?draft=",
        );
        let laptop = Browser::new(&app);
        assert_eq!(follow(&laptop, &old_link).await.0, 303);

        applicant
            .post_step(
                "organisation",
                "organisation",
                &organisation_of("Nino", "nino.k@tbilisi.example.ge"),
            )
            .await;

        assert_eq!(follow(&Browser::new(&app), &old_link).await.0, 404);
        let (_, page) = laptop.get("/submit/organisation").await;
        assert!(
            !page.contains("Kapanadze"),
            "a browser that opened the old link lost it too"
        );
        let (_, page) = applicant.get("/submit/organisation").await;
        assert!(
            page.contains("Kapanadze"),
            "the browser that changed it keeps it"
        );
        let new_link = link_in(
            &emails_to(&app, "nino.k@tbilisi.example.ge").await[0],
            "/submit?draft=",
        );
        assert_eq!(follow(&Browser::new(&app), &new_link).await.0, 303);
        // Back to the first address: it gets a fresh link; the old one stays dead.
        applicant
            .post_step("organisation", "organisation", &ORGANISATION)
            .await;
        let again = emails_to(&app, "nino@tbilisi.example.ge").await;
        assert_eq!(again.len(), 2);
        assert_eq!(follow(&Browser::new(&app), &old_link).await.0, 404);
        let fresh = link_in(&again[1], "/submit?draft=");
        assert_eq!(follow(&Browser::new(&app), &fresh).await.0, 303);
    }
);

on_both_databases!(
    a_link_opened_where_another_draft_is_open_asks_which_to_continue,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let mine = Browser::new(&app);
        mine.post_step("organisation", "organisation", &ORGANISATION)
            .await;
        mine.post_step(
            "practice",
            "practice",
            &[("title", "Balconies of Sololaki")],
        )
        .await;
        let colleague = Browser::new(&app);
        colleague
            .post_step(
                "organisation",
                "organisation",
                &organisation_of("Levan", "levan@kutaisi.example.ge"),
            )
            .await;
        colleague
            .post_step("practice", "practice", &[("title", "Kutaisi market hall")])
            .await;
        let link = link_in(
            &emails_to(&app, "levan@kutaisi.example.ge").await[0],
            "/submit?draft=",
        );

        // Opening the colleague's link asks first, and changes nothing yet.
        assert_eq!(
            follow(&mine, &link).await,
            (303, "/submit/choose".to_owned())
        );
        let (status, question) = mine.get("/submit/choose").await;
        assert_eq!(status, 200);
        assert!(question.contains("Balconies of Sololaki"), "{question}");
        assert!(question.contains("Kutaisi market hall"));
        let (_, page) = mine.get("/submit/practice").await;
        assert!(
            page.contains("Balconies of Sololaki"),
            "nothing replaced yet"
        );

        // Keeping the one in this browser leaves it, and the question is gone.
        let kept = mine
            .post_form(
                "/api/choose_draft",
                "/submit/choose",
                &[("keep", "browser")],
            )
            .await;
        assert_eq!(kept.status(), 302);
        let (_, page) = mine.get("/submit/practice").await;
        assert!(page.contains("Balconies of Sololaki"));
        let (_, question) = mine.get("/submit/choose").await;
        assert!(question.contains("There is nothing to choose"));

        // Asked again, continuing the link's practice switches this browser to it.
        assert_eq!(follow(&mine, &link).await.1, "/submit/choose");
        let switched = mine
            .post_form("/api/choose_draft", "/submit/choose", &[("keep", "link")])
            .await;
        assert_eq!(switched.headers()["location"], "/submit/practice");
        let (_, page) = mine.get("/submit/practice").await;
        assert!(page.contains("Kutaisi market hall"));
        // The colleague's own browser keeps working on it too.
        let (_, page) = colleague.get("/submit/practice").await;
        assert!(page.contains("Kutaisi market hall"));
    }
);

on_both_databases!(
    links_unused_for_their_lifetime_expire,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let applicant = Browser::with_draft(&app, &ORGANISATION).await;
        let link = link_in(&outbox(&app).await[0], "/submit?draft=");
        let long_ago = Utc::now() - TimeDelta::days(91);
        submission_access::Entity::update_many()
            .col_expr(submission_access::Column::CreatedAt, Expr::value(long_ago))
            .exec(&app.db)
            .await
            .unwrap();

        assert_eq!(follow(&Browser::new(&app), &link).await.0, 404);
        let (_, page) = applicant.get("/submit/organisation").await;
        assert!(!page.contains("Kapanadze"), "the idle cookie expired too");

        // A link used lately keeps working however old it is.
        submission_access::Entity::update_many()
            .col_expr(
                submission_access::Column::LastUsedAt,
                Expr::value(Utc::now() - TimeDelta::days(89)),
            )
            .exec(&app.db)
            .await
            .unwrap();
        assert_eq!(follow(&Browser::new(&app), &link).await.0, 303);
    }
);

on_both_databases!(
    saves_and_link_requests_send_only_a_few_links,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        // Twenty saves of one draft, alternating two addresses.
        let applicant = Browser::new(&app);
        for n in 0..20 {
            let email = if n % 2 == 0 {
                "ana@one.example"
            } else {
                "ana@two.example"
            };
            let (status, _) = applicant
                .post_step(
                    "organisation",
                    "organisation",
                    &organisation_of("Ana", email),
                )
                .await;
            assert_eq!(status, 302);
        }
        assert_eq!(
            outbox(&app).await.len(),
            3,
            "three link emails an hour for one draft"
        );

        // Asking again and again for the links of an address with five drafts.
        for _ in 0..5 {
            Browser::with_draft(&app, &organisation_of("Bo", "bo@three.example")).await;
        }
        assert_eq!(emails_to(&app, "bo@three.example").await.len(), 5);
        for _ in 0..10 {
            let response = applicant
                .post_form(
                    "/api/resend_link",
                    "/submit/resend",
                    &[("email", "bo@three.example")],
                )
                .await;
            assert_eq!(response.headers()["location"], "/submit/link-sent");
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        assert_eq!(
            emails_to(&app, "bo@three.example").await.len(),
            5,
            "five link emails a day for one address"
        );
    }
);

on_both_databases!(
    asking_for_a_link_answers_alike_for_known_and_unknown_addresses,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        Browser::with_draft(&app, &ORGANISATION).await;
        let asker = Browser::new(&app);
        let mut answers = Vec::new();
        for address in ["nino@tbilisi.example.ge", "nobody@example.org"] {
            let response = asker
                .post_form("/api/resend_link", "/submit/resend", &[("email", address)])
                .await;
            let mut headers: Vec<(String, String)> = response
                .headers()
                .iter()
                .filter(|(name, _)| *name != "date")
                .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
                .collect();
            headers.sort();
            answers.push((response.status(), headers, response.text().await.unwrap()));
        }
        assert_eq!(answers[0], answers[1]);
        outbox_of_at_least(&app, 2).await;
    }
);
