//! `/sitemap.xml` (every public page: the fixed ones, each published workshop and practice) and
//! `/practices.atom` (the published practices), written as XML by hand with every text escaped:
//! both are small, and this keeps them dependency-free.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::db::entities::practice;
use crate::state::AppState;

/// The public pages that always exist.
const PAGES: [&str; 7] = [
    "/",
    "/submit",
    "/practices",
    "/workshops",
    "/visits",
    "/privacy",
    "/accessibility",
];

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

async fn published(state: &AppState) -> Result<Vec<practice::Model>, StatusCode> {
    practice::Entity::find()
        .filter(practice::Column::PublishedAt.is_not_null())
        .order_by_desc(practice::Column::PublishedAt)
        .order_by_asc(practice::Column::Id)
        .all(&state.db)
        .await
        .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)
}

fn xml(content_type: &'static str, body: String) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

pub async fn sitemap(State(state): State<AppState>) -> Response {
    let practices = match published(&state).await {
        Ok(practices) => practices,
        Err(status) => return status.into_response(),
    };
    let base = &state.public_url;
    let workshops = match crate::workshops::db::published_slugs(&state.db).await {
        Ok(slugs) => slugs,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut add = |path: &str, changed: Option<String>| {
        body.push_str(&page_in_every_language(base, path, changed.as_deref()));
    };
    for page in PAGES {
        add(page, None);
    }
    for slug in workshops {
        add(&format!("/workshops/{slug}"), None);
    }
    for practice in practices {
        let changed = practice
            .updated_at
            .or(practice.published_at)
            .unwrap_or(practice.created_at);
        add(
            &format!("/practices/{}", practice.slug),
            Some(changed.format("%Y-%m-%d").to_string()),
        );
    }
    body.push_str("</urlset>\n");
    xml("application/xml; charset=utf-8", body)
}

/// One `<url>` per language of the page at `path`, each naming all of them as alternates.
fn page_in_every_language(base: &str, path: &str, changed: Option<&str>) -> String {
    use crate::i18n::Lang;
    let address = |lang: Lang| escape(&format!("{base}{}", lang.href(path)));
    let mut alternates: String = Lang::ALL
        .into_iter()
        .map(|lang| {
            format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                lang.code(),
                address(lang)
            )
        })
        .collect();
    alternates.push_str(&format!(
        "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
        address(Lang::En)
    ));
    let lastmod = changed
        .map(|day| format!("<lastmod>{day}</lastmod>"))
        .unwrap_or_default();
    Lang::ALL
        .into_iter()
        .map(|lang| {
            format!(
                "  <url><loc>{}</loc>{lastmod}{alternates}</url>\n",
                address(lang)
            )
        })
        .collect()
}

pub async fn atom(State(state): State<AppState>) -> Response {
    let practices = match published(&state).await {
        Ok(practices) => practices,
        Err(status) => return status.into_response(),
    };
    let base = &state.public_url;
    let updated = practices
        .iter()
        .filter_map(|practice| practice.updated_at.or(practice.published_at))
        .max()
        .unwrap_or_else(chrono::Utc::now);
    let mut body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         \x20 <title>European Heritage Hub: good practices</title>\n\
         \x20 <id>{feed}</id>\n\
         \x20 <link rel=\"self\" href=\"{feed}\"/>\n\
         \x20 <link rel=\"alternate\" type=\"text/html\" href=\"{list}\"/>\n\
         \x20 <updated>{updated}</updated>\n\
         \x20 <author><name>European Heritage Hub</name></author>\n",
        feed = escape(&format!("{base}/practices.atom")),
        list = escape(&format!("{base}/practices")),
        updated = updated.to_rfc3339(),
    );
    for practice in practices {
        let link = escape(&format!("{base}/practices/{}", practice.slug));
        let published = practice.published_at.unwrap_or(practice.created_at);
        body.push_str(&format!(
            "  <entry>\n    <title>{title}</title>\n    <id>{link}</id>\n    \
             <link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n    \
             <published>{published}</published>\n    <updated>{updated}</updated>\n    \
             <summary>{summary}</summary>\n    <content type=\"html\">{content}</content>\n  </entry>\n",
            title = escape(&practice.title),
            published = published.to_rfc3339(),
            updated = practice.updated_at.unwrap_or(published).to_rfc3339(),
            summary = escape(&practice.summary),
            // Sanitised HTML, then escaped as the text of an `html` content element.
            content = escape(&crate::markdown::to_safe_html(&practice.body_markdown)),
        ));
    }
    body.push_str("</feed>\n");
    xml("application/atom+xml; charset=utf-8", body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escape("<b>\"Tom\" & 'Jerry'</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;"
        );
    }
}
