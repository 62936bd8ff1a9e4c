//! Publishing over HTTP, on SQLite and PostgreSQL: a selected submission becomes a draft
//! practice without the applicant's contact details; drafts stay private; Markdown comes out
//! sanitised on the public page and in the admins' preview.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::Value;

use app::auth::Role;
use app::db::entities::{practice, practice_file, submission_file};
use app::submission::SubmissionAnswers;
use app::submission::consents::Consent;
use app::submission::db;
use app::submission::media::ImageDetailsAnswers;

use crate::on_both_databases;
use crate::review::{call, signed_in};
use crate::support::{Browser, TestApp, python};

/// A sent submission whose free text carries contact details, with an image and a document.
async fn sent_with_contact_details(app: &TestApp) -> i32 {
    let mut answers = SubmissionAnswers::default();
    let organisation = &mut answers.organisation;
    organisation.first_name = "Nino".into();
    organisation.last_name = "Beridzeshvili".into();
    organisation.email = "nino.private@tbilisi.example.ge".into();
    organisation.role = "Head of the heritage office".into();
    organisation.organisation_name = "Tbilisi City Hall".into();
    organisation.organisation_type = "city-administration".into();
    organisation.website = "https://private-website.example.ge".into();
    answers.practice.title = "Tbilisi balcony houses".into();
    answers.practice.summary =
        "Residents restore carved balconies; call +995 32 2 99 99 99.".into();
    answers.practice.description =
        "Forty balconies since 2019. Questions: nino.private@tbilisi.example.ge.".into();
    answers.practice.city_region = "Tbilisi".into();
    answers.practice.country = "GE".into();
    answers.impact.results = "Heating bills fell by a third.".into();
    answers.transformation.social = "yes".into();
    answers.media.links = "https://balconies.example.ge".into();
    let (id, _) = db::create_draft(&app.db, &answers, Utc::now())
        .await
        .unwrap();
    let mut files = Vec::new();
    for (kind, name) in [("image", "balcony.jpg"), ("document", "plan.pdf")] {
        let row = submission_file::ActiveModel {
            submission_id: Set(id),
            kind: Set(kind.to_owned()),
            stored_name: Set(format!("{:0>64}", files.len())),
            original_name: Set(name.to_owned()),
            content_type: Set("image/jpeg".to_owned()),
            byte_size: Set(1000),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        files.push(row.id);
    }
    answers.media.images.insert(
        files[0].to_string(),
        ImageDetailsAnswers {
            caption: "A restored balcony".into(),
            alt_text: "A carved wooden balcony over a narrow street".into(),
            credit: "Giorgi Photo".into(),
            licence: "cc-by-4.0".into(),
        },
    );
    db::submit(
        &app.db,
        id,
        &answers,
        &[Consent::Processing],
        Utc::now(),
        |_| None,
    )
    .await
    .unwrap()
    .unwrap();
    id
}

fn assert_no_contact_details(html: &str) {
    for private in [
        "nino.private",
        "Beridzeshvili",
        "+995",
        "99 99 99",
        "Head of the heritage office",
        "private-website",
    ] {
        assert!(!html.contains(private), "{private} leaked");
    }
}

on_both_databases!(
    a_selected_submission_becomes_a_private_draft_without_contact_details_until_published,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = sent_with_contact_details(&app).await.to_string();
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let (status, _) = call(
            &admin,
            &app,
            "practice_from_submission",
            &[("submission", &id)],
        )
        .await;
        assert_eq!(status, 404, "only a selected submission becomes a practice");
        let (status, _) = call(
            &admin,
            &app,
            "status",
            &[("id", &id), ("status", "selected")],
        )
        .await;
        assert_eq!(status, 200);
        for _ in 0..2 {
            let (status, body) = call(
                &admin,
                &app,
                "practice_from_submission",
                &[("submission", &id)],
            )
            .await;
            assert_eq!(status, 200, "{body}");
        }
        let drafts = practice::Entity::find()
            .filter(practice::Column::SubmissionId.eq(id.parse::<i32>().unwrap()))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(drafts.len(), 1, "one practice per submission");
        let practice_id = drafts[0].id.to_string();
        assert_eq!(drafts[0].slug, "tbilisi-balcony-houses");

        let (status, body) = call(&admin, &app, "practice", &[("id", &practice_id)]).await;
        assert_eq!(status, 200);
        let editor: Value = serde_json::from_str(&body).unwrap();
        let form = &editor["form"];
        assert_eq!(form["organisation"], "Tbilisi City Hall");
        assert_eq!(
            form["summary"],
            "Residents restore carved balconies; call [phone number removed]."
        );
        assert!(
            form["body"]
                .as_str()
                .unwrap()
                .contains("Questions: [email address removed].")
        );
        assert!(
            form["body"]
                .as_str()
                .unwrap()
                .contains("## Results and evidence")
        );
        assert_no_contact_details(&body);
        let files: Vec<&Value> = form["files"].as_object().unwrap().values().collect();
        assert_eq!(
            files.iter().filter(|file| file["shown"] == "yes").count(),
            1,
            "documents wait for an admin"
        );

        let (status, _) = Browser::new(&app)
            .get("/practices/tbilisi-balcony-houses")
            .await;
        assert_eq!(status, 404, "a draft is private");
        let (status, body) = call(
            &admin,
            &app,
            "practice_publish",
            &[("id", &practice_id), ("publish", "yes")],
        )
        .await;
        assert_eq!(status, 200, "{body}");
        let (status, page) = Browser::new(&app)
            .get("/practices/tbilisi-balcony-houses")
            .await;
        assert_eq!(status, 200);
        assert!(
            page.contains("A carved wooden balcony over a narrow street"),
            "the image with its alt text"
        );
        assert!(
            page.contains("Giorgi Photo") && page.contains("CC BY 4.0"),
            "credit and licence"
        );
        assert!(page.contains("https://balconies.example.ge"));
        assert!(
            !page.contains("plan.pdf"),
            "a document not chosen stays off the page"
        );
        assert_no_contact_details(&page);

        // Edited with hostile Markdown: inert in the public page and in the preview.
        let mut form: Vec<(String, String)> = form
            .as_object()
            .unwrap()
            .iter()
            .filter_map(|(name, value)| {
                Some((format!("practice[{name}]"), value.as_str()?.to_owned()))
            })
            .collect();
        let body = "## Story\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>";
        for (name, value) in &mut form {
            if name == "practice[body]" {
                *value = body.to_owned();
            }
        }
        for (file_id, file) in editor["form"]["files"].as_object().unwrap() {
            for (part, value) in file.as_object().unwrap() {
                form.push((
                    format!("practice[files][{file_id}][{part}]"),
                    value.as_str().unwrap().to_owned(),
                ));
            }
        }
        form.push(("id".to_owned(), practice_id.clone()));
        let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        let (status, body) = call(&admin, &app, "practice_save", &form).await;
        assert_eq!(status, 200, "{body}");
        let (_, page) = Browser::new(&app)
            .get("/practices/tbilisi-balcony-houses")
            .await;
        let (_, preview) = admin.get(&format!("/admin/practices/{practice_id}")).await;
        for html in [&page, &preview] {
            assert!(html.contains("<h2>Story</h2>"));
            // Live markup only: the editor shows the Markdown source as (escaped) text.
            for unsafe_markup in ["<script>alert", "href=\"javascript:", "<img src=x onerror"] {
                let at = html
                    .find(unsafe_markup)
                    .map(|at| &html[at.saturating_sub(200)..at + 60]);
                assert!(at.is_none(), "{unsafe_markup}: {at:?}");
            }
        }

        let (status, _) = call(&admin, &app, "practice_new", &[]).await;
        assert_eq!(status, 200);
        let blank = practice::Entity::find()
            .filter(practice::Column::Slug.starts_with("new-practice-"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let (status, _) = call(
            &admin,
            &app,
            "practice_publish",
            &[("id", &blank.id.to_string()), ("publish", "yes")],
        )
        .await;
        assert_eq!(status, 422, "an empty practice is not published");
        let blank_id = blank.id.to_string();
        let taken: Vec<(&str, &str)> = form
            .iter()
            .map(|&(name, value)| {
                (
                    name,
                    if name == "id" {
                        blank_id.as_str()
                    } else {
                        value
                    },
                )
            })
            .collect();
        let (status, body) = call(&admin, &app, "practice_save", &taken).await;
        assert_eq!(status, 422);
        assert!(body.contains("\"slug\""), "{body}");

        let (status, _) = call(
            &admin,
            &app,
            "practice_feature",
            &[("id", &practice_id), ("featured", "yes")],
        )
        .await;
        assert_eq!(status, 200);
        let home = app.get("/").await.text().await.unwrap();
        assert!(
            home.contains("Tbilisi balcony houses"),
            "featured on the home page"
        );
        let (status, _) = call(
            &admin,
            &app,
            "practice_publish",
            &[("id", &practice_id), ("publish", "no")],
        )
        .await;
        assert_eq!(status, 200);
        let (status, _) = Browser::new(&app)
            .get("/practices/tbilisi-balcony-houses")
            .await;
        assert_eq!(status, 404, "unpublished is private again");
    }
);

/// A published practice: slug, country, organisation type, themes, text and days since
/// publication.
pub(crate) async fn published(
    app: &TestApp,
    slug: &str,
    country: &str,
    kind: &str,
    themes: &str,
    text: &str,
    days_ago: i64,
) {
    let title = format!("Practice {slug}");
    practice::ActiveModel {
        slug: Set(slug.to_owned()),
        title: Set(title.clone()),
        summary: Set(format!("Summary of {slug}")),
        body_markdown: Set(text.to_owned()),
        country_code: Set(country.to_owned()),
        city_region: Set("Somewhere".to_owned()),
        organisation: Set("An organisation".to_owned()),
        organisation_type: Set(kind.to_owned()),
        themes: Set(themes.to_owned()),
        why_selected: Set(String::new()),
        links: Set(String::new()),
        search_text: Set(app::gallery::publishing::search_text([
            &title,
            "",
            text,
            "An organisation",
            "Somewhere",
        ])),
        featured: Set(false),
        published_at: Set(Some(Utc::now() - chrono::TimeDelta::days(days_ago))),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// A copy of practice `of` under `slug`, not published, ready to be inserted.
async fn unpublished_copy(app: &TestApp, of: &str, slug: &str) -> practice::ActiveModel {
    let mut copy = practice::ActiveModel::from(
        practice::Entity::find()
            .filter(practice::Column::Slug.eq(of))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap(),
    );
    copy.id = sea_orm::ActiveValue::NotSet;
    copy.slug = Set(slug.to_owned());
    copy.published_at = Set(None);
    copy
}

on_both_databases!(
    filters_and_search_return_exactly_the_matching_published_practices,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        published(
            &app,
            "wooden-balconies",
            "GE",
            "city-administration",
            "environmental,social",
            "Carved balconies, 100% restored",
            1,
        )
        .await;
        published(
            &app,
            "digital-archive",
            "AM",
            "ngo",
            "digital",
            "A scanned archive of Gyumri",
            2,
        )
        .await;
        published(
            &app,
            "river-mills",
            "GE",
            "ngo",
            "environmental",
            "Old water mills grind again",
            3,
        )
        .await;
        published(
            &app,
            "village-school",
            "FR",
            "heritage-institution",
            "social",
            "A school museum",
            4,
        )
        .await;
        let mut draft = unpublished_copy(&app, "village-school", "unpublished-mills").await;
        draft.search_text = Set("old water mills".to_owned());
        draft.insert(&app.db).await.unwrap();

        let slugs = |filters: &'static [(&'static str, &'static str)]| {
            let app = &app;
            async move {
                let form: Vec<(String, &str)> = filters
                    .iter()
                    .map(|(name, value)| (format!("query[{name}]"), *value))
                    .collect();
                let response = reqwest::Client::new()
                    .post(format!("{}/api/published_practices", app.address))
                    .form(&form)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), 200, "{filters:?}");
                let list: Value = response.json().await.unwrap();
                // Each card's heading links to its practice.
                let card_link = r#"<h3 class="card__title"><a href="/practices/"#;
                let slugs: Vec<String> = list["results_html"]
                    .as_str()
                    .unwrap()
                    .split(card_link)
                    .skip(1)
                    .map(|card| card.split('"').next().unwrap().to_owned())
                    .collect();
                (
                    slugs,
                    list["total"].as_u64().unwrap(),
                    list["filters_html"].as_str().unwrap().to_owned(),
                )
            }
        };
        let (all, total, filters) = slugs(&[]).await;
        assert_eq!(
            all,
            [
                "wooden-balconies",
                "digital-archive",
                "river-mills",
                "village-school"
            ],
            "newest first"
        );
        assert_eq!(total, 4, "drafts are never listed");
        assert_eq!(
            country_choices(&filters),
            ["", "AM", "FR", "GE"],
            "the filter offers the countries with published practices"
        );
        let (_, _, filters) = slugs(&[("country", "GE")]).await;
        assert!(
            filters.contains(r#"<option value="GE" selected"#),
            "the filters show the query: {filters}"
        );
        for (filters, expected) in [
            (
                &[("theme", "environmental")][..],
                vec!["wooden-balconies", "river-mills"],
            ),
            (
                &[("country", "GE"), ("theme", "social")][..],
                vec!["wooden-balconies"],
            ),
            (
                &[("organisation_type", "ngo")][..],
                vec!["digital-archive", "river-mills"],
            ),
            (&[("q", "MILLS water")][..], vec!["river-mills"]),
            (&[("q", "100%")][..], vec!["wooden-balconies"]),
            (&[("q", "_")][..], vec![]),
            (&[("q", "gyumri"), ("country", "GE")][..], vec![]),
            (
                &[("sort", "title")][..],
                vec![
                    "digital-archive",
                    "river-mills",
                    "village-school",
                    "wooden-balconies",
                ],
            ),
            (
                &[("sort", "oldest"), ("theme", "environmental")][..],
                vec!["river-mills", "wooden-balconies"],
            ),
        ] {
            assert_eq!(slugs(filters).await.0, expected, "{filters:?}");
        }

        // The same view as a page, without JavaScript, from its address.
        let (status, page) = Browser::new(&app)
            .get("/practices?theme=environmental&country=GE&sort=oldest")
            .await;
        assert_eq!(status, 200);
        assert!(page.contains("2 practices found."), "{page}");
        let first = page.find("Practice river-mills").unwrap();
        let second = page.find("Practice wooden-balconies").unwrap();
        assert!(first < second);
        assert!(!page.contains("Practice digital-archive"));

        // A practice's page: metadata for link previews, and related practices by theme or country.
        let (_, page) = Browser::new(&app).get("/practices/river-mills").await;
        for expected in [
            r#"<meta property="og:title" content="Practice river-mills">"#,
            r#"<meta property="og:description" content="Summary of river-mills">"#,
            r#"<meta name="twitter:card" content="summary">"#,
            "/practices/river-mills\">",
        ] {
            assert!(page.contains(expected), "{expected} in {page}");
        }
        let canonical = page
            .find("canonical")
            .map(|at| &page[at.saturating_sub(80)..at + 120]);
        assert!(
            canonical.is_some_and(|link| link.contains("<link")),
            "{canonical:?}"
        );
        let related = &page[page.find("Related practices").expect("related practices")..];
        assert!(
            related.contains("Practice wooden-balconies"),
            "same country and theme"
        );
        assert!(
            !related.contains("Practice digital-archive")
                && !related.contains("Practice village-school")
        );
    }
);

/// The elements with `tag` (in any namespace) of an XML document, as Python's XML parser reads
/// it; the test fails if the document is not well-formed.
fn xml_texts(xml: &str, tag: &str) -> Vec<String> {
    let output = python(
        &[
            "-c",
            "import sys, json, xml.etree.ElementTree as ET\n\
             root = ET.fromstring(sys.stdin.buffer.read())\n\
             print(json.dumps([e.text for e in root.iter() if e.tag.endswith('}' + sys.argv[1])]))",
            tag,
        ],
        xml,
    );
    assert!(output.status.success(), "not well-formed XML:\n{xml}");
    serde_json::from_slice(&output.stdout).unwrap()
}

on_both_databases!(
    the_sitemap_and_the_feed_are_xml_and_list_what_is_published,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        published(
            &app,
            "wooden-balconies",
            "GE",
            "ngo",
            "social",
            "Balconies <b>&</b> \"roofs\"",
            1,
        )
        .await;
        published(
            &app,
            "digital-archive",
            "AM",
            "ngo",
            "digital",
            "An archive",
            2,
        )
        .await;
        let draft = unpublished_copy(&app, "digital-archive", "secret-draft").await;
        draft.insert(&app.db).await.unwrap();
        crate::workshops::open_workshop(&app.db, 10).await;

        let response = app.get("/sitemap.xml").await;
        assert_eq!(
            response.headers()["content-type"],
            "application/xml; charset=utf-8"
        );
        let locations = xml_texts(&response.text().await.unwrap(), "loc");
        // Addresses start with the configured PUBLIC_URL; the home page comes first.
        let base = locations[0].trim_end_matches('/');
        for path in [
            "/",
            "/practices",
            "/privacy",
            "/practices/wooden-balconies",
            "/practices/digital-archive",
            "/workshops/climate-stories",
        ] {
            assert!(
                locations.contains(&format!("{base}{path}")),
                "{path} in {locations:?}"
            );
        }
        assert!(
            !locations
                .iter()
                .any(|location| location.contains("secret-draft"))
        );

        let response = app.get("/practices.atom").await;
        assert_eq!(
            response.headers()["content-type"],
            "application/atom+xml; charset=utf-8"
        );
        let feed = response.text().await.unwrap();
        let titles = xml_texts(&feed, "title");
        assert_eq!(
            titles,
            [
                "European Heritage Hub: good practices",
                "Practice wooden-balconies",
                "Practice digital-archive"
            ]
        );
        let content = xml_texts(&feed, "content");
        assert!(
            content[0].contains("Balconies <b>&amp;</b>"),
            "sanitised HTML, escaped once: {content:?}"
        );
        let home = app.get("/").await.text().await.unwrap();
        assert!(home.contains(r#"<link rel="alternate" type="application/atom+xml" title="Good practices" href="/practices.atom">"#));
    }
);

/// Thirty ways to try to run script in a page, a feed or an attribute.
const XSS_CORPUS: [&str; 30] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg onload=alert(3)>",
    "\"><script>alert(4)</script>",
    "'><img src=x onerror=alert(5)>",
    "<a href=\"javascript:alert(6)\">x</a>",
    "[x](javascript:alert(7))",
    "[x](JaVaScRiPt:alert(8))",
    "[x]( javascript:alert(9))",
    "<iframe src=\"javascript:alert(10)\"></iframe>",
    "<body onload=alert(11)>",
    "<details open ontoggle=alert(12)>",
    "<input autofocus onfocus=alert(13)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(14)>",
    "<object data=\"data:text/html,<script>alert(15)</script>\"></object>",
    "<embed src=\"javascript:alert(16)\">",
    "<form action=\"javascript:alert(17)\"><button>go</button></form>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxOCk8L3NjcmlwdD4=\">x</a>",
    "![x](javascript:alert(19))",
    "<img src=\"x\" style=\"width:expression(alert(20))\">",
    "</textarea><script>alert(21)</script>",
    "</title><script>alert(22)</script>",
    "<scr<script>ipt>alert(23)</scr</script>ipt>",
    "<div style=\"background:url(javascript:alert(24))\">x</div>",
    "<base href=\"javascript:alert(25)//\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(26)\">",
    "<a href=\"&#106;avascript:alert(27)\">x</a>",
    "<video><source onerror=alert(28)></video>",
    "<marquee onstart=alert(29)>x</marquee>",
    "]]></content><script>alert(30)</script>",
];

/// The problems Python's HTML parser finds in `document` (see `fixtures/inert_html.py`).
fn live_markup(document: &str, atom: bool) -> String {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/inert_html.py");
    let args: &[&str] = if atom { &[script, "--atom"] } else { &[script] };
    let output = python(args, document);
    // 2 means problems found; a checker that crashed (1) would print none, and must not pass.
    assert!(
        matches!(output.status.code(), Some(0 | 2)),
        "the HTML checker failed: {output:?}"
    );
    String::from_utf8(output.stdout).unwrap()
}

on_both_databases!(
    every_text_of_a_practice_comes_out_inert_in_the_list_the_page_the_feed_and_the_preview,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let corpus = XSS_CORPUS.join("\n\n");
        let line = XSS_CORPUS.join(" ");
        let row = practice::ActiveModel {
            slug: Set("hostile".to_owned()),
            title: Set(line.clone()),
            summary: Set(line.clone()),
            body_markdown: Set(corpus.clone()),
            country_code: Set("GE".to_owned()),
            city_region: Set(line.clone()),
            organisation: Set(line.clone()),
            organisation_type: Set(String::new()),
            themes: Set("social".to_owned()),
            why_selected: Set(corpus.clone()),
            links: Set(XSS_CORPUS.join("\n")),
            search_text: Set(String::new()),
            featured: Set(true),
            published_at: Set(Some(Utc::now())),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        let mut image = shown_image(row.id, &format!("{:0>64}", 1));
        image.title = Set(line.clone());
        image.alt_text = Set(line.clone());
        image.caption = Set(line.clone());
        image.credit = Set(line.clone());
        image.insert(&app.db).await.unwrap();

        let visitor = Browser::new(&app);
        for path in ["/", "/practices", "/practices/hostile"] {
            let (status, page) = visitor.get(path).await;
            assert_eq!(status, 200, "{path}");
            assert!(page.contains("alert(1)"), "{path} shows the text");
            let problems = live_markup(&page, false);
            assert!(problems.is_empty(), "{path}:\n{problems}");
        }
        let (status, preview) = admin.get(&format!("/admin/practices/{}", row.id)).await;
        assert_eq!(status, 200);
        let problems = live_markup(&preview, false);
        assert!(problems.is_empty(), "the admin preview:\n{problems}");
        let feed = app.get("/practices.atom").await.text().await.unwrap();
        assert!(
            xml_texts(&feed, "title").contains(&line),
            "the title, as text"
        );
        let problems = live_markup(&feed, true);
        assert!(problems.is_empty(), "the feed:\n{problems}");
    }
);

/// A shown image of practice `practice_id`, stored as `stored_name`, ready to be inserted.
fn shown_image(practice_id: i32, stored_name: &str) -> practice_file::ActiveModel {
    practice_file::ActiveModel {
        practice_id: Set(practice_id),
        kind: Set("image".to_owned()),
        stored_name: Set(stored_name.to_owned()),
        title: Set(String::new()),
        alt_text: Set("A carved balcony".to_owned()),
        caption: Set(String::new()),
        credit: Set("Giorgi Photo".to_owned()),
        licence: Set("cc-by-4.0".to_owned()),
        shown: Set(true),
        position: Set(0),
        ..Default::default()
    }
}

/// The `(href, accessible name)` of every link in the practice map of `page`.
fn map_links(page: &str) -> Vec<(String, String)> {
    let start = page
        .find("<svg class=\"map\"")
        .expect("the page has the map");
    let map = &page[start..start + page[start..].find("</svg>").unwrap()];
    map.split("<a href=\"")
        .skip(1)
        .map(|link| {
            let (href, rest) = link.split_once('"').unwrap();
            let label = rest.split("aria-label=\"").nth(1).unwrap();
            (href.to_owned(), label.split('"').next().unwrap().to_owned())
        })
        .collect()
}

on_both_databases!(
    the_map_links_every_country_with_practices_and_the_home_page_shows_featured_and_latest,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        published(&app, "balconies", "GE", "ngo", "social", "Balconies", 3).await;
        published(&app, "mills", "GE", "ngo", "social", "Mills", 2).await;
        published(&app, "archive", "AM", "ngo", "digital", "Archive", 1).await;
        let mut draft = unpublished_copy(&app, "archive", "draft-in-france").await;
        draft.country_code = Set("FR".to_owned());
        draft.insert(&app.db).await.unwrap();
        practice::Entity::update_many()
            .col_expr(practice::Column::Featured, true.into())
            .filter(practice::Column::Slug.eq("balconies"))
            .exec(&app.db)
            .await
            .unwrap();

        let visitor = Browser::new(&app);
        let (status, list) = visitor.get("/practices").await;
        assert_eq!(status, 200);
        assert_eq!(
            map_links(&list),
            vec![
                (
                    "/practices?country=AM".to_owned(),
                    "Armenia: 1 practice".to_owned()
                ),
                (
                    "/practices?country=GE".to_owned(),
                    "Georgia: 2 practices".to_owned()
                ),
            ],
            "only countries with published practices are links, in the order of their names"
        );
        assert!(
            list.contains("<title>France: no practices yet</title>"),
            "a draft counts for nothing"
        );
        assert!(
            list.contains("</span>1</li>") && list.contains("</span>2</li>"),
            "the legend"
        );

        let (status, georgia) = visitor.get("/practices?country=GE").await;
        assert_eq!(status, 200);
        assert!(georgia.contains("2 practices found."));
        for (slug, listed) in [("balconies", true), ("mills", true), ("archive", false)] {
            assert_eq!(
                georgia.contains(&format!("href=\"/practices/{slug}\"")),
                listed,
                "{slug}"
            );
        }

        let (status, home) = visitor.get("/").await;
        assert_eq!(status, 200);
        let featured_at = home
            .find("id=\"featured-practices\"")
            .expect("a featured section");
        let latest_at = home
            .find("id=\"latest-practices\"")
            .expect("a latest section");
        let (featured, latest) = (&home[featured_at..latest_at], &home[latest_at..]);
        assert!(featured.contains("href=\"/practices/balconies\""));
        assert!(!featured.contains("href=\"/practices/mills\""));
        assert!(
            latest.find("href=\"/practices/archive\"") < latest.find("href=\"/practices/mills\"")
        );
        assert!(
            !latest.contains("href=\"/practices/balconies\""),
            "featured ones are not repeated"
        );
        assert!(!home.contains("draft-in-france"));
    }
);

