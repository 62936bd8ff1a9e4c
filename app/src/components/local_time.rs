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
    let lang = crate::i18n::use_lang();
    let date = js_sys::Date::new(&JsValue::from_f64(millis as f64));
    let formatter = |locale: &str, fields: &[(&str, &str)], zone: Option<&str>| {
        let options = Object::new();
        for (name, value) in fields
            .iter()
            .copied()
            .chain(zone.map(|zone| ("timeZone", zone)))
        {
            Reflect::set(&options, &name.into(), &value.into()).ok()?;
        }
        Some(DateTimeFormat::new(&Array::of1(&locale.into()), &options))
    };
    let resolved = |format: &DateTimeFormat, name: &str| {
        Reflect::get(&format.resolved_options(), &name.into())
            .ok()?
            .as_string()
    };
    let in_zone = |zone: Option<&str>| -> Option<(String, String)> {
        // In the page's language where the browser has its CLDR data (Chromium lacks Armenian
        // and Georgian), else as digits, which read the same in every language.
        let locale = if lang == crate::i18n::Lang::En {
            "en-GB"
        } else {
            lang.code()
        };
        let words = formatter(
            locale,
            &[("dateStyle", "full"), ("timeStyle", "short")],
            zone,
        )?;
        let spoken = resolved(&words, "locale")?.split('-').next() == Some(lang.code());
        let text = if spoken {
            words.format().call1(&words, &date).ok()?.as_string()?
        } else {
            let digits = formatter(
                "en-GB",
                &[
                    ("year", "numeric"),
                    ("month", "2-digit"),
                    ("day", "2-digit"),
                    ("hour", "2-digit"),
                    ("minute", "2-digit"),
                    ("hourCycle", "h23"),
                ],
                zone,
            )?;
            let parts = digits.format_to_parts(&date);
            let part = |wanted: &str| {
                parts.iter().find_map(|part| {
                    let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
                    (kind == wanted)
                        .then(|| Reflect::get(&part, &"value".into()).ok()?.as_string())
                        .flatten()
                })
            };
            format!(
                "{}-{}-{} {}:{}",
                part("year")?,
                part("month")?,
                part("day")?,
                part("hour")?,
                part("minute")?
            )
        };
        Some((text, resolved(&words, "timeZone")?))
    };
    let (own, zone) = in_zone(None)?;
    let (brussels, _) = in_zone(Some("Europe/Brussels"))?;
    (own != brussels).then(|| format!("{own} ({})", zone.replace('_', " ")))
}

#[cfg(not(feature = "hydrate"))]
fn in_visitors_zone(_: i64) -> Option<String> {
    None
}
