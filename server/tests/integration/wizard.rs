//! The submission wizard over HTTP, posting forms as a browser without JavaScript does.

use chrono::{Datelike, TimeDelta, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, QueryOrder, Set};

use app::db::entities::{call_settings, outbox_email, submission};

use crate::on_both_databases;
use crate::support::{Browser, TestApp};

pub(crate) const ORGANISATION: [(&str, &str); 9] = [
    ("first_name", "Nino"),
    ("last_name", "Kapanadze"),
    ("email", "nino@tbilisi.example.ge"),
    ("role", "Head of heritage"),
    ("organisation_name", "Tbilisi City Hall"),
    ("organisation_type", "city-administration"),
    ("website", "https://tbilisi.example.ge"),
    ("city_region", "Tbilisi"),
    ("country", "GE"),
];

/// One step's form: its address, the section of `answers` it posts, and the fields.
pub(crate) struct StepForm<'a> {
    pub(crate) step: &'a str,
    pub(crate) section: &'a str,
    pub(crate) fields: Vec<(&'a str, &'a str)>,
}

/// Every step but the review, with valid answers.
pub(crate) fn complete_steps() -> Vec<StepForm<'static>> {
    vec![
        StepForm {
            step: "organisation",
            section: "organisation",
            fields: ORGANISATION.to_vec(),
        },
        StepForm {
            step: "practice",
            section: "practice",
            fields: vec![
                ("title", "Retrofitting balcony houses with their residents"),
                (
                    "summary",
                    "Residents, craftspeople and the city repair carved balconies.",
                ),
                (
                    "description",
                    "Since 2021 a residents' repair programme pairs households with carpenters.",
                ),
                ("city_region", "Tbilisi"),
                ("country", "GE"),
                ("status", "ongoing"),
                ("start_year", "2021"),
                ("partners", "City Hall, residents' associations"),
                ("target_groups", "Families in the old town"),
                ("budget_range", "50k-250k"),
                ("funding_sources", ""),
                ("language", "en"),
            ],
        },
        StepForm {
            step: "triple-transformation",
            section: "transformation",
            fields: vec![
                ("environmental", "yes"),
                (
                    "environmental_how",
                    "Insulation behind the balconies cuts heating by a third.",
                ),
                ("social", "yes"),
                ("social_how", "Families stay in their homes."),
            ],
        },
        StepForm {
            step: "impact",
            section: "impact",
            fields: vec![
                (
                    "results",
                    "64 balconies repaired; heating bills down by a third.",
                ),
                ("lessons", "Start with one street."),
                ("transferability", "Any city with courtyard houses."),
                (
                    "requirements",
                    "Carpenters, an energy adviser, a small fund.",
                ),
            ],
        },
        StepForm {
            step: "peer-learning",
            section: "peer_learning",
            fields: vec![
                ("willing_to_host", "yes"),
                ("host_city", "Tbilisi"),
                ("host_period", "Spring"),
                ("host_organiser", "City Hall, culture department"),
                ("workshop_interest", "yes"),
            ],
        },
        StepForm {
            step: "images-and-documents",
            section: "media",
            fields: vec![("links", "https://video.example.org/balconies")],
        },
    ]
}

pub(crate) const CONSENTS: [(&str, &str); 2] = [
    ("consent_processing", "yes"),
    ("consent_publication", "yes"),
];

