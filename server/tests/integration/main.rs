//! Integration tests: the real server on a random port, over HTTP, on SQLite and PostgreSQL.
//! One binary, so the whole suite links once.

// A failed unwrap in a test is a failed test with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod attendance;
mod cli;
mod crash;
mod database;
mod fuzz;
mod hardening;
mod health;
mod languages;
mod links;
mod log_secrets;
mod outbox;
mod privacy;
mod publishing;
mod render_hang;
mod review;
mod reviewer_privacy;
mod security;
mod server_messages;
mod site;
mod slow_clients;
mod staff;
mod staff_security;
mod submissions;
mod translations;
mod upload_limits;
mod uploads;
mod visits;
mod wizard;
mod workshop_admin;
mod workshops;
mod workspace;
