//! A browser without JavaScript, for the wizard's tests: it keeps cookies and does not follow
//! redirects, so each test sees where every post leads.

use reqwest::multipart::{Form, Part};

use super::TestApp;

/// A browser without JavaScript: keeps cookies, does not follow redirects.
pub struct Browser {
    client: reqwest::Client,
    address: String,
}

impl Browser {
    pub fn new(app: &TestApp) -> Self {
        let client = reqwest::Client::builder()
            // A request that hangs fails the test instead of the whole run.
            .timeout(std::time::Duration::from_secs(60))
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
    pub async fn post_step(
        &self,
        step: &str,
        section: &str,
        fields: &[(&str, &str)],
    ) -> (u16, String) {
        let mut form: Vec<(String, String)> = vec![("step".into(), step.into())];
        form.extend(
            fields
                .iter()
                .map(|(k, v)| (format!("answers[{section}][{k}]"), v.to_string())),
        );
        let response = self
            .post_form("/api/save_step", &format!("/submit/{step}"), &form)
            .await;
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        (response.status().as_u16(), location)
    }

    /// A browser that has saved step 1 with `fields`, so it holds a draft.
    pub async fn with_draft(app: &TestApp, fields: &[(&str, &str)]) -> Self {
        let browser = Browser::new(app);
        browser
            .post_step("organisation", "organisation", fields)
            .await;
        browser
    }

    /// Signs in at `/admin/login` as a browser without JavaScript does.
    pub async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_form(
            "/api/staff/sign_in",
            "/admin/login",
            &[("email", email), ("password", password)],
        )
        .await
    }

    /// The underlying client, carrying this browser's cookies.
    pub fn client_for_cookies(&self) -> reqwest::Client {
        self.client.clone()
    }

    /// Posts a form to `path` from the page at `from`, as a browser without JavaScript does.
    pub async fn post_form(
        &self,
        path: &str,
        from: &str,
        form: &impl serde::Serialize,
    ) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("accept", "text/html")
            .header("referer", format!("{}{from}", self.address))
            // What a browser adds to a post from the site's own page.
            .header("origin", &self.address)
            .header("sec-fetch-site", "same-origin")
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// A script's request to save a step (no `Accept: text/html`): errors come back as statuses.
    pub async fn post_script(&self, body: &str) -> reqwest::Response {
        self.client
            .post(format!("{}/api/save_step", self.address))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_owned())
            .send()
            .await
            .unwrap()
    }

    /// A navigation, which browsers make accepting HTML.
    pub async fn navigate(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header("accept", "text/html")
            .send()
            .await
            .unwrap()
    }

    pub async fn get(&self, path: &str) -> (u16, String) {
        let response = self.navigate(path).await;
        (response.status().as_u16(), response.text().await.unwrap())
    }

    /// Posts a multipart form to `/submit/upload`, as the images step does: `accept` says
    /// whether a script (JSON) or a form (redirect) is asking.
    pub async fn post_upload(&self, form: Form, accept: &str) -> reqwest::Response {
        self.client
            .post(format!("{}/submit/upload", self.address))
            .header("accept", accept)
            .multipart(form)
            .send()
            .await
            .unwrap()
    }

    /// Uploads one file as the page's script does, and returns the JSON answer.
    pub async fn upload_file(&self, kind: &str, name: &str, bytes: Vec<u8>) -> serde_json::Value {
        let form = Form::new().part(
            kind.to_owned(),
            Part::bytes(bytes).file_name(name.to_owned()),
        );
        let response = self.post_upload(form, "application/json").await;
        assert_eq!(response.status(), 200, "{name}");
        response.json().await.unwrap()
    }
}
