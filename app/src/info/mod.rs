//! The privacy notice and the accessibility statement: texts admins keep in `/admin/settings`.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::ServerData;
use crate::i18n::english_text_lang;
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
    let text = Resource::new(move || key, get_site_text);
    view! {
        <article class="page page--narrow">
            <ServerData resource=text view=|text: PublishedText| view! {
                <Title text=text.title.clone() />
                <h1 lang=english_text_lang()>{text.title}</h1>
                <div class="prose" lang=english_text_lang() inner_html=text.html></div>
            } />
        </article>
    }
}
