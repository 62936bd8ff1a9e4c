//! The six languages, on SQLite and PostgreSQL: every public page answers under each
//! language's prefix with its `lang`, its switcher and its `hreflang` alternates; the switcher's
//! choice is remembered; a browser's preferred language is offered; no English sentence shows
//! on a Georgian page.

use std::collections::BTreeSet;

use app::i18n::{I18n, Lang, Piece, catalogue::catalogue};
use app::translations::builtin::{self, Text};

use crate::on_both_databases;
use crate::support::{TestApp, TestDatabase};

/// The `href`s of a page's links, in order.
fn links(html: &str) -> Vec<String> {
    html.split("<a ")
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>')?];
            let start = tag.find("href=\"")? + 6;
            let end = start + tag[start..].find('"')?;
            Some(tag[start..end].replace("&amp;", "&"))
        })
        .collect()
}

/// The site's public pages as English addresses, found by following the links from the home
/// page (a page added later is found the same way).
async fn public_pages(app: &TestApp) -> BTreeSet<String> {
    let mut found = BTreeSet::from(["/".to_owned()]);
    let mut queue = vec!["/".to_owned()];
    while let Some(path) = queue.pop() {
        let html = app.get(&path).await.text().await.unwrap();
        for link in links(&html) {
            let path = link.split(['?', '#']).next().unwrap_or_default().to_owned();
            let page = path.starts_with('/')
                && !path.starts_with("/admin")
                && !path.starts_with("/uploads/")
                && !path.starts_with("/pkg/")
                && !path.contains('.');
            let (_, english) = Lang::split_path(&path);
            if page && found.insert(english.to_owned()) {
                queue.push(english.to_owned());
            }
        }
    }
    found
}

fn english_sentences() -> BTreeSet<String> {
    let english = catalogue(Lang::En);
    let georgian = catalogue(Lang::Ka);
    english
        .all
        .iter()
        .filter(|(key, pattern)| georgian.all.get(*key) != Some(pattern))
        .flat_map(|(_, pattern)| texts(pattern))
        // The built-in page texts' titles, whose Georgian versions the pages show.
        .chain(BUILTIN_TITLES.map(|text| builtin::title(Lang::En, text).to_owned()))
        // The site's name is a name in every language.
        .filter(|text| text.split_whitespace().count() >= 2 && text != app::app::SITE_NAME)
        .collect()
}

const BUILTIN_TITLES: [Text; 4] = [Text::Home, Text::Privacy, Text::Accessibility, Text::Call];

fn texts(pattern: &[Piece]) -> Vec<String> {
    pattern
        .iter()
        .flat_map(|piece| match piece {
            Piece::Text(text) => vec![text.trim().to_owned()],
            Piece::Argument { .. } => vec![],
            Piece::Select { variants, .. } => variants
                .iter()
                .flat_map(|(_, pattern)| texts(pattern))
                .collect(),
        })
        .collect()
}

/// The page without the elements marked as English: texts staff have not written in this
/// language yet, shown in English on purpose (with their own links to English pages).
fn without_english_content(html: &str) -> String {
    let mut kept = String::new();
    let mut rest = html;
    let mut skip_until: Option<String> = None;
    while let Some(open) = rest.find('<') {
        let close = rest[open..]
            .find('>')
            .map_or(rest.len(), |at| open + at + 1);
        let tag = &rest[open..close];
        if skip_until.is_none() {
            kept.push_str(&rest[..open]);
        }
        match &skip_until {
            Some(end) if tag.starts_with(end.as_str()) => skip_until = None,
            Some(_) => {}
            None if tag.contains(" lang=\"en\"")
                && !tag.starts_with("<a ")
                && !tag.starts_with("<html") =>
            {
                let name = tag[1..].split([' ', '>']).next().unwrap_or_default();
                skip_until = Some(format!("</{name}>"));
            }
            None => kept.push_str(tag),
        }
        rest = &rest[close..];
    }
    kept.push_str(rest);
    kept
}

