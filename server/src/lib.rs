//! The Heritage Hub server: configuration, start-up, HTTP plumbing and the command line's tasks.

pub mod body_limit;
pub mod config;
pub mod connections;
pub mod cross_site;
pub mod demo;
pub mod health;
pub mod language_choice;
pub mod page_cache;
pub mod read_deadline;
pub mod redact;
pub mod security_headers;
pub mod server_fn_status;
pub mod server_messages;
pub mod startup;

pub use config::Config;
pub use startup::Application;
