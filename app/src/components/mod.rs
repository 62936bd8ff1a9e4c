//! UI parts shared by every feature.

mod chart;
mod focus;
mod form;
mod fragment;
mod layout;
mod local_time;
mod not_found;
mod page;
mod pagination;
mod params;
mod server_data;

pub use chart::{Bar, BarChart, ColumnChart};
pub use focus::focus_link_target;
pub use form::{
    CheckboxField, ErrorSummary, RadioField, SelectField, TextField, field_id, raw_element_text,
};
#[cfg(feature = "ssr")]
pub use fragment::server_made_html;
pub use fragment::{ServerMadeHtml, server_only};
pub use layout::Layout;
pub use local_time::{LocalTime, fill_local_times};
pub use not_found::{NotFound, answer_not_found};
pub use page::Page;
pub use pagination::Pagination;
pub use params::{query_string, use_id_param};
pub use server_data::ServerData;
