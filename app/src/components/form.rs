//! Form fields that meet WCAG 2.1 AA: a visible label, an optional hint, the error next to the
//! field, `aria-invalid` and `aria-describedby`, and an error summary that takes focus and links
//! to each field. No `required` attributes: the server's messages, not the browser's, explain.

use crate::i18n::{t, t_with};
use leptos::prelude::*;

/// The element id of a form field, shared by the field and the error summary's links.
pub fn field_id(field: &str) -> String {
    format!("field-{}", field.replace('_', "-"))
}

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [
        hint.then(|| format!("{id}-hint")),
        error.then(|| format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
fn FieldMessages(id: String, hint: Option<String>, error: Signal<Option<String>>) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        {hint.map(|hint| view! { <p class="field__hint" id=format!("{id}-hint")>{hint}</p> })}
        {move || error.get().map(|error| {
            view! {
                <p class="field__error" id=error_id.clone()>
                    <span class="visually-hidden">{t("form-error-prefix")}</span>
                    {error}
                </p>
            }
        })}
    }
}

/// The reactive parts every field shares: whether it is in error, and what describes it.
struct FieldState {
    id: String,
    invalid: Signal<bool>,
    described_by: Signal<Option<String>>,
    aria_invalid: Signal<Option<&'static str>>,
}

impl FieldState {
    fn new(field: &str, hint: bool, error: Signal<Option<String>>) -> Self {
        let id = field_id(field);
        let invalid = Signal::derive(move || error.with(Option::is_some));
        let described_id = id.clone();
        FieldState {
            described_by: Signal::derive(move || described_by(&described_id, hint, invalid.get())),
            aria_invalid: Signal::derive(move || invalid.get().then_some("true")),
            invalid,
            id,
        }
    }
}

fn label_text(label: &str, optional: bool) -> String {
    if optional {
        t_with("form-optional", [("label", label.into())])
    } else {
        label.to_owned()
    }
}

/// Text for an element Leptos writes raw on the server: a textarea's children (tachys treats them
/// like a script's, leptos-rs/leptos#4819) and the document title (leptos_meta). A value
/// holding `</textarea>` or `</title>` would end the element and inject markup, so the server
/// escapes what browsers decode there; in the browser the text is set as text already.
pub fn raw_element_text(value: String) -> String {
    #[cfg(feature = "ssr")]
    let value = value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    value
}

/// A one-line text input, or a text area when `rows` is given.
#[component]
pub fn TextField(
    /// The answer's key, for the id and the error summary.
    #[prop(into)]
    field: String,
    /// The form name the server reads, e.g. `answers[organisation][email]`.
    #[prop(into)]
    name: String,
    #[prop(into)] label: String,
    #[prop(into)] value: String,
    /// Shown next to the field; it may change as the applicant leaves the field.
    #[prop(into)]
    error: Signal<Option<String>>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] optional: bool,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] rows: Option<u32>,
) -> impl IntoView {
    let state = FieldState::new(&field, hint.is_some(), error);
    let id = state.id.clone();
    let control = match rows {
        Some(rows) => view! {
            <textarea
                id=id.clone()
                name=name
                rows=rows
                aria-invalid=state.aria_invalid
                aria-describedby=state.described_by
                autocomplete=autocomplete
            >
                {raw_element_text(value)}
            </textarea>
        }
        .into_any(),
        None => view! {
            <input
                id=id.clone()
                name=name
                type=input_type.unwrap_or("text")
                value=value
                aria-invalid=state.aria_invalid
                aria-describedby=state.described_by
                autocomplete=autocomplete
            />
        }
        .into_any(),
    };
    view! {
        <div class="field" class:field--error=state.invalid data-field=field>
            <label class="field__label" for=id.clone()>{label_text(&label, optional)}</label>
            <FieldMessages id=id hint error />
            {control}
        </div>
    }
}

/// The `(value, label)` choices of a drop-down list: fixed ones, or ones read from the database.
pub struct SelectOptions(Vec<(String, String)>);

