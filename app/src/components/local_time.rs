//! A time in the visitor's own zone, beside the Brussels time the server writes. The server
//! cannot know the zone, so this appears once the page is interactive, and only where it says
//! something the Brussels time does not.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[component]
pub fn LocalTime(at: DateTime<Utc>) -> impl IntoView {
    let local = RwSignal::new(None::<String>);
    // Effects run only in the browser, after hydration: server and browser first render alike.
    Effect::new(move |_| local.set(in_visitors_zone(at)));
    move || {
        local
            .get()
            .map(|text| view! { <span class="local-time">" Your time: "{text}"."</span> })
    }
}

#[cfg(feature = "hydrate")]
fn in_visitors_zone(at: DateTime<Utc>) -> Option<String> {
    use js_sys::{Array, Intl::DateTimeFormat, Object, Reflect};
    use wasm_bindgen::JsValue;
    let in_zone = |zone: Option<&str>| -> Option<(String, String)> {
        let options = Object::new();
        Reflect::set(&options, &"dateStyle".into(), &"full".into()).ok()?;
        Reflect::set(&options, &"timeStyle".into(), &"short".into()).ok()?;
        if let Some(zone) = zone {
            Reflect::set(&options, &"timeZone".into(), &zone.into()).ok()?;
        }
        let format = DateTimeFormat::new(&Array::of1(&"en-GB".into()), &options);
        let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
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
fn in_visitors_zone(_: DateTime<Utc>) -> Option<String> {
    None
}
