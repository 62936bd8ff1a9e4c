//! The reliability hang, on SQLite and PostgreSQL: finding the app's routes switches off every
//! resource in the process while it runs (leptos-rs/leptos#4773), so a page rendered by one
//! server while another one starts used to wait for ever (until the read deadline's second
//! render, 5 s later). The routes are now found once per process.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use server::Application;

use crate::on_both_databases;
use crate::support::TestApp;

/// Far above a page's time here, and below the read deadline's first try (5 s), after which
/// a hung render would be tried again and hide the hang.
const PROMPT: Duration = Duration::from_secs(4);

on_both_databases!(
    pages_answer_promptly_while_other_servers_start,
    |backend| async move {
        let app = Arc::new(TestApp::spawn(backend).await);
        app.seed_demo().await;
        let config = app.database.config(&[]);
        let done = Arc::new(AtomicBool::new(false));
        let starting = tokio::spawn({
            let done = done.clone();
            async move {
                let mut started = 0;
                while !done.load(Ordering::Relaxed) {
                    drop(Application::build(config.clone()).await.unwrap());
                    started += 1;
                }
                started
            }
        });

        let readers = (0..3).map(|_| {
            let app = app.clone();
            tokio::spawn(async move {
                let mut slow = Vec::new();
                let until = Instant::now() + Duration::from_secs(12);
                while Instant::now() < until {
                    for path in ["/", "/practices", "/workshops", "/visits", "/submit"] {
                        let started = Instant::now();
                        let response = app.get(path).await;
                        assert_eq!(response.status(), 200, "{path}");
                        response.text().await.unwrap();
                        if started.elapsed() >= PROMPT {
                            slow.push((path, started.elapsed()));
                        }
                    }
                }
                slow
            })
        });
        let slow: Vec<_> = futures_util::future::join_all(readers)
            .await
            .into_iter()
            .flat_map(Result::unwrap)
            .collect();
        done.store(true, Ordering::Relaxed);
        let started = starting.await.unwrap();
        assert!(started >= 3, "only {started} servers started meanwhile");
        assert_eq!(slow, Vec::new(), "pages that hung");
    }
);
