//! UI parts shared by every feature.

mod focus;
mod form;
mod layout;
mod not_found;
mod page;
mod server_data;

pub use focus::focus_link_target;
pub use form::{CheckboxField, ErrorSummary, RadioField, SelectField, TextField, field_id};
pub use layout::Layout;
pub use not_found::NotFound;
pub use page::Page;
pub use server_data::ServerData;
