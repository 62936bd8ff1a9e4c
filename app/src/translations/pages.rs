//! What the staff editors of translated texts share: the choice of the language being edited
//! and the English beside each form.

use leptos::prelude::*;

use crate::i18n::Lang;

/// The query parameter naming the language whose texts an editor shows.
pub const EDITED_LANGUAGE: &str = "language";

/// " in French" after what staff changed, for the audit log; nothing for English, the source.
pub fn in_language(lang: Lang) -> String {
    if lang == Lang::En {
        String::new()
    } else {
        format!(" in {}", lang.english_name())
    }
}

/// The editor at `page` for the texts in `lang`.
pub fn editor_address(page: &str, lang: Lang) -> String {
    format!("{page}?{EDITED_LANGUAGE}={}", lang.code())
}

/// The language an editor's address names; English when it names none.
pub fn use_edited_language() -> Memo<Lang> {
    let query = leptos_router::hooks::use_query_map();
    Memo::new(move |_| {
        query
            .read()
            .get(EDITED_LANGUAGE)
            .and_then(|code| Lang::parse(&code))
            .unwrap_or_default()
    })
}

/// Which language's texts the editor at `page` shows: English, the source, or a translation.
#[component]
pub fn LanguageTabs(current: Memo<Lang>, page: &'static str) -> impl IntoView {
    view! {
        <nav aria-label="Language of the texts">
            <ul class="tabs">
                {Lang::ALL.into_iter().map(|lang| view! {
                    <li>
                        <a href=editor_address(page, lang)
                            aria-current=move || (current.get() == lang).then_some("page")>
                            {lang.english_name()}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// The English of a text a form translates, to read beside it.
#[component]
pub fn EnglishText(title: String, body: String) -> impl IntoView {
    view! {
        <details class="english-text">
            <summary>"The English text"</summary>
            <p lang="en"><strong>{title}</strong></p>
            <pre lang="en">{body}</pre>
        </details>
    }
}
