//! The page for an address that leads nowhere, answered with status 404.

use leptos::prelude::*;

use super::Page;
use crate::i18n::{localized, t};

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
        <Page title=t("not-found-title") narrow=true>
            <p>{t("not-found-text")}</p>
            <p>{t("not-found-you-can")}</p>
            <ul>
                <li><a href=localized("/")>{t("not-found-home")}</a></li>
                <li><a href=localized("/practices")>{t("not-found-practices")}</a></li>
                <li><a href=localized("/workshops")>{t("not-found-workshops")}</a></li>
            </ul>
        </Page>
    }
}
