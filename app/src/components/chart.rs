//! Bar charts drawn as SVG on the server: readable without JavaScript, printable, and each with
//! the same numbers as a table for screen readers (the drawing itself is hidden from them).

use leptos::prelude::*;

/// One bar: its label and its value.
pub type Bar = (String, u64);

const ROW: u32 = 26;
const LABEL_WIDTH: u32 = 190;
const CHART_WIDTH: u32 = 640;

/// Horizontal bars, one row per category, longest first as given.
#[component]
pub fn BarChart(
    /// The chart's id, for its caption.
    #[prop(into)]
    id: String,
    #[prop(into)] caption: String,
    /// The header of the label column in the table.
    #[prop(into)]
    category: String,
    bars: Vec<Bar>,
) -> impl IntoView {
    let max = bars
        .iter()
        .map(|(_, value)| *value)
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * u32::try_from(bars.len()).unwrap_or(0).max(1);
    let room = CHART_WIDTH - LABEL_WIDTH - 50;
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(index, (label, value))| {
            let y = ROW * u32::try_from(index).unwrap_or(0);
            let width = (u64::from(room) * value / max) as u32;
            view! {
                <text x=LABEL_WIDTH - 8 y=y + 17 text-anchor="end" class="chart__label">{label.clone()}</text>
                <rect x=LABEL_WIDTH y=y + 4 width=width height=ROW - 8 class="chart__bar" />
                <text x=LABEL_WIDTH + width + 6 y=y + 17 class="chart__value">{value.to_string()}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" aria-labelledby=format!("{id}-caption")>
            <figcaption id=format!("{id}-caption")>{caption.clone()}</figcaption>
            <svg viewBox=format!("0 0 {CHART_WIDTH} {height}") width="100%" aria-hidden="true" focusable="false">
                {drawn}
            </svg>
            <ChartTable caption category bars />
        </figure>
    }
}

/// Columns along a time axis, such as submissions per day; every seventh date is written under
/// the axis.
#[component]
pub fn ColumnChart(
    #[prop(into)] id: String,
    #[prop(into)] caption: String,
    #[prop(into)] category: String,
    bars: Vec<Bar>,
) -> impl IntoView {
    const HEIGHT: u32 = 180;
    const AXIS: u32 = 24;
    let max = bars
        .iter()
        .map(|(_, value)| *value)
        .max()
        .unwrap_or(0)
        .max(1);
    let count = u32::try_from(bars.len()).unwrap_or(1).max(1);
    let step = (CHART_WIDTH - 40) / count;
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(index, (label, value))| {
            let index = u32::try_from(index).unwrap_or(0);
            let x = 30 + index * step;
            let height = (u64::from(HEIGHT - 20) * value / max) as u32;
            let tick = (index % 7 == 0).then(|| {
                view! { <text x=x y=HEIGHT + AXIS - 6 class="chart__label">{label.clone()}</text> }
            });
            view! {
                <rect x=x y=HEIGHT - height width=step.saturating_sub(1).max(1) height=height class="chart__bar" />
                {tick}
            }
        })
        .collect_view();
    view! {
        <figure class="chart" aria-labelledby=format!("{id}-caption")>
            <figcaption id=format!("{id}-caption")>{caption.clone()}</figcaption>
            <svg viewBox=format!("0 0 {CHART_WIDTH} {}", HEIGHT + AXIS) width="100%" aria-hidden="true" focusable="false">
                <line x1="28" y1=HEIGHT x2=CHART_WIDTH - 10 y2=HEIGHT class="chart__axis" />
                <text x="0" y="14" class="chart__value">{max.to_string()}</text>
                {drawn}
            </svg>
            <ChartTable caption category bars />
        </figure>
    }
}

#[component]
fn ChartTable(caption: String, category: String, bars: Vec<Bar>) -> impl IntoView {
    view! {
        <table class="visually-hidden">
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{category}</th><th scope="col">"Number"</th></tr></thead>
            <tbody>
                {bars.into_iter().map(|(label, value)| view! {
                    <tr><th scope="row">{label}</th><td>{value}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
