//! The privacy notice and the accessibility statement: texts admins keep in `/admin/settings`.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::ServerData;
use crate::i18n::{shown_lang, use_lang};
use crate::settings::texts::SiteTextKey;
use crate::settings::{PublishedText, get_site_text};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! { <TextPage key=SiteTextKey::Privacy /> }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! { <TextPage key=SiteTextKey::Accessibility /> }
}

#[component]
fn TextPage(key: SiteTextKey) -> impl IntoView {
    let lang = use_lang();
    let text = Resource::new(move || key, move |key| get_site_text(key, lang));
    view! {
        <article class="page page--narrow">
            <ServerData resource=text view=|text: PublishedText| view! {
                <Title text=text.title.text.clone() />
                <h1 lang=shown_lang(&text.title)>{text.title.text.clone()}</h1>
                <div class="prose" lang=shown_lang(&text.html) inner_html=text.html.text></div>
            } />
        </article>
    }
}
