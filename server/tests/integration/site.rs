//! Pages, navigation, 404s and the headers every response carries.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, TestDatabase};

fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

on_both_databases!(
    home_page_shows_the_call_and_what_happens_next,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;

        let response = app.get("/").await;

        assert_eq!(response.status(), 200);
        let html = response.text().await.unwrap();
        for expected in [
            "<title>European Heritage Hub</title>",
            "Share your good practice to connect with the cultural heritage sector",
            "Deadline: ",
            "(Brussels time)",
            "left to submit.",
            r#"href="/submit""#,
            "What happens next",
            "Selection of 10 practices",
            "Heritage and climate adaptation",
            "Retrofitting Tbilisi",
        ] {
            assert!(html.contains(expected), "the home page lacks {expected:?}");
        }
    }
);

on_both_databases!(navigation_reaches_every_section, |backend| async move {
    let app = TestApp::spawn(backend).await;
    app.seed_demo().await;

    for (path, heading) in [
        ("/practices", "<h1>Good practices</h1>"),
        (
            "/practices/tbilisi-balcony-houses",
            "<h1>Retrofitting Tbilisi's balcony houses with their residents</h1>",
        ),
        ("/workshops", "<h1>Online workshops</h1>"),
        ("/visits", "<h1>Peer-learning visits</h1>"),
        ("/privacy", "<h1>Privacy notice</h1>"),
        ("/accessibility", "<h1>Accessibility statement</h1>"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        let html = response.text().await.unwrap();
        assert!(html.contains(heading), "{path} lacks {heading}");
        for link in [
            "/",
            "/submit",
            "/practices",
            "/workshops",
            "/visits",
            "/privacy",
            "/accessibility",
        ] {
            assert!(
                html.contains(&format!(r#"href="{link}""#)),
                "{path} lacks a link to {link}"
            );
        }
    }
});

on_both_databases!(
    practice_markdown_is_rendered_and_sanitised,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        insert_practice(
            &app,
            "unsafe-markup",
            Some(Utc::now()),
            "**strong** <script>alert(1)</script> [x](javascript:alert(2))",
        )
        .await;

        let html = app
            .get("/practices/unsafe-markup")
            .await
            .text()
            .await
            .unwrap();

        assert!(html.contains("<strong>strong</strong>"), "{html}");
        assert!(!html.contains("alert(1)"), "a script survived");
        assert!(
            !html.contains("javascript:alert(2)"),
            "a javascript: link survived"
        );
    }
);

on_both_databases!(
    unknown_and_unpublished_pages_are_404,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        insert_practice(&app, "draft-practice", None, "Not yet public").await;

        for path in [
            "/no-such-page",
            "/practices/no-such-practice",
            "/practices/draft-practice",
        ] {
            let response = app.get(path).await;
            assert_eq!(response.status(), 404, "{path}");
            let html = response.text().await.unwrap();
            assert!(html.contains("<h1>Page not found</h1>"), "{path}");
            assert!(
                !html.contains("Not yet public"),
                "{path} leaks an unpublished practice"
            );
        }
    }
);

on_both_databases!(
    every_response_carries_the_security_headers,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;

        for path in [
            "/",
            "/practices",
            "/workshops",
            "/visits",
            "/submit",
            "/submit/resend",
            "/admin/login",
            "/admin",
            "/manage/not-a-link",
            "/privacy",
            "/accessibility",
            "/sitemap.xml",
            "/practices.atom",
            "/healthz",
            "/no-such-page",
            "/pkg/missing.js",
        ] {
            let response = app.get(path).await;
            let private = ["/submit", "/admin", "/manage"]
                .iter()
                .any(|prefix| path.starts_with(prefix));
            assert_eq!(
                header(&response, "cache-control") == "no-store",
                private,
                "{path}"
            );
            assert_eq!(
                header(&response, "x-content-type-options"),
                "nosniff",
                "{path}"
            );
            assert_eq!(
                header(&response, "referrer-policy"),
                "same-origin",
                "{path}"
            );
            assert_eq!(header(&response, "x-frame-options"), "DENY", "{path}");
            let csp = header(&response, "content-security-policy");
            assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
            assert!(csp.contains("base-uri 'none'"), "{path}: {csp}");
            assert_eq!(
                header(&response, "strict-transport-security"),
                "",
                "no HSTS over http"
            );
        }
    }
);

