//! A time in the visitor's own zone, beside the Brussels time the server writes. The server
//! cannot know the zone, so this appears once the page is interactive, and only where it says
//! something the Brussels time does not.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[component]
pub fn LocalTime(at: DateTime<Utc>) -> impl IntoView {
    let millis = at.timestamp_millis();
    let local = RwSignal::new(None::<String>);
    // Effects run only in the browser, after hydration: server and browser first render alike.
    Effect::new(move |_| local.set(in_visitors_zone(millis)));
    view! {
        <span class="local-time" data-local-time=millis>{move || local.get().map(|text| sentence(&text))}</span>
    }
}

fn sentence(time_in_zone: &str) -> String {
    format!(
        " {}",
        crate::i18n::t_with("local-time", [("time", time_in_zone.into())])
    )
}

/// Fills in the local times of HTML the server made, which no component hydrates (the home
/// page's parts): the times `LocalTime` wrote there are still empty.
pub fn fill_local_times() {
    #[cfg(feature = "hydrate")]
    {
        let Ok(found) = document().query_selector_all("[data-local-time]:empty") else {
            return;
        };
        for index in 0..found.length() {
            let Some(element) = found.item(index) else {
                continue;
            };
            let millis = wasm_bindgen::JsCast::dyn_ref::<web_sys::Element>(&element)
                .and_then(|element| element.get_attribute("data-local-time"))
                .and_then(|millis| millis.parse::<i64>().ok());
            if let Some(text) = millis.and_then(in_visitors_zone) {
                element.set_text_content(Some(&sentence(&text)));
            }
        }
    }
}

#[cfg(feature = "hydrate")]
fn in_visitors_zone(millis: i64) -> Option<String> {
    use js_sys::{Array, Intl::DateTimeFormat, Object, Reflect};
    use wasm_bindgen::JsValue;
    let in_zone = |zone: Option<&str>| -> Option<(String, String)> {
        let options = Object::new();
        Reflect::set(&options, &"dateStyle".into(), &"full".into()).ok()?;
        Reflect::set(&options, &"timeStyle".into(), &"short".into()).ok()?;
        if let Some(zone) = zone {
            Reflect::set(&options, &"timeZone".into(), &zone.into()).ok()?;
        }
        // The page's language: the browser's own CLDR data names the day and month.
        let locale = match crate::i18n::use_lang() {
            crate::i18n::Lang::En => "en-GB",
            lang => lang.code(),
        };
        let format = DateTimeFormat::new(&Array::of1(&locale.into()), &options);
        let date = js_sys::Date::new(&JsValue::from_f64(millis as f64));
        let text = format.format().call1(&format, &date).ok()?.as_string()?;
        let zone = Reflect::get(&format.resolved_options(), &"timeZone".into())
            .ok()?
            .as_string()?;
        Some((text, zone))
    };
    let (own, zone) = in_zone(None)?;
    let (brussels, _) = in_zone(Some("Europe/Brussels"))?;
    (own != brussels).then(|| format!("{own} ({})", zone.replace('_', " ")))
}

#[cfg(not(feature = "hydrate"))]
fn in_visitors_zone(_: i64) -> Option<String> {
    None
}
