//! Reads the page's language script (see [`I18n::page_script`]) in the browser.
//!
//! The browser's own `JSON.parse` reads it and this walks the result: serde's derived readers
//! for these types cost the first load of every page about 8 KB (brotli) more.

use std::sync::Arc;

use js_sys::{Array, JSON, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::{I18n, Lang, PAGE_SCRIPT_ID, Pattern, Piece};

/// The page's language, order of names and messages; `None` when the page has no script
/// or it is not what the server writes.
pub fn read() -> Option<I18n> {
    let json = leptos::prelude::document()
        .get_element_by_id(PAGE_SCRIPT_ID)?
        .text_content()?;
    let page = JSON::parse(&json).ok()?;
    let messages = field(&page, "messages");
    let messages = Object::entries(messages.dyn_ref::<Object>()?)
        .iter()
        .filter_map(|entry| {
            let [key, value] = pair(&entry)?;
            Some((key.as_string()?, pattern(&value)))
        })
        .collect();
    Some(I18n {
        lang: Lang::parse(&field(&page, "lang").as_string()?)?,
        messages: Arc::new(messages),
        name_order: Arc::new(
            items(&field(&page, "name_order"))
                .filter_map(|code| code.as_string())
                .collect(),
        ),
        offer: None,
    })
}

/// `Piece` as serde writes it: `{"t": text}`, `{"a": {"arg": name}}` or
/// `{"s": {"on": name, "variants": [[key, pattern], ...], "default": index}}`.
fn pattern(value: &JsValue) -> Pattern {
    items(value)
        .filter_map(|piece| self::piece(&piece))
        .collect()
}

fn piece(value: &JsValue) -> Option<Piece> {
    if let Some(text) = field(value, "t").as_string() {
        return Some(Piece::Text(text));
    }
    let argument = field(value, "a");
    if argument.is_object() {
        return Some(Piece::Argument {
            arg: field(&argument, "arg").as_string()?,
        });
    }
    let select = field(value, "s");
    Some(Piece::Select {
        on: field(&select, "on").as_string()?,
        variants: items(&field(&select, "variants"))
            .filter_map(|variant| {
                let [key, pattern] = pair(&variant)?;
                Some((key.as_string()?, self::pattern(&pattern)))
            })
            .collect(),
        default: field(&select, "default").as_f64()? as usize,
    })
}

fn field(value: &JsValue, name: &str) -> JsValue {
    if !value.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn items(value: &JsValue) -> impl Iterator<Item = JsValue> {
    value
        .dyn_ref::<Array>()
        .map(Array::to_vec)
        .unwrap_or_default()
        .into_iter()
}

fn pair(value: &JsValue) -> Option<[JsValue; 2]> {
    let array = value.dyn_ref::<Array>()?;
    Some([array.get(0), array.get(1)])
}
