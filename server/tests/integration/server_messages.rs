//! The site's voice for the server's words only, on SQLite and PostgreSQL: an address that puts
//! an attacker's text where a form's error or a refused file is shown is sent to the same page
//! without it; the errors the server writes itself still show.

use crate::on_both_databases;
use crate::support::{Browser, TestApp};

const LIE: &str = "Your practice was refused. Pay the processing fee at evil.example";

/// Leptos' error parameter as a page after a failed post without JavaScript reads it.
fn forged_error(field: &str) -> String {
    let error = serde_json::json!({ "Invalid": { "field": field, "message": LIE } });
    data_encoding::BASE64URL.encode(error.to_string().as_bytes())
}

fn query(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

on_both_databases!(
    words_put_into_an_address_are_never_shown_as_the_sites,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::with_draft(&app, &crate::wizard::ORGANISATION).await;
        let err = forged_error("email");
        let pages = [
            (
                "/submit/resend",
                query(&[("__path", "/api/resend_link"), ("__err", &err)]),
            ),
            (
                "/admin/login",
                query(&[("__path", "/api/staff/sign_in"), ("__err", &err)]),
            ),
            (
                "/manage/0000000000000000000000000000000000000000000000000000000000000000",
                query(&[("__path", "/api/withdraw_submission"), ("__err", &err)]),
            ),
            (
                "/submit/images-and-documents",
                query(&[
                    ("check", "1"),
                    ("rejected", &format!("document-too-large:{LIE}")),
                ]),
            ),
        ];
        for (path, query) in pages {
            let forged = format!("{path}?{query}");
            let response = browser.navigate(&forged).await;
            assert_eq!(response.status(), 303, "{forged}");
            let cleaned = response.headers()["location"].to_str().unwrap().to_owned();
            assert!(
                cleaned == path || cleaned == format!("{path}?check=1"),
                "{cleaned}"
            );
            let (_, page) = browser.get(&cleaned).await;
            assert!(!page.contains("evil.example"), "{path}");
            // A signature made up or copied from another message does not pass either.
            let (status, page) = browser
                .get(&format!("{forged}&__sig={}", "ab".repeat(32)))
                .await;
            assert_eq!(status, 303);
            assert!(!page.contains("evil.example"));
        }
    }
);

on_both_databases!(
    the_servers_own_errors_still_show_without_javascript,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::new(&app);
        let refused = browser
            .post_form("/api/resend_link", "/submit/resend", &[("email", "nino@")])
            .await;
        let location = refused.headers()["location"].to_str().unwrap().to_owned();
        assert!(
            location.contains("__err=") && location.contains("__sig="),
            "{location}"
        );
        let path = location.trim_start_matches(&app.address);
        let (status, page) = browser.get(path).await;
        assert_eq!(status, 200);
        assert!(page.contains("There is a problem"));
        assert!(
            page.contains("name@example.org"),
            "the server's own message"
        );
    }
);
