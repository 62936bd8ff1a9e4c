//! In-page links (`#id`) that move focus to their target, as browsers do without JavaScript.
//! Once the page is hydrated the router handles every link click, and for a fragment it only
//! scrolls, so keyboard and screen-reader users would be left where they were.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// An `on:click` handler for `<a href="#id">` links.
pub fn focus_link_target(event: leptos::ev::MouseEvent) {
    let target = event
        .current_target()
        .and_then(|link| link.dyn_into::<leptos::web_sys::Element>().ok())
        .and_then(|link| link.get_attribute("href"))
        .and_then(|href| href.strip_prefix('#').map(str::to_owned))
        .and_then(|id| document().get_element_by_id(&id))
        .and_then(|element| element.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    if let Some(element) = target {
        event.prevent_default();
        element.scroll_into_view();
        let _ = element.focus();
    }
}
