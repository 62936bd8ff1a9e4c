//! Staff sign-in over HTTP, on SQLite and PostgreSQL: the right and wrong passwords, slowing
//! and refusing guesses, a new session at every sign-in, timeouts, sign-out, and the role check.

use std::time::{Duration, Instant};

use chrono::{TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use app::auth::Role;
use app::auth::password::NewPassword;
use app::db::entities::{sign_in_attempt, staff_session};
use app::email::Email;

use crate::on_both_databases;
use crate::support::{Browser, TestApp};

pub(crate) const PASSWORD: &str = "a long admin passphrase";

pub(crate) async fn staff_account(app: &TestApp, email: &str, role: Role) {
    app::auth::db::create_with_password(
        &app.db,
        Email::parse(email).unwrap(),
        role,
        NewPassword::parse(PASSWORD).unwrap(),
    )
    .await
    .unwrap();
}

/// Signs in as a browser without JavaScript does; the status and where it leads.
async fn sign_in(browser: &Browser, email: &str, password: &str) -> (u16, String) {
    let response = browser.sign_in(email, password).await;
    let location = response
        .headers()
        .get("location")
        .map(|value| value.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (response.status().as_u16(), location)
}

/// The dashboard as a script asks for it: its status and body.
async fn dashboard(browser: &Browser, app: &TestApp) -> (u16, String) {
    let response = browser
        .client_for_cookies()
        .post(format!("{}/api/staff/dashboard", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn session_count(app: &TestApp) -> u64 {
    staff_session::Entity::find().count(&app.db).await.unwrap()
}

on_both_databases!(
    staff_sign_in_with_a_new_session_each_time_and_out_again,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        staff_account(&app, "admin@heritage-hub.example", Role::Admin).await;
        let browser = Browser::new(&app);

        let (status, page) = browser.get("/admin").await;
        assert_eq!(
            status, 303,
            "anonymous visitors are sent to sign in: {page}"
        );
        let (status, body) = dashboard(&browser, &app).await;
        assert_eq!(status, 401);
        assert!(
            !body.contains("submitted"),
            "no data without a session: {body}"
        );

        // Wrong password and unknown account: one message, which reveals nothing.
        for (email, password) in [
            ("admin@heritage-hub.example", "not the password"),
            ("nobody@heritage-hub.example", PASSWORD),
        ] {
            let (status, location) = sign_in(&browser, email, password).await;
            assert_eq!(status, 302);
            assert!(location.contains("__err="), "{location}");
            let (_, page) = browser.get(&location.replace(&app.address, "")).await;
            assert!(
                page.contains("The email address or the password is not right."),
                "{email}"
            );
        }
        assert_eq!(session_count(&app).await, 0);

        assert_eq!(
            sign_in(&browser, "Admin@Heritage-Hub.example", PASSWORD).await,
            (302, "/admin".to_owned())
        );
        let response = browser.navigate("/admin").await;
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()["cache-control"],
            "no-store",
            "never cached"
        );
        assert!(response.text().await.unwrap().contains("Signed in as"));
        assert_eq!(dashboard(&browser, &app).await.0, 200);

        // Signing in again replaces the session: the old one is gone from the server.
        sign_in(&browser, "admin@heritage-hub.example", PASSWORD).await;
        assert_eq!(session_count(&app).await, 1);

        let response = browser
            .post_form("/api/staff/sign_out", "/admin", &[("x", "")])
            .await;
        assert_eq!(response.headers()["location"], "/admin/login");
        let cleared = response.headers()["set-cookie"].to_str().unwrap();
        assert!(cleared.starts_with("hh_staff=;") && cleared.contains("Max-Age=0"));
        assert_eq!(
            session_count(&app).await,
            0,
            "sign-out ends the session on the server"
        );
        assert_eq!(dashboard(&browser, &app).await.0, 401);
    }
);

on_both_databases!(
    the_session_cookie_is_http_only_and_strict,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        staff_account(&app, "admin@heritage-hub.example", Role::Admin).await;
        let response = Browser::new(&app)
            .sign_in("admin@heritage-hub.example", PASSWORD)
            .await;
        let cookie = response.headers()["set-cookie"].to_str().unwrap();
        assert!(cookie.starts_with("hh_staff="));
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
        assert!(!cookie.contains("Secure"), "the test server is plain http");
    }
);

on_both_databases!(
    guessing_is_slowed_then_refused_per_account_and_per_address,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        staff_account(&app, "admin@heritage-hub.example", Role::Admin).await;
        let browser = Browser::new(&app);
        let earlier_failures = |email: &'static str, count: usize| {
            let db = app.db.clone();
            async move {
                for _ in 0..count {
                    sign_in_attempt::ActiveModel {
                        email: Set(email.to_owned()),
                        address: Set("127.0.0.1".to_owned()),
                        succeeded: Set(false),
                        at: Set(Utc::now() - TimeDelta::minutes(1)),
                        ..Default::default()
                    }
                    .insert(&db)
                    .await
                    .unwrap();
                }
            }
        };

        earlier_failures("admin@heritage-hub.example", 3).await;
        let started = Instant::now();
        sign_in(&browser, "admin@heritage-hub.example", "still wrong").await;
        assert!(
            started.elapsed() >= Duration::from_millis(500),
            "the fourth guess waits"
        );

        earlier_failures("admin@heritage-hub.example", 6).await;
        let (status, location) = sign_in(&browser, "admin@heritage-hub.example", PASSWORD).await;
        assert_eq!(status, 302);
        assert!(
            location.contains("__err="),
            "even the right password is refused now"
        );
        let refused = browser
            .client_for_cookies()
            .post(format!("{}/api/staff/sign_in", app.address))
            .form(&[
                ("email", "admin@heritage-hub.example"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 429);
        assert_eq!(refused.headers()["retry-after"], "900");
        assert_eq!(session_count(&app).await, 0);

        // Guessing across many accounts from one address is refused too.
        earlier_failures("someone@heritage-hub.example", 30).await;
        let other = browser
            .client_for_cookies()
            .post(format!("{}/api/staff/sign_in", app.address))
            .form(&[("email", "third@heritage-hub.example"), ("password", "x")])
            .send()
            .await
            .unwrap();
        assert_eq!(other.status(), 429);
    }
);

on_both_databases!(
    sessions_end_after_thirty_quiet_minutes_or_twelve_hours,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        staff_account(&app, "reviewer@heritage-hub.example", Role::Reviewer).await;
        for (column, age) in [
            (staff_session::Column::LastSeenAt, TimeDelta::minutes(31)),
            (staff_session::Column::CreatedAt, TimeDelta::hours(13)),
        ] {
            let browser = Browser::new(&app);
            sign_in(&browser, "reviewer@heritage-hub.example", PASSWORD).await;
            assert_eq!(
                dashboard(&browser, &app).await.0,
                200,
                "a reviewer sees the dashboard"
            );
            staff_session::Entity::update_many()
                .col_expr(column, Expr::value(Utc::now() - age))
                .filter(staff_session::Column::Id.gt(0))
                .exec(&app.db)
                .await
                .unwrap();
            assert_eq!(dashboard(&browser, &app).await.0, 401, "{column:?}");
            assert_eq!(
                session_count(&app).await,
                0,
                "the expired session is deleted"
            );
        }
    }
);
