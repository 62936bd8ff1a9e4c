//! Reading and writing a page's address.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The number in route parameter `name` (`/admin/submissions/:id`); 0, which no row has, when it
/// is not a number, so the page answers "not found".
pub fn use_id_param(name: &'static str) -> Memo<i32> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get(name)
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or(0)
    })
}

/// The query part of an address from `pairs`, blank values left out, values percent-encoded
/// (RFC 3986 unreserved characters stay).
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(name, value)| format!("{name}={}", encode(value.trim())))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_values_are_left_out_and_the_rest_encoded() {
        assert_eq!(
            query_string(&[("q", "balcony & roof"), ("theme", " "), ("page", "2")]),
            "q=balcony%20%26%20roof&page=2"
        );
        assert_eq!(query_string(&[("q", "")]), "");
    }
}
