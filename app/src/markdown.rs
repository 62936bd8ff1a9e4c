//! Markdown written by staff, rendered on the server and sanitised before any visitor sees it.

use pulldown_cmark::{Event, Options, Parser, Tag, html};

use crate::i18n::Lang;

/// A page of the site in every language: an address from its root, not a file or a staff page.
fn is_site_page(address: &str) -> bool {
    address.starts_with('/')
        && !address.starts_with("//")
        && !["/uploads/", "/pkg/", "/admin"]
            .iter()
            .any(|start| address.starts_with(start))
        && !address
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .contains('.')
}

/// HTML that is safe to insert: no scripts, no event handlers, no `javascript:` links, and no
/// images: an image in running text has no alt text, credit or licence (and `<img src=x>` makes
/// every visitor's browser ask for `x`); a practice's images come with all three, apart.
pub fn to_safe_html(markdown: &str) -> String {
    to_safe_html_in(markdown, Lang::En)
}

/// [`to_safe_html`] for a page in `lang`: links to the site's own pages (`/workshops`) lead to
/// them in that language (`/fr/workshops`), as every link inside a page does.
pub fn to_safe_html_in(markdown: &str, lang: Lang) -> String {
    let events = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .map(|event| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if is_site_page(&dest_url) => Event::Start(Tag::Link {
            link_type,
            dest_url: lang.href(&dest_url).into(),
            title,
            id,
        }),
        other => other,
    });
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events);
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

    #[test]
    fn links_to_the_sites_pages_keep_the_pages_language() {
        let html = to_safe_html_in(
            "[workshops](/workshops) [a file](/uploads/plan.pdf) [staff](/admin) \
             [elsewhere](https://example.org/workshops) [feed](/practices.atom)",
            Lang::Fr,
        );
        assert!(html.contains(r#"href="/fr/workshops""#), "{html}");
        for kept in [
            "/uploads/plan.pdf",
            "/admin",
            "https://example.org/workshops",
            "/practices.atom",
        ] {
            assert!(
                html.contains(&format!(r#"href="{kept}""#)),
                "{kept}: {html}"
            );
        }
    }
}
