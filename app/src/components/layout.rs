//! Header, main navigation and footer around every page.

use leptos::prelude::*;
use leptos_router::components::A;

use super::focus_link_target;
use crate::app::SITE_NAME;

const NAVIGATION: [(&str, &str); 5] = [
    ("/", "Home"),
    ("/submit", "Submit a practice"),
    ("/practices", "Practices"),
    ("/workshops", "Workshops"),
    ("/visits", "Visits"),
];

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=focus_link_target>"Skip to main content"</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href="/">{SITE_NAME}</a>
                <MainNavigation />
            </div>
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>"An open call for good practices in cultural heritage across Europe and the Caucasus."</p>
                <ul class="site-footer__links">
                    <li><a href="/privacy">"Privacy"</a></li>
                    <li><a href="/accessibility">"Accessibility"</a></li>
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
            aria-label="Main"
        >
            <button
                type="button"
                class="main-nav__toggle"
                aria-controls="main-nav-links"
                aria-expanded=move || expanded.get().to_string()
                hidden=move || !interactive.get()
                on:click=move |_| expanded.update(|open| *open = !*open)
            >
                "Menu"
            </button>
            <ul id="main-nav-links" class="main-nav__links">
                {NAVIGATION
                    .into_iter()
                    .map(|(href, label)| {
                        view! {
                            <li>
                                <A href=href exact=true on:click=move |_| expanded.set(false)>
                                    {label}
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