impl From<Vec<(&'static str, &'static str)>> for SelectOptions {
    fn from(options: Vec<(&'static str, &'static str)>) -> Self {
        SelectOptions(
            options
                .into_iter()
                .map(|(value, label)| (value.to_owned(), label.to_owned()))
                .collect(),
        )
    }
}

impl From<Vec<(String, String)>> for SelectOptions {
    fn from(options: Vec<(String, String)>) -> Self {
        SelectOptions(options)
    }
}

/// A drop-down list; `options` are `(value, label)`. With `optional`, a blank first option.
#[component]
pub fn SelectField(
    #[prop(into)] field: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(into)] value: String,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] options: SelectOptions,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] optional: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let state = FieldState::new(&field, hint.is_some(), error);
    let id = state.id.clone();
    let placeholder = if optional {
        t("form-not-given")
    } else {
        t("form-choose")
    };
    view! {
        <div class="field" class:field--error=state.invalid data-field=field>
            <label class="field__label" for=id.clone()>{label_text(&label, optional)}</label>
            <FieldMessages id=id.clone() hint error />
            <select
                id=id
                name=name
                aria-invalid=state.aria_invalid
                aria-describedby=state.described_by
                autocomplete=autocomplete
            >
                <option value="" selected=value.is_empty()>{placeholder}</option>
                {options
                    .0
                    .into_iter()
                    .map(|(option, text)| {
                        let selected = value == option;
                        view! { <option value=option selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// One choice among a few, as radio buttons in a fieldset whose legend is the question.
#[component]
pub fn RadioField(
    #[prop(into)] field: String,
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    #[prop(into)] value: String,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] options: SelectOptions,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let state = FieldState::new(&field, hint.is_some(), error);
    let id = state.id.clone();
    let aria_invalid = state.aria_invalid;
    view! {
        <fieldset class="field" class:field--error=state.invalid aria-describedby=state.described_by data-field=field>
            <legend class="field__label">{legend}</legend>
            <FieldMessages id=id.clone() hint error />
            <div class="choices">
                {options
                    .0
                    .into_iter()
                    .enumerate()
                    .map(|(index, (option, text))| {
                        // The first radio carries the field's id, so the error summary can focus it.
                        let option_id = if index == 0 { id.clone() } else { format!("{id}-{option}") };
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    id=option_id.clone()
                                    name=name.clone()
                                    value=option.clone()
                                    checked=value == option
                                    aria-invalid=aria_invalid
                                />
                                <label for=option_id>{text}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// A single checkbox; ticked, it posts `yes`.
#[component]
pub fn CheckboxField(
    #[prop(into)] field: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    checked: bool,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let state = FieldState::new(&field, false, error);
    let id = state.id.clone();
    view! {
        <div class="field choice" class:field--error=state.invalid data-field=field>
            <FieldMessages id=id.clone() hint=None error />
            <input
                type="checkbox"
                id=id.clone()
                name=name
                value="yes"
                checked=checked
                aria-invalid=state.aria_invalid
                aria-describedby=state.described_by
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// "There is a problem": every error of the form, each a link to its field. It takes focus
/// when the page loads, and again whenever it appears after an enhanced submission.
#[component]
pub fn ErrorSummary(errors: Vec<(String, String)>) -> impl IntoView {
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(summary) = summary.get() {
            let _ = summary.focus();
        }
    });
    (!errors.is_empty()).then(|| {
        view! {
            <div
                class="error-summary"
                role="alert"
                tabindex="-1"
                autofocus=true
                aria-labelledby="error-summary-title"
                node_ref=summary
            >
                <h2 id="error-summary-title">{t("form-error-summary")}</h2>
                <ul>
                    {errors
                        .into_iter()
                        .map(|(field, message)| view! {
                            <li><a href=format!("#{}", field_id(&field)) on:click=super::focus_link_target>{message}</a></li>
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
