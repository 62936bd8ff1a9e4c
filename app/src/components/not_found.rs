//! The page for an address that leads nowhere, answered with status 404.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text="Page not found" />
        <article class="page page--narrow">
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p>"You can:"</p>
            <ul>
                <li><a href="/">"go to the home page and read about the open call"</a>,</li>
                <li><a href="/practices">"browse the selected good practices"</a>, or</li>
                <li><a href="/workshops">"see the upcoming online workshops"</a>.</li>
            </ul>
        </article>
    }
}
