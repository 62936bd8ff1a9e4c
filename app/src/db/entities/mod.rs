//! One file per table. Rows are not wire types: each feature converts them into its own DTOs.

pub mod audit_entry;
pub mod call_settings;
pub mod email_template;
pub mod manage_link;
pub mod outbox_email;
pub mod practice;
pub mod practice_file;
pub mod reference_counter;
pub mod review_score;
pub mod sign_in_attempt;
pub mod site_text;
pub mod staff_session;
pub mod staff_user;
pub mod submission;
pub mod submission_access;
pub mod submission_consent;
pub mod submission_file;
pub mod translated_text;
pub mod visit;
pub mod visit_application;
pub mod workshop;
pub mod workshop_registration;
