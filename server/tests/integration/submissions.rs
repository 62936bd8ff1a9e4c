//! Drafts and submissions in the database, on SQLite and PostgreSQL.

use std::collections::BTreeSet;

use chrono::{Datelike, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use app::db::entities::{submission, submission_access, submission_consent};
use app::secret::SecretToken;
use app::submission::SubmissionAnswers;
use app::submission::access::{AccessKind, AccessUse};
use app::submission::consents::{CONSENT_TEXT_VERSION, Consent};
use app::submission::db::{self, status};

use crate::on_both_databases;
use crate::support::TestDatabase;

const LIFETIME: chrono::TimeDelta = chrono::TimeDelta::days(90);

/// The submission `token` opens for `wanted` now.
async fn opened(
    db: &sea_orm::DatabaseConnection,
    token: &SecretToken,
    wanted: AccessUse,
) -> Option<db::Draft> {
    db::find_by_token(db, token, wanted, Utc::now(), LIFETIME)
        .await
        .unwrap()
        .map(|opened| opened.draft)
}

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

        let draft = opened(&db, &token, AccessUse::Wizard)
            .await
            .expect("the draft");
        assert_eq!(
            (draft.id, draft.status.as_str(), &draft.answers),
            (id, status::DRAFT, &typed)
        );
        assert_eq!(
            opened(&db, &SecretToken::generate(), AccessUse::Wizard).await,
            None
        );
        let row = submission::Entity::find_by_id(id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        let access = submission_access::Entity::find()
            .filter(submission_access::Column::SubmissionId.eq(id))
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(access.token_hash, token.hash());
        assert!(
            !format!("{row:?}{access:?}").contains(token.expose()),
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
            opened(&db, &token, AccessUse::Wizard)
                .await
                .unwrap()
                .answers,
            typed
        );

        // Links emailed to the applicant open the same draft, and the browser's cookie keeps
        // working beside them.
        let address = Some("nino.k@tbilisi.example.ge");
        let emailed = db::add_access(&db, id, AccessKind::ResumeLink, address, Utc::now())
            .await
            .unwrap();
        let again = db::add_access(&db, id, AccessKind::ResumeLink, address, Utc::now())
            .await
            .unwrap();
        for link in [&emailed, &again] {
            let draft = opened(&db, link, AccessUse::OpenEmailedLink).await;
            assert_eq!(draft.unwrap().id, id);
        }
        assert_eq!(opened(&db, &token, AccessUse::Wizard).await.unwrap().id, id);
        // A link is not a cookie, and a cookie is not a link.
        assert_eq!(opened(&db, &emailed, AccessUse::Wizard).await, None);
        assert_eq!(opened(&db, &token, AccessUse::OpenEmailedLink).await, None);
    }
);

on_both_databases!(
    submitting_numbers_the_draft_and_records_each_consent_once,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let db = database.connect().await;
        let sent_answers = answers("anna@example.org");
        let (id, token) = db::create_draft(&db, &sent_answers, Utc::now())
            .await
            .unwrap();
        let now = Utc::now();

        let submitted = db::submit(
            &db,
            id,
            &sent_answers,
            &[Consent::Processing, Consent::Publication],
            now,
            |_| None,
        )
        .await
        .unwrap()
        .unwrap();

        assert_eq!(submitted.reference, format!("EHH-{}-0001", now.year()));
        assert_eq!(
            opened(&db, &token, AccessUse::Wizard).await,
            None,
            "sending revokes the browser's cookie"
        );
        let managed = opened(&db, &submitted.manage_token, AccessUse::Manage)
            .await
            .expect("the manage link opens the submission");
        assert_eq!(
            (
                managed.id,
                managed.status.as_str(),
                managed.reference.as_deref()
            ),
            (id, status::SUBMITTED, Some(submitted.reference.as_str()))
        );
        assert_eq!(managed.submitted_answers.as_ref(), Some(&sent_answers));
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

        // Sent is sent: no second number. Changes go to the working copy until they are sent.
        assert!(
            db::submit(
                &db,
                id,
                &sent_answers,
                &[Consent::Processing],
                Utc::now(),
                |_| None
            )
            .await
            .unwrap()
            .is_none()
        );
        let mut changed = answers("anna@example.org");
        changed.organisation.last_name = "Petrosyan".into();
        assert!(
            db::save_draft_answers(&db, id, &changed, Utc::now())
                .await
                .unwrap()
        );
        let manage = &submitted.manage_token;
        let draft = opened(&db, manage, AccessUse::Manage).await.unwrap();
        assert_eq!(
            (&draft.answers, draft.submitted_answers.as_ref()),
            (&changed, Some(&sent_answers))
        );
        assert!(
            db::send_changes(&db, id, "EHH-2026-0001", &changed, Utc::now())
                .await
                .unwrap()
        );
        let draft = opened(&db, manage, AccessUse::Manage).await.unwrap();
        assert_eq!(draft.submitted_answers.as_ref(), Some(&changed));
        // The manage link went to anna@: once the applicant's address is another, it opens
        // nothing.
        let moved = answers("anna.new@example.org");
        assert!(
            db::save_draft_answers(&db, id, &moved, Utc::now())
                .await
                .unwrap()
        );
        assert_eq!(opened(&db, manage, AccessUse::Manage).await, None);
        assert!(
            db::save_draft_answers(&db, id, &changed, Utc::now())
                .await
                .unwrap()
        );

        // Withdrawn is final.
        assert!(db::withdraw(&db, id, Utc::now()).await.unwrap());
        assert!(
            !db::save_draft_answers(&db, id, &changed, Utc::now())
                .await
                .unwrap()
        );
        assert!(
            !db::send_changes(&db, id, "EHH-2026-0001", &changed, Utc::now())
                .await
                .unwrap()
        );

        let lev = answers("lev@example.org");
        let (second, _) = db::create_draft(&db, &lev, Utc::now()).await.unwrap();
        let next = db::submit(&db, second, &lev, &[], now, |_| None)
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
                let answers = SubmissionAnswers::default();
                db::submit(
                    &db,
                    id,
                    &answers,
                    &[Consent::Processing],
                    Utc::now(),
                    |_| None,
                )
                .await
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