/// What a reader sees: the text between tags, outside scripts, the head and English content.
fn visible_text(html: &str) -> String {
    let html = without_english_content(html);
    let body = &html[html.find("<body").unwrap_or(0)..];
    let mut text = String::new();
    let mut in_script = false;
    for (index, part) in body.split('<').enumerate() {
        let (tag, after) = if index == 0 {
            ("", part)
        } else {
            part.split_once('>').unwrap_or((part, ""))
        };
        if tag.starts_with("script") {
            in_script = true;
        } else if tag.starts_with("/script") {
            in_script = false;
        }
        if !in_script {
            text.push_str(after);
            text.push(' ');
        }
    }
    text.replace("&amp;", "&")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
}

on_both_databases!(
    every_public_page_answers_in_every_language,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;
        let pages = public_pages(&app).await;
        for expected in [
            "/",
            "/practices",
            "/workshops",
            "/visits",
            "/privacy",
            "/submit",
        ] {
            assert!(
                pages.contains(expected),
                "{expected} was not found from the home page: {pages:?}"
            );
        }
        assert!(pages.iter().any(|page| page.starts_with("/practices/")));
        assert!(pages.iter().any(|page| page.starts_with("/workshops/")));

        for page in &pages {
            for lang in Lang::ALL {
                let address = lang.href(page);
                let response = app.get(&address).await;
                assert_eq!(response.status(), 200, "{address}");
                let html = response.text().await.unwrap();
                assert!(
                    html.contains(&format!("<html lang=\"{}\"", lang.code())),
                    "{address}: lang"
                );
                let found = links(&without_english_content(&html));
                for other in Lang::ALL {
                    let switch = format!("{}?lang={}", other.href(page), other.code());
                    assert!(
                        found.contains(&switch),
                        "{address} lacks the switcher's {switch}"
                    );
                    let alternate = format!("hreflang=\"{}\" href=\"", other.code());
                    let head = &html[..html.find("</head>").unwrap()];
                    let at = head
                        .find(&alternate)
                        .unwrap_or_else(|| panic!("{address}: no {alternate}"));
                    let href = &head[at + alternate.len()..];
                    assert!(
                        href.starts_with("http")
                            && href[..href.find('"').unwrap()].ends_with(&other.href(page)),
                        "{address}: {alternate}"
                    );
                }
                // Links inside the page keep its language.
                if lang != Lang::En {
                    let prefix = format!("/{}", lang.code());
                    for link in found
                        .iter()
                        .filter(|link| link.starts_with('/') && !link.contains("lang="))
                    {
                        let english_only = [
                            "/uploads/",
                            "/pkg/",
                            "/manage/",
                            "/admin",
                            "/practices.atom",
                        ];
                        if !english_only.iter().any(|start| link.starts_with(start)) {
                            assert!(link.starts_with(&prefix), "{address} links to {link}");
                        }
                    }
                }
            }
        }
    }
);

on_both_databases!(
    no_english_sentence_shows_on_a_georgian_page,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;
        let english = english_sentences();
        let mut pages: Vec<String> = public_pages(&app).await.into_iter().collect();
        pages.push("/no-such-page".to_owned());
        for page in pages {
            let address = Lang::Ka.href(&page);
            let html = app.get(&address).await.text().await.unwrap();
            let seen = visible_text(&html);
            let leaks: Vec<_> = english
                .iter()
                .filter(|sentence| seen.contains(sentence.as_str()))
                .collect();
            assert!(leaks.is_empty(), "{address} shows English: {leaks:?}");
            // A message the catalogue lacks shows as its key.
            let keys: Vec<_> = catalogue(Lang::En)
                .all
                .keys()
                .filter(|key| seen.split_whitespace().any(|word| word == key.as_str()))
                .collect();
            assert!(keys.is_empty(), "{address} shows message keys: {keys:?}");
        }
    }
);

