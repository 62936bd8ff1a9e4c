//! Header, main navigation and footer around every page.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{ServerMadeHtml, focus_link_target, server_only};
use crate::app::SITE_NAME;
use crate::i18n::{LanguageOffer, LanguageSwitcher, localized, t};

/// Each link's English address and its message.
const NAVIGATION: [(&str, &str); 5] = [
    ("/", "nav-home"),
    ("/submit", "nav-submit"),
    ("/practices", "nav-practices"),
    ("/workshops", "nav-workshops"),
    ("/visits", "nav-visits"),
];

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=focus_link_target>{t("skip-link")}</a>
        <ServerMadeHtml html=server_only(|| view! { <LanguageOffer /> }.into_any()) />
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href=localized("/")>{SITE_NAME}</a>
                <MainNavigation />
                <LanguageSwitcher />
            </div>
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <ServerMadeHtml html=server_only(|| view! { <Footer /> }.into_any()) />
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{t("footer-about")}</p>
                <ul class="site-footer__links">
                    <li><a href=localized("/privacy")>{t("footer-privacy")}</a></li>
                    <li><a href=localized("/accessibility")>{t("footer-accessibility")}</a></li>
                </ul>
            </div>
        </footer>
    }
}

/// Without JavaScript every link is always shown. Once the page is interactive, narrow screens
/// fold the links behind a Menu button.
#[component]
fn MainNavigation() -> impl IntoView {
    let interactive = RwSignal::new(false);
    let expanded = RwSignal::new(false);
    Effect::new(move |_| interactive.set(true));

    view! {
        <nav
            class="main-nav"
            class:main-nav--collapsible=interactive
            class:main-nav--open=expanded
            aria-label=t("nav-label")
        >
            <button
                type="button"
                class="main-nav__toggle"
                aria-controls="main-nav-links"
                aria-expanded=move || expanded.get().to_string()
                hidden=move || !interactive.get()
                on:click=move |_| expanded.update(|open| *open = !*open)
            >
                {t("nav-menu")}
            </button>
            <ul id="main-nav-links" class="main-nav__links">
                {NAVIGATION
                    .into_iter()
                    .map(|(href, label)| {
                        view! {
                            <li>
                                <A href=localized(href) exact=true on:click=move |_| expanded.set(false)>
                                    {t(label)}
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
