//! Markdown typed by staff or applicants, turned into the HTML pages show: it never panics,
//! and no tag that comes out is a script, carries an event handler or links to `javascript:`.
//! (Text may say all of these; in text a `<` is always escaped, so only tags start with one.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|markdown: &str| {
    let html = app::markdown::to_safe_html(markdown).to_ascii_lowercase();
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        assert!(!tag.starts_with("script"), "{html}");
        assert!(!tag.contains("javascript:"), "{html}");
        let handler = tag
            .split_whitespace()
            .skip(1)
            .any(|attribute| attribute.starts_with("on") && attribute.contains('='));
        assert!(!handler, "{html}");
    }
});
