//! Heritage Hub: the pages, server functions and shared types of the open-call site.
//!
//! One folder per capability (`call/`, `gallery/`, `workshops/`, ...), each with its types,
//! its server functions, its pages and, behind `feature = "ssr"`, its database code.
//! Imports flow one way: types → domain → persistence (`db`) ← server functions ← components.

#![recursion_limit = "256"]

pub mod admin;
pub mod app;
pub mod audit;
pub mod auth;
pub mod call;
pub mod components;
pub mod country;
pub mod email;
pub mod error;
pub mod gallery;
pub mod home;
pub mod i18n;
pub mod info;
pub mod manage;
#[cfg(feature = "parsers")]
pub mod markdown;
pub mod notifications;
pub mod outbox;
pub mod privacy;
#[cfg(feature = "ssr")]
pub mod rate_limit;
pub mod review;
#[cfg(feature = "ssr")]
pub mod secret;
pub mod settings;
#[cfg(feature = "ssr")]
pub mod signed_query;
pub mod submission;
pub mod theme;
#[cfg(feature = "ssr")]
pub mod time;
pub mod translations;
pub mod visits;
pub mod workshops;
pub mod written_language;

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod state;

#[cfg(feature = "ssr")]
pub use app::PageNonce;
pub use app::{App, shell};
