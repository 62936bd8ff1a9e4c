//! Drafts and submissions in the database, on SQLite and PostgreSQL.

use std::collections::BTreeSet;

use chrono::{Datelike, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use app::db::entities::{submission, submission_consent};
use app::submission::SubmissionAnswers;
use app::submission::consents::{CONSENT_TEXT_VERSION, Consent};
use app::submission::db::{self, status};
use app::submission::token::SecretToken;

use crate::on_both_databases;
use crate::support::TestDatabase;

fn answers(email: &str) -> SubmissionAnswers {
    let mut answers = SubmissionAnswers::default();
    answers.organisation.first_name = "Nino".into();
    answers.organisation.email = email.into();
    answers
}

on_both_databases!(
    a_draft_is_found_only_by_its_secret_and_keeps_what_was_typed,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        let mut typed = answers("Nino.K@Tbilisi.example.GE");
        typed.practice.summary = "ქართული ტექსტი <b>as typed</b>".into();

        let (id, token) = db::create_draft(&db, &typed, Utc::now()).await.unwrap();

        let draft = db::find_by_draft_token(&db, &token)
            .await
            .unwrap()
            .expect("the draft");
        assert_eq!(
            (draft.id, draft.status.as_str(), &draft.answers),
            (id, status::DRAFT, &typed)
        );
        assert_eq!(
            db::find_by_draft_token(&db, &SecretToken::generate())
                .await
                .unwrap(),
            None
        );
        let row = submission::Entity::find_by_id(id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.draft_token_hash, token.hash());
        assert!(
            !format!("{row:?}").contains(token.expose()),
            "the secret itself is never stored"
        );
        assert_eq!(
            row.email.as_deref(),
            Some("nino.k@tbilisi.example.ge"),
            "lower-cased for look-ups"
        );

        typed.organisation.last_name = "Kapanadze".into();
        assert!(
            db::save_draft_answers(&db, id, &typed, Utc::now())
                .await
                .unwrap()
        );
        assert_eq!(
            db::find_by_draft_token(&db, &token)
                .await
                .unwrap()
                .unwrap()
                .answers,
            typed
        );
    }
);

on_both_databases!(
    submitting_numbers_the_draft_and_records_each_consent_once,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        let (id, token) = db::create_draft(&db, &answers("anna@example.org"), Utc::now())
            .await
            .unwrap();
        let now = Utc::now();

        let submitted = db::submit(
            &db,
            id,
            &[Consent::Processing, Consent::Publication],
            now,
            |_| None,
        )
        .await
        .unwrap()
        .unwrap();

        assert_eq!(submitted.reference, format!("EHH-{}-0001", now.year()));
        let draft = db::find_by_draft_token(&db, &token).await.unwrap().unwrap();
        assert_eq!(
            (draft.status.as_str(), draft.reference.as_deref()),
            (status::SUBMITTED, Some(submitted.reference.as_str()))
        );
        let row = submission::Entity::find_by_id(id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.manage_token_hash, Some(submitted.manage_token.hash()));
        let consents = submission_consent::Entity::find()
            .filter(submission_consent::Column::SubmissionId.eq(id))
            .all(&db)
            .await
            .unwrap();
        let recorded: Vec<_> = consents
            .iter()
            .map(|c| (c.consent.as_str(), c.text_version.as_str()))
            .collect();
        assert_eq!(
            recorded,
            [
                ("processing", CONSENT_TEXT_VERSION),
                ("publication", CONSENT_TEXT_VERSION)
            ]
        );

        // Sent is sent: no second number, no more edits through the draft.
        assert!(
            db::submit(&db, id, &[Consent::Processing], Utc::now(), |_| None)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            !db::save_draft_answers(&db, id, &answers("other@example.org"), Utc::now())
                .await
                .unwrap()
        );
        let (second, _) = db::create_draft(&db, &answers("lev@example.org"), Utc::now())
            .await
            .unwrap();
        let next = db::submit(&db, second, &[], now, |_| None)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            next.reference,
            format!("EHH-{}-0002", now.year()),
            "a refused submit used no number"
        );
    }
);

on_both_databases!(
    two_hundred_concurrent_submits_get_two_hundred_distinct_references,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        let mut ids = Vec::new();
        for n in 0..200 {
            ids.push(
                db::create_draft(&db, &answers(&format!("person{n}@example.org")), Utc::now())
                    .await
                    .unwrap()
                    .0,
            );
        }

        let mut submits = tokio::task::JoinSet::new();
        for id in ids {
            let db = db.clone();
            submits.spawn(async move {
                db::submit(&db, id, &[Consent::Processing], Utc::now(), |_| None).await
            });
        }
        let mut references = BTreeSet::new();
        while let Some(result) = submits.join_next().await {
            let submitted = result
                .unwrap()
                .expect("no database error")
                .expect("each draft is submitted");
            references.insert(submitted.reference);
        }

        let year = Utc::now().year();
        let expected: BTreeSet<String> = (1..=200).map(|n| format!("EHH-{year}-{n:04}")).collect();
        assert_eq!(references, expected);
    }
);
