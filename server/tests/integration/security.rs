//! Holding under attack, on SQLite and PostgreSQL: posts another site makes a browser send are
//! refused and change nothing; mutating functions are not reachable by GET; bodies past their
//! limit get 413; repeated drafts, link requests, sign-ups and applications from one address
//! get 429 with `Retry-After`.

use sea_orm::{EntityTrait, PaginatorTrait};

use app::db::entities::{outbox_email, submission, visit_application, workshop_registration};

use crate::on_both_databases;
use crate::support::{Browser, TestApp, TestDatabase};
use crate::workshops::{client, open_workshop, sign_up_form};

async fn count<E: EntityTrait>(app: &TestApp) -> u64
where
    E::Model: Sync,
{
    E::find().count(&app.db).await.unwrap()
}

async fn post(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
    form: Vec<(&'static str, String)>,
) -> reqwest::Response {
    let mut request = client().post(format!("{}{path}", app.address)).form(&form);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

on_both_databases!(
    posts_from_another_site_are_refused_and_change_nothing,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        open_workshop(&app.db, 10).await;
        let foreign: [&[(&str, &str)]; 4] = [
            &[("origin", "https://evil.example")],
            &[("origin", "null")],
            &[("sec-fetch-site", "cross-site")],
            &[
                ("sec-fetch-site", "same-site"),
                ("origin", "https://sub.example"),
            ],
        ];
        for headers in foreign {
            for (path, form) in [
                (
                    "/api/register_for_workshop",
                    sign_up_form("ani@gyumri.example"),
                ),
                (
                    "/api/resend_link",
                    vec![("email", "ani@gyumri.example".to_owned())],
                ),
                (
                    "/api/staff/sign_in",
                    vec![("email", "a@b.example".into()), ("password", "x".into())],
                ),
                ("/api/save_step", vec![("step", "organisation".into())]),
                ("/submit/upload", vec![("intent", "continue".into())]),
            ] {
                let response = post(&app, path, headers, form.clone()).await;
                assert_eq!(response.status(), 403, "{path} with {headers:?}");
            }
        }
        assert_eq!(count::<workshop_registration::Entity>(&app).await, 0);
        assert_eq!(count::<submission::Entity>(&app).await, 0);
        assert_eq!(count::<outbox_email::Entity>(&app).await, 0);

        // The same post from the site's own page goes through.
        let own = app.address.clone();
        let response = post(
            &app,
            "/api/register_for_workshop",
            &[("origin", &own), ("sec-fetch-site", "same-origin")],
            sign_up_form("ani@gyumri.example"),
        )
        .await;
        assert_eq!(response.status(), 200);
        assert_eq!(count::<workshop_registration::Entity>(&app).await, 1);
    }
);

on_both_databases!(
    mutating_functions_are_not_reachable_by_get,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        open_workshop(&app.db, 10).await;
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(sign_up_form("ani@gyumri.example"))
            .finish();
        let response = app
            .get(&format!("/api/register_for_workshop?{query}"))
            .await;
        assert!(response.status().is_client_error(), "{}", response.status());
        assert_eq!(count::<workshop_registration::Entity>(&app).await, 0);
    }
);

