//! Previous and next links under a paged list; plain links, so paging works without scripts.

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
                {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">"Previous page"</a> })}
                <span>{format!(" Page {page} of {pages} ")}</span>
                {(page < pages).then(|| view! { <a href=link(page + 1) rel="next">"Next page"</a> })}
            </nav>
        }
    })
}
