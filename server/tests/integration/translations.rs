//! The public texts staff write per language, on SQLite and PostgreSQL: a page shows its
//! language's version, the built-in translation while the English is the built-in text, and
//! otherwise the English marked `lang="en"`; a decision email is in the applicant's language,
//! or in English when there is no version in it; a consent records the language and the
//! version of the privacy notice it was given to.

use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use app::auth::Role;
use app::db::entities::{outbox_email, submission, submission_consent};
use app::i18n::Lang;
use app::submission::SubmissionAnswers;
use app::submission::consents::Consent;
use app::submission::db;
use app::translations::builtin::{self, Text};

use crate::on_both_databases;
use crate::review::{call, signed_in};
use crate::support::TestApp;
use crate::workspace::secret_after;

/// A practice sent from French pages; its id.
async fn sent_in_french(app: &TestApp) -> i32 {
    let mut answers = SubmissionAnswers::default();
    answers.organisation.first_name = "Camille".into();
    answers.organisation.email = "camille@example.fr".into();
    answers.practice.title = "Les balcons de Tbilissi".into();
    let (id, _) = db::create_draft(&app.db, &answers, Utc::now())
        .await
        .unwrap();
    db::set_lang(&app.db, id, Lang::Fr).await.unwrap();
    db::submit(
        &app.db,
        id,
        &answers,
        &[Consent::Processing, Consent::Publication],
        Utc::now(),
        |_| None,
    )
    .await
    .unwrap()
    .unwrap();
    id
}

on_both_databases!(
    a_decision_email_is_in_the_applicants_language_or_else_in_english,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = sent_in_french(&app).await.to_string();
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        // Each decision replaces the held email; the subject and text of the last one.
        let decided = || async {
            assert_eq!(
                call(
                    &admin,
                    &app,
                    "status",
                    &[("id", &id), ("status", "shortlisted")]
                )
                .await
                .0,
                200
            );
            assert_eq!(
                call(
                    &admin,
                    &app,
                    "status",
                    &[("id", &id), ("status", "selected")]
                )
                .await
                .0,
                200
            );
            let held = outbox_email::Entity::find()
                .filter(outbox_email::Column::Status.eq("held"))
                .all(&app.db)
                .await
                .unwrap();
            assert_eq!(held.len(), 1);
            (held[0].subject.clone(), held[0].body_text.clone())
        };
        let template = |lang: &'static str, subject: &'static str, body: &'static str| {
            let admin = &admin;
            let app = &app;
            async move {
                let form = [
                    ("kind", "acceptance"),
                    ("subject", subject),
                    ("body", body),
                    ("lang", lang),
                ];
                let (status, body) = call(admin, app, "template", &form).await;
                assert_eq!(status, 200, "{body}");
            }
        };

        // The built-in French template, with the French manage page.
        let (subject, text) = decided().await;
        let reference = submission::Entity::find_by_id(id.parse::<i32>().unwrap())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .reference
            .unwrap();
        let french = builtin::title(Lang::Fr, Text::Acceptance);
        assert_eq!(subject, french.replace("{reference}", &reference));
        assert!(
            text.starts_with(
                builtin::body(Lang::Fr, Text::Acceptance)
                    .split('{')
                    .next()
                    .unwrap()
            )
        );
        let manage = secret_after(&text, "/fr/manage/");
        assert_eq!(manage.len(), 64);

        // Staff rewrote the English: the built-in French no longer translates it.
        template(
            "en",
            "Selected: {title}",
            "Dear {first_name}, see {manage_link}",
        )
        .await;
        let (subject, text) = decided().await;
        assert_eq!(subject, "Selected: Les balcons de Tbilissi");
        assert!(text.starts_with("Dear Camille, see "), "{text}");
        assert!(text.contains("/fr/manage/"), "the manage page stays French");

        // Until they write the French too.
        template(
            "fr",
            "Sélectionnée : {title}",
            "Bonjour {first_name}, voir {manage_link}",
        )
        .await;
        let (subject, _) = decided().await;
        assert_eq!(subject, "Sélectionnée : Les balcons de Tbilissi");

        // Emptied, the French version is gone: English again.
        template("fr", "", "").await;
        assert_eq!(decided().await.0, "Selected: Les balcons de Tbilissi");

        // A French template is checked as an English one is.
        let form = [
            ("kind", "acceptance"),
            ("subject", "Bonjour {nom}"),
            ("body", "Texte"),
            ("lang", "fr"),
        ];
        assert_eq!(call(&admin, &app, "template", &form).await.0, 422);
    }
);