on_both_databases!(
    images_come_in_the_sizes_each_page_needs,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let submission = sent_with_contact_details(&app).await;
        let image = submission_file::Entity::find()
            .filter(submission_file::Column::SubmissionId.eq(submission))
            .filter(submission_file::Column::Kind.eq("image"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let name = image.stored_name.clone();
        let mut image = submission_file::ActiveModel::from(image);
        image.width = Set(Some(2400));
        image.height = Set(Some(1600));
        image.update(&app.db).await.unwrap();
        published(&app, "balconies", "GE", "ngo", "social", "Balconies", 1).await;
        let practice = practice::Entity::find()
            .filter(practice::Column::Slug.eq("balconies"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        shown_image(practice.id, &name)
            .insert(&app.db)
            .await
            .unwrap();

        let visitor = Browser::new(&app);
        let (_, page) = visitor.get("/practices/balconies").await;
        assert!(page.contains(&format!(
            "srcset=\"/uploads/{name}/thumbnail 480w, /uploads/{name}/medium 1200w, /uploads/{name} 2400w\""
        )), "{page}");
        assert!(
            page.contains("width=\"2400\" height=\"1600\""),
            "room kept before it loads"
        );
        let (_, list) = visitor.get("/practices").await;
        assert!(
            list.contains(&format!(
                "<img src=\"/uploads/{name}/thumbnail\" width=\"480\" height=\"320\" alt=\"\""
            )),
            "the card takes the thumbnail"
        );
    }
);

/// The values of the options of the country filter in the filters' HTML.
fn country_choices(filters_html: &str) -> Vec<String> {
    let select = filters_html
        .split(r#"name="country""#)
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .unwrap_or_else(|| panic!("no country filter in {filters_html}"));
    select
        .split(r#"<option value=""#)
        .skip(1)
        .map(|option| option.split('"').next().unwrap_or_default().to_owned())
        .collect()
}