on_both_databases!(
    the_switcher_remembers_the_choice_and_browsers_are_offered_theirs,
    |backend| async move {
        let app = TestApp::spawn(backend).await;

        let response = app.get("/ka/practices?theme=digital&lang=ka").await;
        assert_eq!(response.status(), 303);
        assert_eq!(
            response.headers()["location"],
            "/ka/practices?theme=digital"
        );
        let cookie = response.headers()["set-cookie"].to_str().unwrap();
        assert!(
            cookie.starts_with("hh_lang=ka; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"),
            "{cookie}"
        );

        let page = |path: &'static str, header: &'static str, value: &'static str| {
            let request = app
                .client
                .get(format!("{}{path}", app.address))
                .header(header, value);
            async move { request.send().await.unwrap().text().await.unwrap() }
        };
        let offer = |lang: Lang| I18n::new(lang).text("language-offer", &[]);

        // The remembered choice is offered on a page in another language, in its own words.
        let english_home = page("/", "cookie", "hh_lang=ka").await;
        assert!(english_home.contains(&offer(Lang::Ka)));
        assert!(links(&english_home).contains(&"/ka?lang=ka".to_owned()));
        assert!(links(&english_home).contains(&"/?lang=en".to_owned()));
        assert!(
            !page("/ka", "cookie", "hh_lang=ka")
                .await
                .contains("class=\"language-offer\"")
        );
        // A browser that prefers French is offered French; one that prefers Spanish nothing.
        assert!(
            page("/practices", "accept-language", "fr-BE,fr;q=0.9,en;q=0.5")
                .await
                .contains(&offer(Lang::Fr))
        );
        assert!(
            !page("/fr/practices", "accept-language", "fr")
                .await
                .contains("class=\"language-offer\"")
        );
        assert!(
            !page("/", "accept-language", "es-ES,es")
                .await
                .contains("class=\"language-offer\"")
        );
        // Having chosen English, a French browser is not asked again.
        assert!(
            !page("/", "cookie", "hh_lang=en")
                .await
                .contains("class=\"language-offer\"")
        );
    }
);

on_both_databases!(
    only_the_sites_languages_are_prefixes,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let site = database.folder.join("site");
        std::fs::create_dir_all(&site).unwrap();
        std::fs::write(
            site.join("favicon.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        )
        .unwrap();
        let app = TestApp::spawn_on(database, &[]).await;
        for path in ["/xx/practices", "/en/practices", "/fr/admin", "/frites"] {
            assert_eq!(app.get(path).await.status(), 404, "{path}");
        }
        let not_found = app.get("/de/nothing-here").await.text().await.unwrap();
        assert!(not_found.contains("<html lang=\"de\""));
        assert!(not_found.contains(&I18n::new(Lang::De).text("not-found-title", &[])));
        // Files at the site's root are still files.
        let favicon = app.get("/favicon.svg").await;
        assert_eq!(favicon.status(), 200);
        assert!(
            favicon.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("image/svg")
        );
        // Staff pages stay English and hide the switcher.
        let sign_in = app.get("/admin/login").await.text().await.unwrap();
        assert!(sign_in.contains("<html lang=\"en\""));
        let switcher = sign_in
            .split("<nav")
            .map(|tag| &tag[..tag.find('>').unwrap_or(tag.len())])
            .find(|tag| tag.contains("language-switcher"))
            .unwrap();
        assert!(switcher.contains(" hidden"), "{switcher}");
    }
);

on_both_databases!(
    a_draft_started_in_azerbaijani_gets_its_resume_email_in_azerbaijani,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = crate::support::Browser::new(&app);
        let mut form: Vec<(String, String)> = vec![
            ("step".into(), "organisation".into()),
            ("lang".into(), "az".into()),
        ];
        form.extend(
            crate::wizard::ORGANISATION.iter().map(|(field, value)| {
                (format!("answers[organisation][{field}]"), value.to_string())
            }),
        );
        let response = browser
            .post_form("/api/save_step", "/az/submit", &form)
            .await;
        assert_eq!(response.status(), 302);
        let next = response.headers()["location"].to_str().unwrap();
        assert!(
            next.starts_with("/az/submit/"),
            "the next step stays in Azerbaijani: {next}"
        );

        let emails = crate::wizard::outbox(&app).await;
        assert_eq!(emails.len(), 1);
        let azerbaijani = I18n::new(Lang::Az);
        assert_eq!(
            emails[0].subject,
            azerbaijani.text("email-resume-subject", &[])
        );
        assert_ne!(
            emails[0].subject,
            I18n::new(Lang::En).text("email-resume-subject", &[])
        );
        let link = crate::wizard::link_in(&emails[0], "/az/submit?draft=");
        // The link opens the draft in Azerbaijani, in a browser of its own.
        let other = crate::support::Browser::new(&app);
        let opened = other.navigate(&link[link.find("/az/").unwrap()..]).await;
        assert_eq!(opened.status(), 303);
        let location = opened.headers()["location"].to_str().unwrap();
        assert!(location.starts_with("/az/submit/"), "{location}");
    }
);

