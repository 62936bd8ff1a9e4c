//! The page for an address that leads nowhere, answered with status 404.

use leptos::prelude::*;

use super::Page;

/// Answers the page being rendered with status 404.
pub fn answer_not_found() {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    answer_not_found();
    view! {
        <Page title="Page not found" narrow=true>
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p>"You can:"</p>
            <ul>
                <li><a href="/">"go to the home page and read about the open call"</a>,</li>
                <li><a href="/practices">"browse the selected good practices"</a>, or</li>
                <li><a href="/workshops">"see the upcoming online workshops"</a>.</li>
            </ul>
        </Page>
    }
}
