//! Languages: which one a page is in, its messages, and the switcher between them.
//!
//! The catalogues are Fluent files in `app/locales/<lang>/` (see TRANSLATING.md). The server
//! compiles them once; a page carries its language's public messages as JSON
//! (`<script id="hh-i18n">`), so the browser shows the same words without a Fluent parser or
//! the other five catalogues.

#[cfg(feature = "ssr")]
pub mod catalogue;
#[cfg(feature = "ssr")]
pub mod dates;
mod lang;
mod message;
#[cfg(feature = "hydrate")]
mod page_script;
mod plural;
mod switcher;

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use serde::Serialize;

pub use lang::{CHOOSE_PARAMETER, LANG_COOKIE, Lang, LanguagePrefix};
pub use message::{Arg, Message, Pattern, Piece};
pub use switcher::{LanguageOffer, LanguageSwitcher};

pub type Messages = HashMap<String, Pattern>;

/// The language of the page being shown and its messages, in the context of every page.
#[derive(Clone, Default)]
pub struct I18n {
    pub lang: Lang,
    messages: Arc<Messages>,
    /// The keys of the names of countries and languages, in the language's alphabetical order
    /// of the names.
    name_order: Arc<Vec<String>>,
    /// Another language the visitor prefers, offered at the top of the page (by the server:
    /// the browser does not need it).
    pub offer: Option<Offer>,
}

/// "This page is also in Français": written in the offered language, for a reader of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offer {
    pub lang: Lang,
    pub text: String,
    pub action: String,
}

/// The id of the script element with the page's [`PageLanguage`].
pub const PAGE_SCRIPT_ID: &str = "hh-i18n";

impl I18n {
    /// `key` with `args`; a key the catalogue lacks shows as itself (the tests keep that from
    /// happening).
    pub fn text(&self, key: &str, args: &[(String, Arg)]) -> String {
        let mut out = String::new();
        match self.messages.get(key) {
            Some(pattern) => message::write(pattern, self.lang, args, &mut out),
            None => out.push_str(key),
        }
        out
    }

    pub fn message(&self, message: &Message) -> String {
        match message {
            Message::Key { key, args } => self.text(key, args),
            Message::Staff(text) => text.clone(),
        }
    }

    /// Every message of `lang`, for pages and emails made on the server.
    #[cfg(feature = "ssr")]
    pub fn new(lang: Lang) -> Self {
        let catalogue = catalogue::catalogue(lang);
        I18n {
            lang,
            messages: catalogue.all.clone(),
            name_order: catalogue.name_order.clone(),
            offer: None,
        }
    }

    /// The language of the requested address, and the language the visitor prefers (their
    /// choice in the switcher, else their browser's) when that is another one.
    #[cfg(feature = "ssr")]
    pub fn for_request(parts: &http::request::Parts) -> Self {
        let (lang, _) = Lang::split_path(parts.uri.path());
        let mut i18n = I18n::new(lang);
        i18n.offer = preferred_lang(&parts.headers)
            .filter(|preferred| *preferred != lang)
            .map(|preferred| {
                let theirs = I18n::new(preferred);
                Offer {
                    lang: preferred,
                    text: theirs.text("language-offer", &[]),
                    action: theirs.text("language-offer-action", &[]),
                }
            });
        i18n
    }

    /// The `<script>` a page carries for the browser: its language and its public messages. `<` is escaped, so no message can close the script.
    #[cfg(feature = "ssr")]
    pub fn page_script(&self) -> String {
        let names = serde_json::to_string(&*self.name_order).unwrap_or_else(|_| "[]".to_owned());
        format!(
            r#"{{"lang":"{}","name_order":{names},"messages":{}}}"#,
            self.lang.code(),
            catalogue::catalogue(self.lang).public_json
        )
        .replace('<', "\\u003c")
    }

    /// What the page's script says, read once.
    #[cfg(feature = "hydrate")]
    fn from_document() -> Self {
        thread_local! {
            static PAGE: I18n = page_script::read().unwrap_or_default();
        }
        PAGE.with(Clone::clone)
    }
}

/// The language a visitor prefers: the one they chose in the switcher, else the best their
/// browser asks for.
#[cfg(feature = "ssr")]
pub fn preferred_lang(headers: &http::HeaderMap) -> Option<Lang> {
    let header = |name: http::HeaderName| {
        headers
            .get_all(&name)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .collect::<Vec<_>>()
            .join(if name == http::header::COOKIE {
                ";"
            } else {
                ","
            })
    };
    Lang::from_cookie_header(&header(http::header::COOKIE))
        .or_else(|| Lang::from_accept_language(&header(http::header::ACCEPT_LANGUAGE)))
}

