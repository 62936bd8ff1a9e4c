//! Integration tests: the real server on a random port, over HTTP, on SQLite and PostgreSQL.
//! One binary, so the whole suite links once.

mod support;

mod cli;
mod health;
mod outbox;
mod site;
