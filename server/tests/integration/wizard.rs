//! The submission wizard over HTTP, posting forms as a browser without JavaScript does.

use chrono::{Datelike, TimeDelta, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};

use app::db::entities::{call_settings, outbox_email, submission};

use crate::on_both_databases;
use crate::support::TestApp;

/// A browser without JavaScript: keeps cookies, does not follow redirects.
struct Browser {
    client: reqwest::Client,
    address: String,
}

impl Browser {
    fn new(app: &TestApp) -> Self {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Browser {
            client,
            address: app.address.clone(),
        }
    }

    /// Posts one step's form; returns the status and where it redirects.
    async fn post_step(&self, step: &str, section: &str, fields: &[(&str, &str)]) -> (u16, String) {
        let mut form: Vec<(String, String)> = vec![("step".into(), step.into())];
        form.extend(
            fields
                .iter()
                .map(|(k, v)| (format!("answers[{section}][{k}]"), v.to_string())),
        );
        let response = self
            .client
            .post(format!("{}/api/save_step", self.address))
            .header("accept", "text/html")
            .header("referer", format!("{}/submit/{step}", self.address))
            .form(&form)
            .send()
            .await
            .unwrap();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        (response.status().as_u16(), location)
    }

    /// A script's request to save a step (no `Accept: text/html`): errors come back as statuses.
    async fn post_script(&self, body: &str) -> reqwest::Response {
        self.client
            .post(format!("{}/api/save_step", self.address))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_owned())
            .send()
            .await
            .unwrap()
    }

    /// A navigation, which browsers make accepting HTML.
    async fn navigate(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header("accept", "text/html")
            .send()
            .await
            .unwrap()
    }

    async fn get(&self, path: &str) -> (u16, String) {
        let response = self.navigate(path).await;
        (response.status().as_u16(), response.text().await.unwrap())
    }
}

const ORGANISATION: [(&str, &str); 9] = [
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
struct StepForm<'a> {
    step: &'a str,
    section: &'a str,
    fields: Vec<(&'a str, &'a str)>,
}

/// Every step but the review, with valid answers.
fn complete_steps() -> Vec<StepForm<'static>> {
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

const CONSENTS: [(&str, &str); 2] = [
    ("consent_processing", "yes"),
    ("consent_publication", "yes"),
];

async fn outbox(app: &TestApp) -> Vec<outbox_email::Model> {
    outbox_email::Entity::find().all(&app.db).await.unwrap()
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
        assert_eq!((status, location.as_str()), (302, "/submit/sent"));
        let reference = format!("EHH-{}-0001", Utc::now().year());
        let (_, sent) = browser.get("/submit/sent").await;
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
                .body_html
                .as_deref()
                .unwrap_or_default()
                .contains("Residents, craftspeople and the city")
        );

        // Sent is final: another post cannot change or resend it.
        assert_eq!(
            browser.post_step("review", "consents", &CONSENTS).await,
            (302, "/submit/sent".to_owned())
        );
        assert_eq!(submission::Entity::find().count(&app.db).await.unwrap(), 1);
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
        let browser = Browser::new(&app);
        browser
            .post_step("organisation", "organisation", &ORGANISATION)
            .await;

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
        let first = Browser::new(&app);
        first
            .post_step("organisation", "organisation", &ORGANISATION)
            .await;
        let email = outbox(&app)
            .await
            .into_iter()
            .next()
            .expect("the resume link was emailed");
        let link = email
            .body_text
            .split_whitespace()
            .find(|word| word.contains("/submit?draft="))
            .expect("a link in the email")
            .to_owned();
        let path = link
            .split_once("/submit")
            .map(|(_, rest)| format!("/submit{rest}"))
            .unwrap();

        let other_device = Browser::new(&app);
        let response = other_device.navigate(&path).await;

        assert_eq!(response.status(), 302);
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
        let browser = Browser::new(&app);
        browser
            .post_step("organisation", "organisation", &ORGANISATION)
            .await;
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
