//! The admins' side of the staff workspace over HTTP, on SQLite and PostgreSQL: inviting staff,
//! roles and deactivation, email templates and the held decision emails of the outbox, the
//! call's settings and page texts, and the audit log of all of it.

use chrono::{TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use app::auth::Role;
use app::auth::totp::TotpSecret;
use app::db::entities::{audit_entry, outbox_email, staff_session, staff_user, submission};

use crate::on_both_databases;
use crate::review::{call, score_form, sent, signed_in};
use crate::support::{Browser, TestApp};

pub(crate) async fn audit_summaries(app: &TestApp) -> Vec<String> {
    audit_entry::Entity::find()
        .order_by_asc(audit_entry::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|entry| entry.summary)
        .collect()
}

pub(crate) async fn emails_to(app: &TestApp, address: &str) -> Vec<outbox_email::Model> {
    outbox_email::Entity::find()
        .filter(outbox_email::Column::ToAddress.eq(address))
        .order_by_asc(outbox_email::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

/// The 64-hex secret after `prefix` in an email's text.
pub(crate) fn secret_after(text: &str, prefix: &str) -> String {
    let start = text.find(prefix).expect(prefix) + prefix.len();
    text[start..start + 64].to_owned()
}

on_both_databases!(
    admins_invite_staff_who_set_a_password_once_and_can_be_deactivated,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let invite = [
            ("email", "nina@heritage-hub.example"),
            ("display_name", "Nina Reviewer"),
            ("role", "reviewer"),
        ];
        let (status, body) = call(&admin, &app, "invite", &invite).await;
        assert_eq!(status, 200, "{body}");
        let emails = emails_to(&app, "nina@heritage-hub.example").await;
        assert_eq!(emails.len(), 1);
        let token = secret_after(&emails[0].body_text, "/admin/invitation/");

        let nina = Browser::new(&app);
        let (status, page) = nina.get(&format!("/admin/invitation/{token}")).await;
        assert_eq!(status, 200);
        assert!(
            page.contains("Nina Reviewer") && page.contains("nina@heritage-hub.example"),
            "{page}"
        );
        let accept = |password: &'static str, confirmation: &'static str| {
            let token = token.clone();
            let nina = &nina;
            let app = &app;
            async move {
                let response = nina
                    .client_for_cookies()
                    .post(format!("{}/api/invitation/accept", app.address))
                    .form(&[
                        ("token", token.as_str()),
                        ("password", password),
                        ("confirmation", confirmation),
                    ])
                    .send()
                    .await
                    .unwrap();
                (response.status().as_u16(), response.text().await.unwrap())
            }
        };
        let (status, body) = accept("short", "short").await;
        assert_eq!(status, 422, "{body}");
        let (status, body) = accept("a long new passphrase", "a different one").await;
        assert_eq!(status, 422, "{body}");
        assert!(body.contains("not the same"), "{body}");
        let (status, body) = accept("a long new passphrase", "a long new passphrase").await;
        assert_eq!(status, 200, "{body}");
        let (status, body) = call(&nina, &app, "dashboard", &[]).await;
        assert_eq!(status, 200, "signed in by the link: {body}");
        assert!(body.contains("\"reviewer\""), "{body}");
        let (status, _) = accept("another long passphrase", "another long passphrase").await;
        assert_eq!(status, 404, "the link works once");
        let (status, _) = nina.get(&format!("/admin/invitation/{token}")).await;
        assert_eq!(status, 404);

        let (status, body) = call(&nina, &app, "users", &[]).await;
        assert_eq!(status, 403, "reviewers do not manage staff");
        assert!(!body.contains("ada@"), "{body}");
        let (status, body) = call(&admin, &app, "users", &[]).await;
        assert_eq!(status, 200);
        let members: Vec<Value> = serde_json::from_str(&body).unwrap();
        let nina_id = members
            .iter()
            .find(|member| member["email"] == "nina@heritage-hub.example")
            .unwrap()["id"]
            .to_string();
        let admin_id = members
            .iter()
            .find(|member| member["is_you"] == true)
            .unwrap()["id"]
            .to_string();

        let (status, body) = call(&admin, &app, "invite", &invite).await;
        assert_eq!(
            status, 422,
            "an account with a password is not invited again: {body}"
        );
        let (status, _) = call(
            &admin,
            &app,
            "active",
            &[("id", &admin_id), ("active", "no")],
        )
        .await;
        assert_eq!(status, 422, "admins cannot lock themselves out");
        let (status, _) = call(&admin, &app, "role", &[("id", &nina_id), ("role", "admin")]).await;
        assert_eq!(status, 200);
        let (status, _) = call(&nina, &app, "users", &[]).await;
        assert_eq!(status, 200, "the new role counts from the next request");

        let sessions_of_nina = || {
            staff_session::Entity::find()
                .filter(staff_session::Column::StaffUserId.eq(nina_id.parse::<i32>().unwrap()))
                .count(&app.db)
        };
        assert_eq!(sessions_of_nina().await.unwrap(), 1);
        let (status, _) = call(
            &admin,
            &app,
            "active",
            &[("id", &nina_id), ("active", "no")],
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(sessions_of_nina().await.unwrap(), 0, "her sessions ended");
        let (status, _) = call(&nina, &app, "dashboard", &[]).await;
        assert_eq!(status, 401);
        let response = Browser::new(&app)
            .sign_in("nina@heritage-hub.example", "a long new passphrase")
            .await;
        assert_ne!(
            response.headers()["location"],
            "/admin",
            "deactivated accounts cannot sign in"
        );

        let log = audit_summaries(&app).await;
        for expected in [
            "Invited Nina Reviewer <nina@heritage-hub.example> as Reviewer",
            "Made Nina Reviewer <nina@heritage-hub.example> Admin",
            "Deactivated Nina Reviewer <nina@heritage-hub.example>",
        ] {
            assert!(
                log.iter().any(|entry| entry == expected),
                "{expected} in {log:?}"
            );
        }
        let (_, page) = admin.get("/admin/audit").await;
        assert!(page.contains("Deactivated Nina Reviewer"), "{page}");
        assert!(
            page.contains("ada &lt;ada@heritage-hub.example&gt;") || page.contains("ada <ada@"),
            "{page}"
        );
    }
);

on_both_databases!(
    a_decision_holds_one_email_per_applicant_until_an_admin_releases_it,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = crate::review::sent_balcony_houses(&app).await;
        let address = "22@example.org"; // `sent` writes the title's length as the address
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let id_text = id.to_string();

        let (status, body) = call(
            &admin,
            &app,
            "template",
            &[
                ("kind", "acceptance"),
                ("subject", "Hello {name}"),
                ("body", "Text"),
            ],
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert!(
            body.contains("acceptance_subject"),
            "the error names the field: {body}"
        );
        let (status, _) = call(
            &admin,
            &app,
            "template",
            &[
                ("kind", "acceptance"),
                ("subject", "Good news for {title}"),
                (
                    "body",
                    "Dear applicant, your practice {reference} is in. {manage_link}",
                ),
            ],
        )
        .await;
        assert_eq!(status, 200);

        let decide = |status: &'static str| {
            let (admin, app, id) = (&admin, &app, id_text.clone());
            async move {
                call(admin, app, "status", &[("id", &id), ("status", status)])
                    .await
                    .0
            }
        };
        let held = || async {
            outbox_email::Entity::find()
                .filter(outbox_email::Column::Status.eq("held"))
                .all(&app.db)
                .await
                .unwrap()
        };
        assert_eq!(decide("selected").await, 200);
        let emails = held().await;
        assert_eq!(emails.len(), 1);
        assert_eq!(emails[0].to_address, address);
        assert_eq!(emails[0].subject, "Good news for Tbilisi balcony houses");
        assert_eq!(
            emails[0].topic.as_deref(),
            Some(format!("decision:{id}").as_str())
        );
        let manage = secret_after(&emails[0].body_text, "/manage/");
        let (status, page) = Browser::new(&app).get(&format!("/manage/{manage}")).await;
        assert_eq!(status, 200, "the link in the email opens the submission");
        assert!(page.contains("Tbilisi balcony houses"));

        assert_eq!(decide("not_selected").await, 200);
        let emails = held().await;
        assert_eq!(
            emails.len(),
            1,
            "a changed decision replaces the held email"
        );
        assert_eq!(
            emails[0].subject,
            format!(
                "The decision on your practice {}",
                submission_reference(&app, id).await
            )
        );
        assert_eq!(decide("shortlisted").await, 200);
        assert!(
            held().await.is_empty(),
            "a decision taken back takes its email back"
        );
        assert_eq!(decide("selected").await, 200);
        let held_id = held().await[0].id;

        let (status, body) = call(&admin, &app, "outbox", &[("status", "held")]).await;
        assert_eq!(status, 200);
        let outbox: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(outbox["rows"].as_array().unwrap().len(), 1);
        assert_eq!(outbox["held_up_to"], held_id);
        assert!(
            outbox["rows"][0]["text"]
                .as_str()
                .unwrap()
                .contains("is in."),
            "previewable"
        );
        let (_, page) = admin.get("/admin/outbox?status=held").await;
        assert!(page.contains("Release the held emails"), "{page}");

        let (status, _) = call(
            &admin,
            &app,
            "release",
            &[("up_to", &(held_id - 1).to_string())],
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(
            held().await.len(),
            1,
            "an email held after the admin looked stays held"
        );
        let (status, _) = call(&admin, &app, "release", &[("up_to", &held_id.to_string())]).await;
        assert_eq!(status, 200);
        assert!(held().await.is_empty());
        let released = outbox_email::Entity::find_by_id(held_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_ne!(released.status, "held");

        let log = audit_summaries(&app).await;
        assert!(
            log.contains(&"Changed the email “Practice selected”".to_owned()),
            "{log:?}"
        );
        assert!(
            log.contains(&"Moved it to “Selected”".to_owned()),
            "{log:?}"
        );
        assert!(log.contains(&"Released 1 held email".to_owned()), "{log:?}");
        let (_, page) = admin.get(&format!("/admin/submissions/{id}")).await;
        assert!(
            page.contains("History") && page.contains("Moved it to “Not selected”"),
            "{page}"
        );
    }
);

async fn submission_reference(app: &TestApp, id: i32) -> String {
    submission::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .reference
        .unwrap()
}

pub(crate) fn call_form<'a>(title: &'a str, weights: [&'a str; 5]) -> Vec<(&'a str, &'a str)> {
    vec![
        ("call[title]", title),
        ("call[introduction]", "Share **your** practice."),
        ("call[opens_at]", "2026-01-01T00:00"),
        ("call[closes_at]", "2036-03-31T23:59"),
        ("call[selection_limit]", "12"),
        (
            "call[faq]",
            "### Can I write in French?\n\nPlease write in English.",
        ),
        ("call[weights][relevance]", weights[0]),
        ("call[weights][impact]", weights[1]),
        ("call[weights][transferability]", weights[2]),
        ("call[weights][innovation]", weights[3]),
        ("call[weights][quality]", weights[4]),
    ]
}

on_both_databases!(
    settings_change_the_public_pages_at_once_and_new_weights_recompute_the_ranking,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let relevant = sent(&app, "Relevant practice", "GE", "ngo", &["social"], false).await;
        let impactful = sent(&app, "Impactful practice", "AM", "ngo", &["digital"], false).await;
        let reviewer = signed_in(&app, "rita@heritage-hub.example", Role::Reviewer).await;
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        for (id, points) in [
            (relevant, ["5", "1", "1", "1", "1"]),
            (impactful, ["1", "5", "1", "1", "1"]),
        ] {
            let id = id.to_string();
            let (status, _) = call(&reviewer, &app, "score", &score_form(&id, points)).await;
            assert_eq!(status, 200);
        }
        let db = &app.db;
        let average = |id: i32| async move {
            submission::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap()
                .average_score
                .unwrap()
        };
        assert!((average(relevant).await - 1.8).abs() < 1e-9);
        assert!((average(impactful).await - 1.8).abs() < 1e-9);

        let (status, body) = call(&reviewer, &app, "save_call", &call_form("Mine", ["1"; 5])).await;
        assert_eq!(status, 403, "{body}");
        let (status, body) = call(&admin, &app, "save_call", &call_form("A title", ["0"; 5])).await;
        assert_eq!(status, 422, "{body}");
        let mut closes_first = call_form("A title", ["1"; 5]);
        closes_first[3].1 = "2025-12-31T23:59";
        let (status, body) = call(&admin, &app, "save_call", &closes_first).await;
        assert_eq!(status, 422);
        assert!(body.contains("closes_at"), "{body}");

        let (status, body) = call(
            &admin,
            &app,
            "save_call",
            &call_form("Heritage in transformation", ["10", "1", "1", "1", "1"]),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        // (10·5 + 4) / 14 and (10 + 5 + 3) / 14
        assert!((average(relevant).await - 54.0 / 14.0).abs() < 1e-9);
        assert!((average(impactful).await - 18.0 / 14.0).abs() < 1e-9);
        let settings = app::call::db::load(&app.db).await.unwrap();
        assert_eq!(
            (settings.selection_limit, settings.score_weights.as_str()),
            (12, "10,1,1,1,1")
        );
        assert_eq!(
            settings.closes_at.to_rfc3339(),
            "2036-03-31T21:59:00+00:00",
            "Brussels summer time"
        );

        let home = app.get("/").await.text().await.unwrap();
        assert!(
            home.contains("Heritage in transformation"),
            "the home page shows it at once"
        );
        assert!(home.contains("Can I write in French?"));

        let (status, _) = call(
            &admin,
            &app,
            "save_text",
            &[
                ("key", "privacy"),
                ("title", "How we handle your data"),
                (
                    "body",
                    "## Who we are\n\n<script>alert(1)</script>\n\n[a link](javascript:alert(1)) <img src=x onerror=alert(1)>",
                ),
            ],
        )
        .await;
        assert_eq!(status, 200);
        let privacy = app.get("/privacy").await.text().await.unwrap();
        assert!(
            privacy.contains("<h1>How we handle your data</h1>"),
            "{privacy}"
        );
        assert!(privacy.contains("<h2>Who we are</h2>"));
        assert!(privacy.contains(">a link</a>"), "{privacy}");
        for unsafe_markup in ["<script>alert", "href=\"javascript:", "onerror"] {
            assert!(
                !privacy.contains(unsafe_markup),
                "{unsafe_markup} in {privacy}"
            );
        }
        let (status, body) = call(
            &admin,
            &app,
            "save_text",
            &[("key", "privacy"), ("title", " "), ("body", "x")],
        )
        .await;
        assert_eq!(status, 422);
        assert!(body.contains("privacy_title"), "{body}");

        let (status, html) = call(
            &admin,
            &app,
            "preview",
            &[("markdown", "**bold** <img src=x onerror=alert(1)>")],
        )
        .await;
        assert_eq!(status, 200);
        assert!(
            html.contains("<strong>bold</strong>") && !html.contains("onerror"),
            "{html}"
        );

        let log = audit_summaries(&app).await;
        assert!(
            log.iter()
                .any(|entry| entry.contains("scoring weights (averages recomputed)")),
            "{log:?}"
        );
        assert!(
            log.contains(&"Changed the text of /privacy".to_owned()),
            "{log:?}"
        );
        assert!(
            log.iter().any(|entry| entry.starts_with("Scored it")),
            "{log:?}"
        );
    }
);

/// A six-digit code that is not valid for `secret` around now.
fn wrong_code(secret: &TotpSecret) -> String {
    let now = Utc::now();
    let valid: Vec<String> = (-2..=2)
        .map(|steps| secret.code_at(now + TimeDelta::seconds(30 * steps)))
        .collect();
    ["000000", "111111", "222222"]
        .into_iter()
        .find(|code| !valid.iter().any(|valid| valid == code))
        .unwrap()
        .to_owned()
}

async fn send_code(browser: &Browser, code: &str) -> (u16, String) {
    let response = browser
        .post_form("/api/sign_in/code", "/admin/login/code", &[("code", code)])
        .await;
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|value| value.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, location)
}

on_both_databases!(
    two_step_sign_in_asks_for_a_code_after_the_password_and_takes_each_code_once,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let email = "ada@heritage-hub.example";
        let admin = signed_in(&app, email, Role::Admin).await;
        let (status, body) = call(&admin, &app, "account", &[]).await;
        assert_eq!(status, 200, "{body}");
        let account: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(account["two_step"], false);
        let shown = account["setup"]["secret"].as_str().unwrap().to_owned();
        assert!(
            account["setup"]["qr_svg"]
                .as_str()
                .unwrap()
                .starts_with("<?xml")
        );
        let (_, again) = call(&admin, &app, "account", &[]).await;
        let again: Value = serde_json::from_str(&again).unwrap();
        assert_eq!(
            again["setup"]["secret"],
            shown.as_str(),
            "the secret being set up stays"
        );
        let secret = TotpSecret::from_base32(&shown).unwrap();

        let (status, _) = call(
            &admin,
            &app,
            "two_step_on",
            &[("code", &wrong_code(&secret))],
        )
        .await;
        assert_eq!(status, 422);
        let now = Utc::now();
        let (status, _) = call(
            &admin,
            &app,
            "two_step_on",
            &[("code", &secret.code_at(now))],
        )
        .await;
        assert_eq!(status, 200);
        let (_, body) = call(&admin, &app, "account", &[]).await;
        assert!(body.contains("\"two_step\":true"), "{body}");

        let browser = Browser::new(&app);
        let response = browser.sign_in(email, crate::review::PASSWORD).await;
        assert_eq!(response.headers()["location"], "/admin/login/code");
        let (status, _) = call(&browser, &app, "dashboard", &[]).await;
        assert_eq!(status, 401, "the password alone opens nothing");
        let (status, location) = send_code(&browser, &wrong_code(&secret)).await;
        assert_ne!((status, location.as_str()), (303, "/admin"));
        let (status, _) = call(&browser, &app, "dashboard", &[]).await;
        assert_eq!(status, 401);
        assert_ne!(
            send_code(&browser, &secret.code_at(now)).await.1,
            "/admin",
            "the code used to turn it on is spent"
        );
        let next = secret.code_at(now + TimeDelta::seconds(30));
        assert_eq!(send_code(&browser, &next).await.1, "/admin");
        let (status, _) = call(&browser, &app, "dashboard", &[]).await;
        assert_eq!(status, 200);

        let thief = Browser::new(&app);
        thief.sign_in(email, crate::review::PASSWORD).await;
        assert_ne!(
            send_code(&thief, &next).await.1,
            "/admin",
            "a code seen once is spent"
        );

        // Time passes (in the database): the next code turns it off.
        staff_user::Entity::update_many()
            .col_expr(staff_user::Column::TotpLastStep, Expr::value(0_i64))
            .exec(&app.db)
            .await
            .unwrap();
        let (status, _) = call(
            &admin,
            &app,
            "two_step_off",
            &[("code", &wrong_code(&secret))],
        )
        .await;
        assert_eq!(status, 422, "turning it off needs a code too");
        let (status, _) = call(
            &admin,
            &app,
            "two_step_off",
            &[("code", &secret.code_at(Utc::now()))],
        )
        .await;
        assert_eq!(status, 200);
        let response = Browser::new(&app)
            .sign_in(email, crate::review::PASSWORD)
            .await;
        assert_eq!(response.headers()["location"], "/admin");
        let log = audit_summaries(&app).await;
        for expected in ["Turned on two-step sign-in", "Turned off two-step sign-in"] {
            assert!(log.contains(&expected.to_owned()), "{log:?}");
        }
    }
);