on_both_databases!(
    a_registration_in_armenian_gets_its_emails_in_armenian,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        crate::workshops::open_workshop(&app.db, 1).await;
        let client = crate::workshops::client();
        for email in ["ani@gyumri.example.am", "aram@yerevan.example.am"] {
            let mut form = crate::workshops::sign_up_form(email);
            form.push(("lang", "hy".into()));
            let response = client
                .post(format!("{}/api/register_for_workshop", app.address))
                .header("accept", "text/html")
                .header(
                    "referer",
                    format!("{}/hy/workshops/climate-stories", app.address),
                )
                .form(&form)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 302);
            let location = response.headers()["location"].to_str().unwrap();
            assert!(
                location.starts_with("/hy/workshops/climate-stories?signed_up="),
                "{location}"
            );
        }
        let armenian = I18n::new(Lang::Hy);
        let subject = |key: &str| {
            armenian.text(
                key,
                &[("title".to_owned(), "Heritage and climate adaptation".into())],
            )
        };
        let first = crate::attendance::emails_to(&app.db, "ani@gyumri.example.am").await;
        assert_eq!(first[0].subject, subject("email-seat-confirmed-subject"));
        assert!(
            first[0].body_text.contains("/hy/manage/"),
            "the manage link is in Armenian"
        );
        let second = crate::attendance::emails_to(&app.db, "aram@yerevan.example.am").await;
        assert_eq!(second[0].subject, subject("email-waiting-subject"));

        // The first gives up the seat: the second is promoted, in Armenian.
        let token = crate::attendance::manage_token(&first[0]);
        let response = client
            .post(format!("{}/api/cancel_workshop_registration", app.address))
            .header("accept", "text/html")
            .form(&[
                ("token", token.as_str()),
                ("confirm", "yes"),
                ("lang", "hy"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 302);
        let second = crate::attendance::emails_to(&app.db, "aram@yerevan.example.am").await;
        let promoted = second.last().unwrap();
        assert_eq!(promoted.subject, subject("email-seat-promoted-subject"));

        // A day before, the reminder, in Armenian too.
        let the_day_before =
            chrono::Utc::now() + chrono::TimeDelta::days(14) - chrono::TimeDelta::hours(2);
        app::workshops::reminders::queue_due(&app.db, the_day_before, &app.address)
            .await
            .unwrap();
        let second = crate::attendance::emails_to(&app.db, "aram@yerevan.example.am").await;
        assert_eq!(
            second.last().unwrap().subject,
            subject("email-seat-reminder-subject")
        );
        assert_ne!(
            promoted.subject,
            I18n::new(Lang::En).text(
                "email-seat-promoted-subject",
                &[("title".to_owned(), "Heritage and climate adaptation".into())]
            )
        );
    }
);
