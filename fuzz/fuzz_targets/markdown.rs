//! Markdown typed by staff or applicants, turned into the HTML pages show: it never panics,
//! and what comes out carries no script and no event handler.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|markdown: &str| {
    let html = app::markdown::to_safe_html(markdown).to_ascii_lowercase();
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("javascript:"), "{html}");
    assert!(!html.contains(" onerror="), "{html}");
});
