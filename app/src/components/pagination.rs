//! Previous and next links under a paged list; plain links, so paging works without scripts.

use crate::i18n::{t, t_with};
use leptos::prelude::*;

#[component]
pub fn Pagination(
    page: u32,
    pages: u32,
    /// The accessible name of the navigation, such as "Pages of submissions".
    #[prop(into)]
    label: String,
    link: impl Fn(u32) -> String + 'static,
) -> impl IntoView {
    (pages > 1).then(|| {
        view! {
            <nav aria-label=label class="pagination">
                {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">{t("pagination-previous")}</a> })}
                <span>" "{t_with("pagination-page", [("page", page.into()), ("pages", pages.into())])}" "</span>
                {(page < pages).then(|| view! { <a href=link(page + 1) rel="next">{t("pagination-next")}</a> })}
            </nav>
        }
    })
}