/// Puts the page's language into the context: on the server from the request, in the browser
/// from the page's script.
pub fn provide_i18n() -> I18n {
    if let Some(i18n) = use_context::<I18n>() {
        return i18n;
    }
    #[cfg(feature = "hydrate")]
    let i18n = I18n::from_document();
    #[cfg(all(feature = "ssr", not(feature = "hydrate")))]
    let i18n = use_context::<http::request::Parts>()
        .map(|parts| I18n::for_request(&parts))
        .unwrap_or_else(|| I18n::new(Lang::En));
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    let i18n = I18n::default();
    provide_context(i18n.clone());
    i18n
}

/// The page's language and messages.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(provide_i18n)
}

/// The call's countries as (code, name) in the page's language, in its alphabetical order.
pub fn use_countries() -> Vec<(String, String)> {
    use_names("country-")
}

/// The languages a practice can be described in, as (code, name), like [`use_countries`].
pub fn use_written_languages() -> Vec<(String, String)> {
    use_names(crate::written_language::WrittenLanguage::NAME_PREFIX)
}

/// (code, name) of the names whose keys are `prefix` and a code, in the page language's
/// alphabetical order: the same list on the server and in the browser, which has no collation
/// data of its own.
fn use_names(prefix: &str) -> Vec<(String, String)> {
    let i18n = use_i18n();
    i18n.name_order
        .iter()
        .filter_map(|key| Some((key.strip_prefix(prefix)?.to_owned(), i18n.text(key, &[]))))
        .collect()
}

/// The page's language.
pub fn use_lang() -> Lang {
    use_i18n().lang
}

/// The `lang` attribute of a text written in `written_in` on the page: none in the page's own
/// language; `en` for what staff have not written in it yet.
pub fn lang_attr(written_in: Lang) -> Option<&'static str> {
    (written_in != use_lang()).then_some(written_in.code())
}

/// The `lang` attribute a text staff wrote needs on the page (see [`lang_attr`]).
pub fn shown_lang(text: &crate::translations::Shown) -> Option<&'static str> {
    lang_attr(text.lang)
}

/// `path` in the page's language: `/submit` on a French page is `/fr/submit`.
pub fn localized(path: &str) -> String {
    use_lang().href(path)
}

/// A message of the page's language.
pub fn t(key: &str) -> String {
    use_i18n().text(key, &[])
}

/// A [`Message`] in the page's language.
pub fn say(message: &Message) -> String {
    use_i18n().message(message)
}

/// A message of the page's language with its named arguments.
pub fn t_with<const N: usize>(key: &str, args: [(&str, Arg); N]) -> String {
    use_i18n().text(key, &named(args))
}

/// A message of `lang`, where no page gives the language (emails, server-made fragments).
#[cfg(feature = "ssr")]
pub fn t_in<const N: usize>(lang: Lang, key: &str, args: [(&str, Arg); N]) -> String {
    I18n::new(lang).text(key, &named(args))
}

/// A message with an element (a link, a `<time>`) where its argument `place` goes: the text
/// before it and the text after it, so each language puts the element where its grammar wants.
pub fn t_around<const N: usize>(
    key: &str,
    place: &str,
    args: [(&str, Arg); N],
) -> (String, String) {
    const MARK: &str = "\u{E000}";
    let mut named = named(args);
    named.push((place.to_owned(), Arg::Text(MARK.to_owned())));
    let text = use_i18n().text(key, &named);
    match text.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (text, String::new()),
    }
}

/// A message with `element` (a link, a `<time>`, a `<strong>`) in the place of its argument
/// `place`, as [`t_around`] splits it.
pub fn around<E: IntoView, const N: usize>(
    key: &str,
    place: &str,
    element: E,
    args: [(&str, Arg); N],
) -> impl IntoView + use<E, N> {
    let (before, after) = t_around(key, place, args);
    view! { {before}{element}{after} }
}

fn named<const N: usize>(args: [(&str, Arg); N]) -> Vec<(String, Arg)> {
    args.into_iter()
        .map(|(name, value)| (name.to_owned(), value))
        .collect()
}

/// Runs `make` with `lang`'s messages in its context: for HTML a server function makes for a
/// page of that language.
#[cfg(feature = "ssr")]
pub fn with_lang<T>(lang: Lang, make: impl FnOnce() -> T) -> T {
    Owner::new().with(|| {
        provide_context(I18n::new(lang));
        make()
    })
}

#[cfg(all(test, feature = "ssr"))]
mod tests;
