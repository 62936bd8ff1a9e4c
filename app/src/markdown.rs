//! Markdown written by staff, rendered on the server and sanitised before any visitor sees it.

use pulldown_cmark::{Options, Parser, html};

/// HTML that is safe to insert: no scripts, no event handlers, no `javascript:` links, and no
/// images: an image in running text has no alt text, credit or licence (and `<img src=x>` makes
/// every visitor's browser ask for `x`); a practice's images come with all three, apart.
pub fn to_safe_html(markdown: &str) -> String {
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(
        &mut unsafe_html,
        Parser::new_ext(
            markdown,
            Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
        ),
    );
    ammonia::Builder::default()
        .rm_tags(["img"])
        .link_rel(Some("noopener noreferrer"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_formatting_and_drops_scripts() {
        let html = to_safe_html(
            "**bold** [ok](https://example.org) [bad](javascript:alert(1))\n\n\
             <script>alert(1)</script><img src=x onerror=alert(1)>",
        );
        assert!(html.contains("<strong>bold</strong>"), "{html}");
        assert!(html.contains(r#"href="https://example.org""#), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        let html = to_safe_html("![](x) ![a map](/uploads/map.png) text");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("text"), "{html}");
    }
}