on_both_databases!(
    a_page_text_shows_in_its_language_the_builtin_translation_or_marked_english,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let page = |address: &'static str| {
            let app = &app;
            async move { app.get(address).await.text().await.unwrap() }
        };
        let german_title = builtin::title(Lang::De, Text::Privacy);
        assert!(
            page("/de/privacy")
                .await
                .contains(&format!("<h1>{german_title}</h1>"))
        );

        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let save = |lang: &'static str, title: &'static str, body: &'static str| {
            let admin = &admin;
            let app = &app;
            async move {
                let form = [
                    ("key", "privacy"),
                    ("title", title),
                    ("body", body),
                    ("lang", lang),
                ];
                call(admin, app, "save_text", &form).await.0
            }
        };
        assert_eq!(
            save("fr", "Vos données", "Nous gardons peu de données.").await,
            200
        );
        let french = page("/fr/privacy").await;
        assert!(french.contains("<h1>Vos données</h1>"), "{french}");
        assert!(french.contains("Nous gardons peu de données."));
        assert!(page("/privacy").await.contains("<h1>Privacy notice</h1>"));

        // The English rewritten: German pages show it, marked as English; French keeps its own.
        assert_eq!(
            save("en", "Our privacy notice", "We keep little data.").await,
            200
        );
        let german = page("/de/privacy").await;
        assert!(
            german.contains("<h1 lang=\"en\">Our privacy notice</h1>"),
            "{german}"
        );
        assert!(page("/fr/privacy").await.contains("<h1>Vos données</h1>"));

        // Half a translation is refused; an empty one removes it.
        assert_eq!(save("fr", "Vos données", "").await, 422);
        assert_eq!(save("fr", "", "").await, 200);
        assert!(
            page("/fr/privacy")
                .await
                .contains("<h1 lang=\"en\">Our privacy notice</h1>")
        );

        // The call's texts: the title in Georgian, on the Georgian home page.
        let form = [
            ("lang", "ka"),
            ("call[title]", "გაგვიზიარეთ თქვენი პრაქტიკა"),
            ("call[introduction]", ""),
            ("call[faq]", ""),
        ];
        let (status, body) = call(&admin, &app, "save_call_texts", &form).await;
        assert_eq!(status, 200, "{body}");
        let georgian = page("/ka").await;
        assert!(
            georgian.contains(">გაგვიზიარეთ თქვენი პრაქტიკა</h1>"),
            "{georgian}"
        );
        let introduction = builtin::body(Lang::Ka, Text::Call);
        let first_words: String = introduction.chars().take(20).collect();
        assert!(
            georgian.contains(&first_words),
            "the built-in Georgian introduction"
        );
    }
);

on_both_databases!(
    a_consent_records_its_language_and_privacy_notice,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let id = sent_in_french(&app).await;
        let consents = submission_consent::Entity::find()
            .filter(submission_consent::Column::SubmissionId.eq(id))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(consents.len(), 2);
        for consent in &consents {
            assert_eq!(consent.lang, "fr");
            assert_eq!(consent.notice_version, "built-in");
        }

        // After staff wrote the French notice, a consent names that version.
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let form = [
            ("key", "privacy"),
            ("title", "Vos données"),
            ("body", "Nous gardons peu de données."),
            ("lang", "fr"),
        ];
        assert_eq!(call(&admin, &app, "save_text", &form).await.0, 200);
        let later = sent_in_french(&app).await;
        let consent = submission_consent::Entity::find()
            .filter(submission_consent::Column::SubmissionId.eq(later))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_ne!(consent.notice_version, "built-in");
        assert!(
            consent.notice_version.starts_with("20"),
            "{}",
            consent.notice_version
        );
    }
);

on_both_databases!(
    a_workshops_french_texts_show_on_french_pages_and_calendars,
    |backend| async move {
        use app::db::entities::workshop;
        use sea_orm::QueryOrder;
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;
        let shown = workshop::Entity::find()
            .filter(workshop::Column::Status.eq("published"))
            .order_by_asc(workshop::Column::StartsAt)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let (id, slug) = (shown.id.to_string(), shown.slug.clone());
        let admin = signed_in(&app, "ada@heritage-hub.example", Role::Admin).await;
        let translate = |texts: Vec<(&'static str, &'static str)>| {
            let (admin, app, id) = (&admin, &app, id.clone());
            async move {
                let mut form = vec![("owner", "Workshop"), ("id", id.as_str()), ("lang", "fr")];
                form.extend(texts);
                call(admin, app, "save_translation", &form).await.0
            }
        };
        // All of a language's texts or none.
        assert_eq!(
            translate(vec![("texts[title]", "Patrimoine et climat")]).await,
            422
        );
        let french = vec![
            ("texts[title]", "Patrimoine et climat"),
            ("texts[theme]", "Environnement"),
            (
                "texts[description]",
                "Comment les villes adaptent leur patrimoine.",
            ),
        ];
        assert_eq!(translate(french).await, 200);

        let page = |address: String| {
            let app = &app;
            async move { app.get(&address).await.text().await.unwrap() }
        };
        let french_page = page(format!("/fr/workshops/{slug}")).await;
        assert!(
            french_page.contains("<h1>Patrimoine et climat</h1>"),
            "{french_page}"
        );
        assert!(french_page.contains(&format!("href=\"/fr/workshops/{slug}/calendar.ics\"")));
        let german_page = page(format!("/de/workshops/{slug}")).await;
        assert!(
            german_page.contains(&format!("<h1 lang=\"en\">{}</h1>", shown.title)),
            "the English, marked: {german_page}"
        );

        let calendar = app.get(&format!("/fr/workshops/{slug}/calendar.ics")).await;
        assert_eq!(calendar.status(), 200);
        let calendar = calendar.text().await.unwrap();
        assert!(
            calendar.contains("SUMMARY:Patrimoine et climat\r\n"),
            "{calendar}"
        );
        assert!(
            calendar.contains(&format!("/fr/workshops/{slug}\r\n")),
            "{calendar}"
        );
        for wrong in ["en", "xx", "FR"] {
            let answer = app
                .get(&format!("/{wrong}/workshops/{slug}/calendar.ics"))
                .await;
            assert_eq!(answer.status(), 404, "/{wrong}/");
        }

        // Emptied, the French is gone.
        let none = vec![
            ("texts[title]", ""),
            ("texts[theme]", ""),
            ("texts[description]", ""),
        ];
        assert_eq!(translate(none).await, 200);
        let french_page = page(format!("/fr/workshops/{slug}")).await;
        assert!(french_page.contains(&format!("<h1 lang=\"en\">{}</h1>", shown.title)));
    }
);