pub(crate) async fn outbox(app: &TestApp) -> Vec<outbox_email::Model> {
    outbox_email::Entity::find()
        .order_by_asc(outbox_email::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

/// The outbox once it holds at least `count` emails (some are queued after the answer).
pub(crate) async fn outbox_of_at_least(app: &TestApp, count: usize) -> Vec<outbox_email::Model> {
    for _ in 0..100 {
        let emails = outbox(app).await;
        if emails.len() >= count {
            return emails;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the outbox never held {count} emails")
}

/// The path of the first link in `email` that contains `marker`.
pub(crate) fn link_in(email: &outbox_email::Model, marker: &str) -> String {
    let link = email
        .body_text
        .split_whitespace()
        .find(|word| word.contains(marker))
        .unwrap_or_else(|| panic!("no {marker} link in {:?}", email.subject));
    let start = link.find(marker).unwrap();
    link[start..].to_owned()
}

/// Fills in and sends a whole practice as `browser`; the manage link of the confirmation.
pub(crate) async fn send_complete_practice(app: &TestApp, browser: &Browser) -> String {
    for form in complete_steps() {
        browser
            .post_step(form.step, form.section, &form.fields)
            .await;
    }
    let (_, location) = browser.post_step("review", "consents", &CONSENTS).await;
    assert!(
        location.starts_with("/submit/sent?reference=EHH-"),
        "{location}"
    );
    let emails = outbox(app).await;
    link_in(emails.last().unwrap(), "/manage/")
}

on_both_databases!(
    a_whole_submission_without_javascript,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::new(&app);

        let (status, page) = browser.get("/submit").await;
        assert_eq!(status, 200);
        assert!(page.contains(
            "<title>Step 1 of 7: You and your organisation · European Heritage Hub</title>"
        ));
        assert!(page.contains("<h1>Step 1 of 7: You and your organisation</h1>"));
        assert!(page.contains(r#"aria-current="step""#));

        let steps = complete_steps();
        for (index, form) in steps.iter().enumerate() {
            let next = steps.get(index + 1).map_or("review", |next| next.step);
            let expected = (302, format!("/submit/{next}"));
            assert_eq!(
                browser
                    .post_step(form.step, form.section, &form.fields)
                    .await,
                expected,
                "{}",
                form.step
            );
        }
        let (_, review) = browser.get("/submit/review").await;
        assert!(review.contains("Retrofitting balcony houses with their residents"));
        assert!(
            review.contains(r#"href="/submit/practice""#),
            "each part has a change link"
        );

        let (status, location) = browser.post_step("review", "consents", &CONSENTS).await;
        let reference = format!("EHH-{}-0001", Utc::now().year());
        let sent_page = format!("/submit/sent?reference={reference}");
        assert_eq!((status, location.as_str()), (302, sent_page.as_str()));
        let (_, sent) = browser.get(&sent_page).await;
        assert!(
            sent.contains(&reference),
            "the confirmation page shows the reference"
        );

        let emails = outbox(&app).await;
        let subjects: Vec<&str> = emails.iter().map(|email| email.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "Your draft for the European Heritage Hub open call".to_owned(),
                format!("We received your practice: {reference}")
            ]
        );
        let confirmation = &emails[1];
        assert_eq!(confirmation.to_address, "nino@tbilisi.example.ge");
        assert!(confirmation.body_text.contains("/manage/"));
        assert!(
            confirmation
                .body_text
                .contains("Residents, craftspeople and the city"),
            "the acknowledgement template quotes the summary"
        );

        // Sent once: the browser's cookie no longer opens the practice, so sending again starts
        // over, with no second number or email.
        let (_, review) = browser.get("/submit/review").await;
        assert!(!review.contains("Retrofitting balcony houses with their residents"));
        assert_eq!(
            browser.post_step("review", "consents", &CONSENTS).await,
            (302, "/submit/organisation?check=1".to_owned())
        );
        // In the order they were started: PostgreSQL returns rows in no order of its own.
        let references: Vec<Option<String>> = submission::Entity::find()
            .order_by_asc(submission::Column::Id)
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|row| row.reference)
            .collect();
        assert_eq!(references, [Some(reference), None]);
        assert_eq!(outbox(&app).await.len(), 2);
    }
);

on_both_databases!(
    bad_input_gets_field_messages_keeps_what_was_typed_and_never_a_500,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::new(&app);
        let long_summary = "s".repeat(501);
        let form = |step, section, fields| StepForm {
            step,
            section,
            fields,
        };
        let cases = [
            (
                form(
                    "organisation",
                    "organisation",
                    vec![
                        ("first_name", "Nino"),
                        ("email", "nino@"),
                        ("country", "US"),
                    ],
                ),
                "Choose a country from the list.",
            ),
            (
                form(
                    "practice",
                    "practice",
                    vec![("summary", &long_summary), ("start_year", "21")],
                ),
                "Use at most 500 characters (you have 501).",
            ),
            (
                form(
                    "triple-transformation",
                    "transformation",
                    vec![("digital", "yes")],
                ),
                "This field is required.",
            ),
            (form("impact", "impact", vec![]), "This field is required."),
            (
                form(
                    "peer-learning",
                    "peer_learning",
                    vec![("willing_to_host", "yes")],
                ),
                "Choose one of the options.",
            ),
            (
                form(
                    "images-and-documents",
                    "media",
                    vec![("links", "not a link")],
                ),
                "Line 1: Enter a web address",
            ),
        ];
        for (
            StepForm {
                step,
                section,
                fields,
            },
            message,
        ) in cases
        {
            let (status, location) = browser.post_step(step, section, &fields).await;
            assert_eq!(
                (status, location.clone()),
                (302, format!("/submit/{step}?check=1")),
                "{step}"
            );
            let (status, page) = browser.get(&location).await;
            assert_eq!(status, 200, "{step}");
            assert!(
                page.contains("There is a problem"),
                "{step} has no error summary"
            );
            assert!(page.contains(message), "{step} lacks {message:?}");
            assert!(page.contains(r#"aria-invalid="true""#), "{step}");
            if let Some((_, typed)) = fields.first() {
                assert!(
                    page.contains(&typed.replace('\'', "&#x27;")),
                    "{step} lost {typed:?}"
                );
            }
        }

        // Malformed requests are the caller's error, never the server's. A plain form post is sent
        // back to its page with the error; a script's request gets the status.
        let (status, location) = browser
            .post_step("no-such-step", "organisation", &ORGANISATION)
            .await;
        assert_eq!(status, 302);
        assert!(
            location.contains("/submit/no-such-step?") && location.contains("__err="),
            "{location}"
        );
        let unknown = browser.post_script("step=no-such-step").await;
        assert_eq!(unknown.status(), 400);
        for body in [
            "%%%",
            "step=organisation&answers[organisation]=x",
            "step=organisation&answers=[[[",
            &"x".repeat(100_000),
        ] {
            let response = browser.post_script(body).await;
            assert!(
                response.status().is_client_error(),
                "{body:.20} got {}",
                response.status()
            );
        }
    }
);

on_both_databases!(
    sending_with_an_incomplete_step_leads_back_to_it,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::with_draft(&app, &ORGANISATION).await;

        let (status, location) = browser.post_step("review", "consents", &CONSENTS).await;

        assert_eq!(
            (status, location.as_str()),
            (302, "/submit/practice?check=1")
        );
        let (_, review) = browser.get("/submit/review?check=1").await;
        let positions: Vec<usize> = ["Step 2 of 7", "Step 3 of 7", "Step 4 of 7", "Step 5 of 7"]
            .iter()
            .map(|step| {
                review
                    .find(&format!("{step}: "))
                    .unwrap_or_else(|| panic!("{step} missing"))
            })
            .collect();
        assert!(
            positions.windows(2).all(|pair| pair[0] < pair[1]),
            "the unfinished steps are listed in order"
        );
        assert_eq!(
            submission::Entity::find()
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .status,
            "draft"
        );
    }
);

on_both_databases!(
    the_emailed_link_resumes_the_draft_in_a_fresh_browser,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let first = Browser::with_draft(&app, &ORGANISATION).await;
        let email = outbox(&app)
            .await
            .into_iter()
            .next()
            .expect("the resume link was emailed");
        let path = link_in(&email, "/submit?draft=");

        let other_device = Browser::new(&app);
        let response = other_device.navigate(&path).await;

        assert_eq!(response.status(), 303);
        assert_eq!(
            response.headers()["location"],
            "/submit/practice",
            "it continues where it left off"
        );
        let (_, page) = other_device.get("/submit/organisation").await;
        assert!(
            page.contains(r#"value="Kapanadze""#),
            "the answers are there"
        );

        let (status, page) = Browser::new(&app)
            .get(&format!("/submit?draft={}", "0".repeat(64)))
            .await;
        assert_eq!(status, 404, "an unknown link");
        assert!(page.contains("was not found"));
        // Saving the same address again sends no second link.
        first
            .post_step("organisation", "organisation", &ORGANISATION)
            .await;
        assert_eq!(outbox(&app).await.len(), 1);
    }
);

on_both_databases!(
    nothing_is_accepted_after_the_deadline,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::with_draft(&app, &ORGANISATION).await;
        let settings = call_settings::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let mut closed: call_settings::ActiveModel = settings.into();
        closed.closes_at = Set(Utc::now() - TimeDelta::minutes(1));
        closed.update(&app.db).await.unwrap();

        let (status, location) = browser
            .post_step("practice", "practice", &complete_steps()[1].fields)
            .await;
        assert_eq!(status, 302, "a plain form post goes back to its page");
        assert!(location.contains("__err="), "{location}");
        let scripted = browser
            .post_script("step=practice&answers%5Bpractice%5D%5Btitle%5D=Late")
            .await;
        assert_eq!(scripted.status(), 403);
        let late_upload = browser
            .post_upload(
                reqwest::multipart::Form::new().part(
                    "document",
                    reqwest::multipart::Part::bytes(b"%PDF-1.7\n".to_vec()).file_name("late.pdf"),
                ),
                "application/json",
            )
            .await;
        assert_eq!(late_upload.status(), 403, "no upload after the deadline");
        let (_, page) = browser.get("/submit/practice").await;
        assert!(
            page.contains("The call closed on"),
            "the wizard explains that the call is closed"
        );
        assert!(
            !page.contains(r#"action="/api/save_step""#),
            "and offers no form"
        );
        let draft = submission::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert!(
            !draft.answers.contains("Retrofitting"),
            "the late answer was not saved"
        );
    }
);

on_both_databases!(
    the_manage_link_shows_the_practice_takes_changes_and_withdraws_it,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let manage = send_complete_practice(&app, &Browser::new(&app)).await;
        let reference = format!("EHH-{}-0001", Utc::now().year());

        let other_device = Browser::new(&app);
        let (status, page) = other_device.get(&manage).await;
        assert_eq!(status, 200);
        assert!(page.contains(&reference));
        assert!(page.contains("Retrofitting balcony houses with their residents"));
        assert!(page.contains("Change my answers"));

        // "Change my answers" opens the practice in the wizard: the manage link is exchanged for
        // a cookie of that browser's own (sending revoked the one the practice was drafted in).
        let token = manage.trim_start_matches("/manage/");
        let applicant = Browser::new(&app);
        let opened = applicant.navigate(&format!("/submit?draft={token}")).await;
        assert_eq!(opened.status(), 303);
        assert_eq!(opened.headers()["location"], "/submit/review");
        // A change is kept as typed, and reaches reviewers once it is sent.
        let mut practice = complete_steps().remove(1);
        practice.fields[0] = ("title", "Balcony houses, repaired together");
        applicant
            .post_step(practice.step, practice.section, &practice.fields)
            .await;
        let (_, page) = other_device.get(&manage).await;
        assert!(
            page.contains("Retrofitting balcony houses"),
            "reviewers still see the sent answer"
        );
        assert_eq!(
            applicant.post_step("review", "consents", &CONSENTS).await,
            (302, format!("/submit/sent?changed=1&reference={reference}"))
        );
        let (_, page) = other_device.get(&manage).await;
        assert!(page.contains("Balcony houses, repaired together"));

        // Withdrawing needs the box ticked; then the practice is out and cannot change.
        let withdraw = |confirm: &'static str| {
            let form = [("token", token.to_owned()), ("confirm", confirm.to_owned())];
            let manage = manage.clone();
            let browser = &other_device;
            async move {
                browser
                    .post_form("/api/withdraw_submission", &manage, &form)
                    .await
            }
        };
        let refused = withdraw("").await;
        assert!(
            refused.headers()["location"]
                .to_str()
                .unwrap()
                .contains("__err="),
            "an unticked box is sent back as an error"
        );
        let done = withdraw("yes").await;
        assert_eq!(done.headers()["location"].to_str().unwrap(), manage);
        let (_, page) = other_device.get(&manage).await;
        assert!(page.contains("You have withdrawn this practice"));
        assert!(!crate::support::body_of(&page).contains("Change my answers"));
        let stored = submission::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.status, "withdrawn");
        let late_change = applicant
            .post_script("step=practice&answers%5Bpractice%5D%5Btitle%5D=Again")
            .await;
        assert_eq!(late_change.status(), 409);

        let (status, _) = other_device
            .get(&format!("/manage/{}", "a".repeat(64)))
            .await;
        assert_eq!(status, 404);
    }
);

on_both_databases!(
    a_lost_link_is_sent_again_without_revealing_whether_an_address_is_known,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let first = Browser::with_draft(&app, &ORGANISATION).await;
        let first_link = link_in(&outbox(&app).await[0], "/submit?draft=");

        let resend = |email: &'static str| {
            let browser = &first;
            async move {
                browser
                    .post_form("/api/resend_link", "/submit/resend", &[("email", email)])
                    .await
            }
        };
        let unknown = resend("nobody@example.org").await;
        let known = resend("Nino@tbilisi.example.ge").await;
        for response in [&known, &unknown] {
            assert_eq!(response.status(), 302);
            assert_eq!(response.headers()["location"], "/submit/link-sent");
        }
        // The link is looked up and sent after the answer.
        let emails = outbox_of_at_least(&app, 2).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(
            outbox(&app).await.len(),
            2,
            "only the known address gets an email"
        );
        let second_link = link_in(&emails[1], "/submit?draft=");
        assert_ne!(first_link, second_link);
        for link in [&first_link, &second_link] {
            let response = Browser::new(&app).navigate(link).await;
            assert_eq!(
                response.headers()["location"],
                "/submit/practice",
                "both links open the draft"
            );
        }

        let malformed = resend("nino@").await;
        assert!(
            malformed.headers()["location"]
                .to_str()
                .unwrap()
                .contains("__err=")
        );
        let (status, page) = first.get("/submit/resend").await;
        assert_eq!(status, 200);
        assert!(page.contains("Email me my link"));
    }
);