on_both_databases!(pages_carry_a_fresh_script_nonce, |backend| async move {
    let app = TestApp::spawn(backend).await;
    let mut nonces = Vec::new();

    for _ in 0..2 {
        let response = app.get("/").await;
        let csp = header(&response, "content-security-policy");
        let html = response.text().await.unwrap();
        let nonce = nonce_in(&csp);
        assert!(
            csp.contains("object-src 'none'") && csp.contains("'wasm-unsafe-eval'"),
            "{csp}"
        );
        assert!(
            html.contains(&format!(r#"nonce="{nonce}""#)),
            "the hydration script lacks the nonce"
        );
        nonces.push(nonce);
    }
    assert_ne!(nonces[0], nonces[1], "a nonce was reused");
});

fn nonce_in(csp: &str) -> String {
    csp.split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap_or_else(|| panic!("no nonce in {csp}"))
        .to_owned()
}

// Copies kept for the longest allowed, five minutes: signing an admin in can take longer than
// the default's five seconds on a loaded machine, and here only a staff change may retire one.
async fn with_a_long_page_cache(backend: Backend) -> TestApp {
    let database = TestDatabase::create(backend).await;
    TestApp::spawn_on(database, &[("PAGE_CACHE_SECONDS", "300")]).await
}

// The nonce tells a copy from a page rendered for the request.
async fn nonce_of(app: &TestApp, path: &str, cookie: Option<&str>) -> String {
    let mut request = app.client.get(format!("{}{path}", app.address));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    nonce_in(&header(&response, "content-security-policy"))
}

/// Features the site's one practice, as an admin: a staff change.
async fn feature_the_practice(app: &TestApp, admin_email: &str) {
    let admin = crate::review::signed_in(app, admin_email, app::auth::Role::Admin).await;
    let id = app::db::entities::practice::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let (status, body) = crate::review::call(
        &admin,
        app,
        "practice_feature",
        &[("id", &id), ("featured", "yes")],
    )
    .await;
    assert_eq!(status, 200, "{body}");
}

on_both_databases!(
    gallery_pages_are_sent_from_a_copy_until_a_staff_change,
    |backend| async move {
        let app = with_a_long_page_cache(backend).await;
        crate::publishing::published(&app, "river-mills", "GE", "ngo", "social", "Mills", 1).await;

        let list = nonce_of(&app, "/practices", None).await;
        assert_eq!(
            nonce_of(&app, "/practices", None).await,
            list,
            "the list's copy"
        );
        let practice = nonce_of(&app, "/practices/river-mills", None).await;
        assert_eq!(
            nonce_of(&app, "/practices/river-mills", None).await,
            practice
        );
        assert_ne!(practice, list, "a copy per address");
        assert_ne!(
            nonce_of(&app, "/practices", Some("theme=dark")).await,
            list,
            "whoever has a cookie gets the page made for them"
        );
        assert_ne!(
            nonce_of(&app, "/", None).await,
            nonce_of(&app, "/", None).await,
            "only the gallery"
        );

        feature_the_practice(&app, "ada@hub.example.org").await;
        assert_ne!(
            nonce_of(&app, "/practices", None).await,
            list,
            "retired by the change"
        );
    }
);

// Two sites in one process, as here: one's staff change is no reason to render the other's
// pages again.
on_both_databases!(
    a_staff_change_retires_only_its_own_sites_copies,
    |backend| async move {
        let site = with_a_long_page_cache(backend).await;
        let other_site = with_a_long_page_cache(backend).await;
        crate::publishing::published(&site, "river-mills", "GE", "ngo", "social", "Mills", 1).await;
        crate::publishing::published(&other_site, "old-port", "AM", "ngo", "social", "Port", 1)
            .await;
        let list = nonce_of(&site, "/practices", None).await;

        feature_the_practice(&other_site, "ada@hub.example.org").await;

        assert_eq!(
            nonce_of(&site, "/practices", None).await,
            list,
            "the other site's change leaves this site's copy"
        );
    }
);

on_both_databases!(https_sites_send_hsts, |backend| async move {
    let database = TestDatabase::create(backend).await;
    let app = TestApp::spawn_on(database, &[("PUBLIC_URL", "https://hub.example.org")]).await;

    let response = app.get("/").await;

    assert_eq!(
        header(&response, "strict-transport-security"),
        "max-age=31536000; includeSubDomains"
    );
});

on_both_databases!(server_functions_answer_over_http, |backend| async move {
    use app::translations::builtin::Text;
    let app = TestApp::spawn(backend).await;

    let response = app
        .client
        .post(format!("{}/api/call_overview", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("lang=fr")
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 200);
    let overview: serde_json::Value = response.json().await.unwrap();
    let closes = overview["closes_at_text"].as_str().unwrap();
    assert!(closes.ends_with("(heure de Bruxelles)"), "{closes}");
    // The built-in call, in French.
    let french = app::translations::builtin::title(app::i18n::Lang::Fr, Text::Call);
    assert_eq!(
        overview["title"],
        serde_json::json!({ "text": french, "lang": "fr" })
    );
    assert_eq!(overview["selection_limit"], 10);
    assert_eq!(overview["phase"], "Open");
});

async fn insert_practice(
    app: &TestApp,
    slug: &str,
    published_at: Option<chrono::DateTime<Utc>>,
    body: &str,
) {
    app::db::entities::practice::ActiveModel {
        slug: Set(slug.to_owned()),
        title: Set(format!("Practice {slug}")),
        summary: Set("A summary".to_owned()),
        body_markdown: Set(body.to_owned()),
        country_code: Set("BE".to_owned()),
        city_region: Set("Ghent".to_owned()),
        organisation: Set("City of Ghent".to_owned()),
        themes: Set("social".to_owned()),
        why_selected: Set("Because".to_owned()),
        featured: Set(false),
        published_at: Set(published_at),
        created_at: Set(Utc::now()),
        links: Set(String::new()),
        search_text: Set(app::gallery::publishing::search_text([
            slug,
            "A summary",
            body,
            "City of Ghent",
            "Ghent",
        ])),
        organisation_type: Set(String::new()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("insert a practice");
}

on_both_databases!(
    pages_are_compressed_as_the_browser_accepts,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;
        let client = reqwest::Client::new();
        let fetch = |path: &str, encodings: &str| {
            client
                .get(format!("{}{path}", app.address))
                .header("accept-encoding", encodings)
                .send()
        };

        for (encodings, expected) in [("br, gzip", "br"), ("gzip", "gzip"), ("identity", "")] {
            let response = fetch("/practices", encodings).await.unwrap();
            assert_eq!(response.status(), 200);
            assert_eq!(
                header(&response, "content-encoding"),
                expected,
                "{encodings}"
            );
            assert!(
                header(&response, "vary")
                    .to_lowercase()
                    .contains("accept-encoding")
            );
        }
        let plain = fetch("/practices", "identity")
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let compressed = fetch("/practices", "br")
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        assert!(
            compressed.len() * 4 < plain.len(),
            "{} of {}",
            compressed.len(),
            plain.len()
        );
    }
);
