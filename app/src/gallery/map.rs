//! The map of practices: the call's countries shaded by how many published practices each has,
//! each country with practices a link to the list narrowed to it.
//!
//! The outlines are projected once, by `scripts/map/generate.mjs`, into `map/europe.txt`. The
//! server draws the map, so the outlines never travel in the browser's code.

use leptos::prelude::*;

use crate::components::ServerData;
use crate::error::AppError;
use crate::i18n::{Lang, t, use_lang};

/// The map as SVG markup in `lang`, with today's counts.
#[server(endpoint = "practice_map")]
pub async fn get_practice_map(#[server(default)] lang: Lang) -> Result<String, AppError> {
    let state = crate::state::app_state()?;
    let counts = super::db::country_counts(&state.db).await?;
    Ok(drawing::draw(&counts, lang))
}

#[component]
pub fn PracticeMap() -> impl IntoView {
    // Keyed on nothing: changing the filters does not fetch the map again.
    let map = Resource::new(use_lang, get_practice_map);
    view! {
        <figure class="practice-map">
            <figcaption id="practice-map-caption">
                {t("map-caption")}
            </figcaption>
            <ServerData resource=map view={|svg: String| view! {
                <div class="practice-map__drawing" inner_html=svg></div>
            }} />
        </figure>
    }
}

#[cfg(feature = "ssr")]
mod drawing {
    use crate::country::Country;
    use crate::i18n::{Lang, dates, t_in};

    const OUTLINES: &str = include_str!("map/europe.txt");
    /// Shades for countries with practices, lightest first.
    const LEVELS: u64 = 4;