on_both_databases!(
    two_hundred_applicants_sending_at_once_get_two_hundred_distinct_references,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        // One applicant fills in every step over HTTP; 199 more drafts hold the same answers.
        let first = Browser::new(&app);
        for form in complete_steps() {
            first.post_step(form.step, form.section, &form.fields).await;
        }
        let complete = submission::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let answers: app::submission::SubmissionAnswers =
            serde_json::from_str(&complete.answers).unwrap();
        let mut tokens = Vec::new();
        for n in 0..199 {
            let mut theirs = answers.clone();
            theirs.organisation.email = format!("applicant{n}@example.org");
            let (_, token) = app::submission::db::create_draft(&app.db, &theirs, Utc::now())
                .await
                .unwrap();
            tokens.push(Some(token));
        }
        tokens.push(None);

        let mut sends = tokio::task::JoinSet::new();
        for token in tokens {
            let client = app.client.clone();
            let first = first.client_for_cookies();
            let address = app.address.clone();
            sends.spawn(async move {
                let request = match &token {
                    Some(token) => client
                        .post(format!("{address}/api/save_step"))
                        .header("cookie", format!("hh_draft={}", token.expose())),
                    None => first.post(format!("{address}/api/save_step")),
                };
                let form = [
                    ("step", "review"),
                    ("answers[consents][consent_processing]", "yes"),
                    ("answers[consents][consent_publication]", "yes"),
                ];
                let response = request
                    .header("accept", "text/html")
                    .form(&form)
                    .send()
                    .await
                    .unwrap();
                (
                    response.status().as_u16(),
                    response.headers()["location"].to_str().unwrap().to_owned(),
                )
            });
        }
        while let Some(result) = sends.join_next().await {
            let (status, location) = result.unwrap();
            assert_eq!(status, 302);
            assert!(
                location.starts_with("/submit/sent?reference=EHH-"),
                "{location}"
            );
        }

        let references: std::collections::BTreeSet<String> = submission::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .filter_map(|row| row.reference)
            .collect();
        let year = Utc::now().year();
        let expected: std::collections::BTreeSet<String> =
            (1..=200).map(|n| format!("EHH-{year}-{n:04}")).collect();
        assert_eq!(references, expected);
        let confirmations = outbox(&app)
            .await
            .into_iter()
            .filter(|email| email.subject.starts_with("We received your practice"))
            .count();
        assert_eq!(confirmations, 200);
    }
);

on_both_databases!(
    text_typed_into_a_text_area_comes_back_as_text_never_as_markup,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::with_draft(&app, &ORGANISATION).await;
        let hostile = "Ends here </textarea><script>alert(1)</script> & more";
        browser
            .post_step("practice", "practice", &[("description", hostile)])
            .await;
        let (status, page) = browser.get("/submit/practice").await;
        assert_eq!(status, 200);
        assert!(
            !page.contains("</textarea><script>"),
            "broke out of the text area"
        );
        assert!(
            page.contains(
                "Ends here &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"
            ),
            "kept, as text"
        );
    }
);