on_both_databases!(bodies_past_the_limit_get_413, |backend| async move {
    let app = TestApp::spawn(backend).await;
    let huge = format!(
        "step=organisation&answers[organisation][role]={}",
        "x".repeat(600 * 1024)
    );
    let declared = client()
        .post(format!("{}/api/save_step", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(huge.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(declared.status(), 413);

    // Sent in chunks, without a declared length, it is cut off all the same.
    assert_eq!(
        post_in_chunks(&app, "/api/save_step", huge.as_bytes()).await,
        413
    );
    assert_eq!(count::<submission::Entity>(&app).await, 0);

    // A long answer under the limit is kept as typed, to be shortened by its writer.
    let long = Browser::new(&app);
    let (status, _) = long
        .post_step(
            "organisation",
            "organisation",
            &[("role", &"x".repeat(100 * 1024))],
        )
        .await;
    assert_eq!(status, 302);
    assert_eq!(count::<submission::Entity>(&app).await, 1);
});

/// Posts `body` with `Transfer-Encoding: chunked`, as a client that does not say how long its
/// body is; returns the status.
async fn post_in_chunks(app: &TestApp, path: &str, body: &[u8]) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    for chunk in body.chunks(16 * 1024) {
        let sent = async {
            stream
                .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                .await?;
            stream.write_all(chunk).await?;
            stream.write_all(b"\r\n").await
        };
        // The server may answer and close before the whole body is sent.
        if sent.await.is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    let answer = String::from_utf8_lossy(&answer);
    answer
        .split(' ')
        .nth(1)
        .and_then(|status| status.parse().ok())
        .unwrap_or_else(|| panic!("no status in {answer:?}"))
}

fn retry_after(response: &reqwest::Response) -> u64 {
    response
        .headers()
        .get("retry-after")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse().ok())
        .unwrap_or_else(|| panic!("no Retry-After in {:?}", response.headers()))
}

/// Does `attempt(n)` until it is refused; expects the refusal right after `quota` successes,
/// with a wait of at most an hour.
async fn refused_after<F, Fut>(quota: usize, attempt: F)
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = reqwest::Response>,
{
    for n in 0..quota {
        let response = attempt(n).await;
        assert!(
            response.status().is_success() || response.status().is_redirection(),
            "attempt {n}: {}",
            response.status()
        );
    }
    let refused = attempt(quota).await;
    assert_eq!(refused.status(), 429);
    let wait = retry_after(&refused);
    assert!((3_500..=3_600).contains(&wait), "{wait}");
    // Server functions answer with the error as JSON, the upload route with its message.
    let text = refused.text().await.unwrap();
    let said = serde_json::from_str::<app::error::AppError>(&text)
        .map(|error| error.to_string())
        .unwrap_or(text);
    assert_eq!(
        said,
        "Too many requests from your connection. Please try again in 60 minutes."
    );
}

on_both_databases!(
    repeated_requests_from_one_address_get_429,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let app = TestApp::spawn_on(database, &[("RATE_LIMITS", "on")]).await;
        open_workshop(&app.db, 100).await;
        crate::visits::open_visit(&app, 50).await;

        refused_after(30, |n| {
            post(
                &app,
                "/api/register_for_workshop",
                &[],
                sign_up_form(&format!("person{n}@gyumri.example")),
            )
        })
        .await;
        assert_eq!(count::<workshop_registration::Entity>(&app).await, 30);

        refused_after(20, |n| {
            post(
                &app,
                "/api/apply_for_visit",
                &[],
                crate::visits::application(&format!("person{n}@tartu.example")),
            )
        })
        .await;
        assert_eq!(count::<visit_application::Entity>(&app).await, 20);

        refused_after(10, |_| {
            post(
                &app,
                "/api/resend_link",
                &[],
                vec![("email", "nino@tbilisi.example.ge".into())],
            )
        })
        .await;

        // Each new browser's first save starts a draft, and so does a first upload; a browser
        // that has its draft goes on saving.
        let keeper = Browser::new(&app);
        let (status, _) = keeper
            .post_step("organisation", "organisation", &[("role", "x")])
            .await;
        assert_eq!(status, 302);
        let app = &app;
        refused_after(29, |n| async move {
            let browser = Browser::new(app);
            if n % 2 == 0 {
                browser
                    .post_script("step=organisation&answers[organisation][role]=x")
                    .await
            } else {
                browser
                    .post_upload(
                        reqwest::multipart::Form::new().text("intent", "continue"),
                        "text/html",
                    )
                    .await
            }
        })
        .await;
        assert_eq!(count::<submission::Entity>(app).await, 30);
        let (status, _) = keeper
            .post_step(
                "organisation",
                "organisation",
                &[("role", "Heritage officer")],
            )
            .await;
        assert_eq!(status, 302);
    }
);
