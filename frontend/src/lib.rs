//! The browser bundle: hydrates the server-rendered page into a live application. Hydration
//! waits for the lazily loaded part of the current page (see `app::app`), which it fetches.

// The future that hydrates the whole app has the app's deeply nested view type inside it.
#![recursion_limit = "256"]

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_lazy(app::App);
}
