//! HTML the server makes from components that have nothing to hydrate (the home page's
//! sections, a practice's article), so the browser bundle carries none of their code.

use leptos::prelude::*;

/// `view` rendered to HTML, on an owner of its own (it runs inside a server function).
#[cfg(feature = "ssr")]
pub fn server_made_html(view: AnyView) -> String {
    Owner::new().with(|| view.to_html())
}

/// HTML only the server makes, for a part of the page shell that stays as it is once loaded
/// (the footer, the offer of another language): hydration leaves an `inner_html` as the server
/// sent it, so the browser bundle carries none of the part's code.
pub fn server_only(make: impl FnOnce() -> AnyView) -> String {
    #[cfg(feature = "ssr")]
    return server_made_html(make());
    #[cfg(not(feature = "ssr"))]
    {
        drop(make);
        String::new()
    }
}

/// Inserts HTML from [`server_made_html`]. `display: contents`: its elements are the page's.
#[component]
pub fn ServerMadeHtml(html: String) -> impl IntoView {
    view! { <div class="fragment" inner_html=html></div> }
}