    struct Outline<'a> {
        country: Country,
        path: &'a str,
        /// Where a country too small to see gets a round marker.
        marker: Option<(&'a str, &'a str)>,
    }

    /// The SVG of the map. Every text in it comes from the country list and the outlines file,
    /// never from user input, so nothing needs escaping.
    pub fn draw(counts: &[(String, String, u64)], lang: Lang) -> String {
        let count_of = |country: Country| {
            counts
                .iter()
                .find(|(code, ..)| code == country.code())
                .map_or(0, |(.., count)| *count)
        };
        let most = counts.iter().map(|(.., count)| *count).max().unwrap_or(0);
        let (view_box, context, outlines) = outlines();
        // Alphabetical in the page's language, so that the links are tabbed through in the
        // order of their names.
        let outlines: Vec<(Outline, String)> = {
            let named =
                dates::countries_by_name(lang, outlines.iter().map(|outline| outline.country));
            let mut outlines = outlines;
            named
                .into_iter()
                .filter_map(|(country, name)| {
                    let at = outlines
                        .iter()
                        .position(|outline| outline.country == country)?;
                    Some((outlines.swap_remove(at), name))
                })
                .collect()
        };

        let mut svg = format!(
            "<svg class=\"map\" viewBox=\"{view_box}\" role=\"group\" \
             aria-labelledby=\"practice-map-caption\">\
             <path class=\"map__context\" aria-hidden=\"true\" d=\"{context}\"/>"
        );
        // Painted in this order: a marker must come after the large neighbour it sits on.
        for small in [false, true] {
            let layer = outlines
                .iter()
                .filter(|(outline, _)| outline.marker.is_some() == small);
            let (with, without): (Vec<_>, Vec<_>) =
                layer.partition(|(outline, _)| count_of(outline.country) > 0);
            svg.push_str("<g aria-hidden=\"true\">");
            for (outline, country) in without {
                let name = t_in(
                    lang,
                    "map-country-without",
                    [("country", country.as_str().into())],
                );
                svg.push_str(&shape(outline, &name, "map__country"));
            }
            svg.push_str("</g>");
            for (outline, country) in with {
                let count = count_of(outline.country);
                let level = (count * LEVELS).div_ceil(most.max(1));
                let name = t_in(
                    lang,
                    "map-country-with",
                    [
                        ("country", country.as_str().into()),
                        ("count", count.into()),
                    ],
                );
                svg.push_str(&format!(
                    "<a href=\"{list}?country={code}\" aria-label=\"{name}\">{shape}</a>",
                    list = lang.href("/practices"),
                    code = outline.country.code(),
                    shape = shape(
                        outline,
                        &name,
                        &format!("map__country map__country--{level}")
                    ),
                ));
            }
        }
        svg.push_str("</svg>");
        svg.push_str(&legend(most, lang));
        svg
    }

    /// One country's outline and marker, with its name as a tooltip.
    fn shape(outline: &Outline, name: &str, class: &str) -> String {
        let marker = outline.marker.map_or(String::new(), |(x, y)| {
            format!("<circle class=\"map__marker\" cx=\"{x}\" cy=\"{y}\" r=\"5\"/>")
        });
        // Simplified to whole pixels, the smallest outlines vanish: their marker stands for them.
        let path = if outline.path.is_empty() {
            String::new()
        } else {
            format!("<path d=\"{}\"/>", outline.path)
        };
        format!("<g class=\"{class}\"><title>{name}</title>{path}{marker}</g>")
    }

    /// Which counts each shade stands for; shades no count falls into are left out.
    fn legend(most: u64, lang: Lang) -> String {
        let mut items = String::new();
        for level in 1..=LEVELS {
            let counts: Vec<u64> = (1..=most)
                .filter(|count| (count * LEVELS).div_ceil(most) == level)
                .collect();
            let (Some(first), Some(last)) = (counts.first(), counts.last()) else {
                continue;
            };
            let range = if first == last {
                lang.format_number(*first as i64)
            } else {
                format!(
                    "{}–{}",
                    lang.format_number(*first as i64),
                    lang.format_number(*last as i64)
                )
            };
            items.push_str(&format!(
                "<li><span class=\"map__swatch map__country--{level}\" aria-hidden=\"true\"></span>{range}</li>"
            ));
        }
        format!(
            "<ul class=\"map__legend\" aria-label=\"{}\">\
             <li><span class=\"map__swatch map__country\" aria-hidden=\"true\"></span>{}</li>{items}</ul>",
            t_in(lang, "map-legend", []),
            t_in(lang, "map-legend-none", []),
        )
    }

    /// The view box, the background shape and the call's countries, from the outlines file.
    fn outlines() -> (&'static str, &'static str, Vec<Outline<'static>>) {
        let (mut view_box, mut context, mut countries) = ("", "", Vec::new());
        for line in OUTLINES.lines() {
            let mut fields = line.split('\t');
            let (Some(key), Some(value)) = (fields.next(), fields.next()) else {
                continue;
            };
            match key {
                "viewbox" => view_box = value,
                "context" => context = value,
                code => {
                    let Ok(country) = Country::parse(code) else {
                        continue;
                    };
                    countries.push(Outline {
                        country,
                        path: value,
                        marker: fields.next().and_then(|marker| marker.split_once(',')),
                    });
                }
            }
        }
        (view_box, context, countries)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_outlines_cover_every_country_of_the_call() {
            let (view_box, context, outlines) = outlines();
            assert_eq!(view_box, "0 0 800 640");
            assert!(!context.is_empty());
            for &(code, _) in crate::country::COUNTRIES {
                assert!(
                    outlines
                        .iter()
                        .any(|outline| outline.country.code() == code),
                    "{code} has no outline"
                );
            }
            let small: Vec<&str> = outlines
                .iter()
                .filter(|outline| outline.marker.is_some())
                .map(|outline| outline.country.code())
                .collect();
            for microstate in ["VA", "MC", "SM", "LI", "AD", "MT"] {
                assert!(small.contains(&microstate), "{microstate} has no marker");
            }
            for outline in &outlines {
                if let Some((x, y)) = outline.marker {
                    let inside = |value: &str, limit: f64| {
                        value
                            .parse::<f64>()
                            .is_ok_and(|value| (0.0..=limit).contains(&value))
                    };
                    assert!(inside(x, 800.0) && inside(y, 640.0), "{x},{y}");
                } else {
                    assert!(
                        !outline.path.is_empty(),
                        "{} is invisible",
                        outline.country.code()
                    );
                }
            }
        }

        #[test]
        fn countries_with_practices_are_named_links_shaded_by_count() {
            let counts = vec![
                ("FR".to_owned(), "France".to_owned(), 4),
                ("GE".to_owned(), "Georgia".to_owned(), 1),
                ("MT".to_owned(), "Malta".to_owned(), 2),
            ];
            let svg = draw(&counts, Lang::En);
            assert_eq!(svg.matches("<a ").count(), 3);
            assert!(svg.contains(
                "<a href=\"/practices?country=FR\" aria-label=\"France: 4 practices\">\
                 <g class=\"map__country map__country--4\">"
            ));
            assert!(svg.contains(
                "aria-label=\"Georgia: 1 practice\"><g class=\"map__country map__country--1\">"
            ));
            assert!(svg.contains(
                "aria-label=\"Malta: 2 practices\"><g class=\"map__country map__country--2\">"
            ));
            assert!(svg.contains("<title>Spain: no practices yet</title>"));
            assert!(!svg.contains("country=ES"));
            // Malta's marker is painted after every large country.
            assert!(svg.find("country=MT").unwrap() > svg.find("country=GE").unwrap());
            assert!(svg.contains(
                "<li><span class=\"map__swatch map__country--4\" aria-hidden=\"true\"></span>4</li>"
            ));
            // A page in another language links to its own list.
            let georgian = draw(&counts, Lang::Ka);
            assert!(georgian.contains("<a href=\"/ka/practices?country=FR\""));
        }

        #[test]
        fn legend_ranges_follow_the_largest_count() {
            assert!(legend(0, Lang::En).ends_with("none yet</li></ul>"));
            let eight = legend(8, Lang::En);
            for range in ["1–2", "3–4", "5–6", "7–8"] {
                assert!(eight.contains(&format!("</span>{range}</li>")), "{eight}");
            }
            let two = legend(2, Lang::En);
            assert!(two.contains("--2\" aria-hidden=\"true\"></span>1</li>"));
            assert!(two.contains("--4\" aria-hidden=\"true\"></span>2</li>"));
            assert!(!two.contains("--1\""));
        }
    }
}
