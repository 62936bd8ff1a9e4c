//! The frame of an ordinary page: its title (in the tab and as the heading) and an optional lead.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Page(
    #[prop(into)] title: String,
    #[prop(optional, into)] lead: Option<String>,
    /// A reading-width column, for pages of running text.
    #[prop(optional)]
    narrow: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <Title text=title.clone() />
        <article class="page" class:page--narrow=narrow>
            <h1>{title}</h1>
            {lead.map(|lead| view! { <p class="lead">{lead}</p> })}
            {children()}
        </article>
    }
}
