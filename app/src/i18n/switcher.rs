//! The language switcher on every public page and the offer of the visitor's own language.
//!
//! Both are plain links that load the other page in full (`rel="external"`): a page carries
//! one language's messages. Each link asks the server to remember the choice
//! (`?lang=`, see `server::language_choice`), which answers with the clean address.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::{CHOOSE_PARAMETER, Lang, t, use_i18n};

/// The address of the page being shown in `lang`, asking the server to remember the choice.
fn same_page_in(lang: Lang, path: &str, search: &str) -> String {
    let (_, english_path) = Lang::split_path(path);
    let search = search.trim_start_matches('?');
    let separator = if search.is_empty() { "?" } else { "&" };
    let search = if search.is_empty() {
        String::new()
    } else {
        format!("?{search}")
    };
    format!(
        "{}{search}{separator}{CHOOSE_PARAMETER}={}",
        lang.href(english_path),
        lang.code()
    )
}

/// Staff pages are English only.
fn is_public(path: &str) -> bool {
    path != "/admin" && !path.starts_with("/admin/")
}

/// The links go in as markup the code writes itself: the same links as a typed view cost the
/// first load of every page about 5 KB (brotli) of rendering code.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let current = use_i18n().lang;
    let location = use_location();
    let links = move || {
        let (path, search) = (location.pathname.get(), location.search.get());
        let mut html = String::from("<ul>");
        for lang in Lang::ALL {
            let current = if lang == current {
                r#" aria-current="true""#
            } else {
                ""
            };
            html.push_str(&format!(
                r#"<li><a href="{}" hreflang="{code}" lang="{code}" rel="external"{current}>{}</a></li>"#,
                escape(&same_page_in(lang, &path, &search)),
                lang.native_name(),
                code = lang.code(),
            ));
        }
        html + "</ul>"
    };
    view! {
        <nav
            class="language-switcher"
            aria-label=t("language-switcher-label")
            hidden=move || !is_public(&location.pathname.get())
            inner_html=links
        ></nav>
    }
}

/// A note for a visitor whose preferred language is not the page's: in their language, with a
/// link to this page in it and one to stay. Made on the server only (see
/// `components::server_only`): the browser keeps it as it came.
#[component]
pub fn LanguageOffer() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let offer = i18n.offer.clone()?;
    let path = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    is_public(&path).then(|| {
        view! {
            <aside class="language-offer" aria-label=t("language-offer-label")>
                <p lang=offer.lang.code()>
                    {offer.text}" "
                    <a href=same_page_in(offer.lang, &path, &search) hreflang=offer.lang.code() rel="external">
                        {offer.action}
                    </a>
                </p>
                <p>
                    <a href=same_page_in(i18n.lang, &path, &search) rel="external">
                        {t("language-offer-stay")}
                    </a>
                </p>
            </aside>
        }
    })
}

/// Text for HTML, also inside an attribute's quotes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_page_in_another_language() {
        assert_eq!(
            same_page_in(Lang::Fr, "/practices", "?theme=digital"),
            "/fr/practices?theme=digital&lang=fr"
        );
        assert_eq!(
            same_page_in(Lang::En, "/ka/submit/organisation", ""),
            "/submit/organisation?lang=en"
        );
        assert_eq!(same_page_in(Lang::Hy, "/ka", ""), "/hy?lang=hy");
        assert_eq!(same_page_in(Lang::De, "/", ""), "/de?lang=de");
    }

    #[test]
    fn an_address_cannot_break_out_of_its_attribute() {
        assert_eq!(
            escape(r#"/practices?q="><script>&x"#),
            "/practices?q=&quot;&gt;&lt;script&gt;&amp;x"
        );
    }
}
