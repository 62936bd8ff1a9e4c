//! The wizard's pages: `/submit` (the first step, or a resume link), `/submit/{step}`, and
//! `/submit/sent`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{DraftStatus, SaveStep, WizardState, load_wizard, step_path};
use super::fields::FieldErrors;
use super::step_forms::StepFields;
use super::steps::WizardStep;
use super::uploads::{Rejection, upload_field};
use crate::call::CallPhase;
use crate::components::{ErrorSummary, NotFound, Page, ServerData, answer_not_found};
use crate::i18n::{around, localized, say, t, t_with, use_lang};

/// `/submit`: the first step. A resume link (`?draft=…`) that opens a submission never gets
/// here (`resume_link`), so one that does opens nothing.
#[component]
pub fn SubmitPage() -> impl IntoView {
    let query = use_query_map();
    if query.read_untracked().get("draft").is_some() {
        answer_not_found();
        return view! {
            <Page title=t("wizard-link-opens-nothing") narrow=true>
                <p>{t("wizard-link-opens-nothing-text")}</p>
                <p><a href=localized("/submit/resend")>{t("wizard-resend-link")}</a></p>
            </Page>
        }
        .into_any();
    }
    view! { <Wizard step=Signal::stored(Some(WizardStep::Organisation)) /> }.into_any()
}

/// `/submit/{step}`.
#[component]
pub fn WizardStepPage() -> impl IntoView {
    let params = use_params_map();
    let step = Signal::derive(move || {
        params
            .read()
            .get("step")
            .and_then(|slug| WizardStep::from_slug(&slug))
    });
    view! { <Wizard step /> }
}

#[component]
fn Wizard(step: Signal<Option<WizardStep>>) -> impl IntoView {
    let query = use_query_map();
    let save = ServerAction::<SaveStep>::new();
    let lang = use_lang();
    let state = Resource::new(
        move || (step.get(), save.version().get()),
        move |_| load_wizard(lang),
    );
    let check = Signal::derive(move || query.read().get("check").is_some());
    // Files the last form-post upload refused, named in the address it returned to.
    let rejected = Signal::derive(move || {
        query
            .read()
            .get_all("rejected")
            .unwrap_or_default()
            .iter()
            .filter_map(|value| Rejection::from_query_value(value))
            .collect::<Vec<_>>()
    });
    move || {
        match step.get() {
        None => view! { <NotFound /> }.into_any(),
        Some(step) => view! {
            <Title text=step.heading() />
            <article class="page page--narrow wizard">
                <ServerData
                    resource=state
                    view=move |state: WizardState| view! {
                        <WizardBody step state check=check.get_untracked() rejected=rejected.get_untracked() save />
                    }
                />
            </article>
        }
        .into_any(),
    }
    }
}

#[component]
fn WizardBody(
    step: WizardStep,
    state: WizardState,
    check: bool,
    rejected: Vec<Rejection>,
    save: ServerAction<SaveStep>,
) -> impl IntoView {
    let context = state.context();
    let step_errors = if check {
        state.answers.errors(step, &context)
    } else {
        FieldErrors::default()
    };
    let incomplete: Vec<WizardStep> = WizardStep::ALL
        .into_iter()
        .filter(|&other| {
            other != WizardStep::Review && !state.answers.errors(other, &context).is_empty()
        })
        .collect();
    // On the review, the summary first names the steps still to complete, in order.
    let unfinished_steps = incomplete
        .iter()
        .filter(|_| step == WizardStep::Review && check)
        .map(|other| {
            (
                other.slug().to_owned(),
                t_with("wizard-not-complete", [("step", other.heading().into())]),
            )
        });
    let refused_files = rejected
        .iter()
        .map(|rejection| (upload_field(rejection.kind()), say(&rejection.message())));
    let errors: Vec<(String, String)> = unfinished_steps
        .chain(refused_files)
        .chain(
            step_errors
                .iter()
                .map(|e| (e.field.clone(), say(&e.message))),
        )
        .collect();
    let blocked = match (&state.status, state.phase) {
        (DraftStatus::Withdrawn { reference }, _) => Some(view! {
            <div class="notice">
                <p>{around("wizard-withdrawn", "reference", view! { <strong>{reference.clone()}</strong> }, [])}</p>
            </div>
        }
        .into_any()),
        (_, CallPhase::Open) => None,
        (_, CallPhase::NotYetOpen) => Some(view! {
            <div class="notice"><p>{t("wizard-not-open")}</p></div>
        }
        .into_any()),
        (DraftStatus::Submitted { reference }, CallPhase::Closed) => Some(view! {
            <div class="notice">
                <p>{around("wizard-sent-closed", "reference", view! { <strong>{reference.clone()}</strong> }, [("date", state.closes_at_text.clone().into())])}</p>
            </div>
        }
        .into_any()),
        (_, CallPhase::Closed) => Some(view! {
            <div class="notice">
                <p>{t_with("wizard-closed", [("date", state.closes_at_text.clone().into())])}</p>
            </div>
        }
        .into_any()),
    };
    let changing_sent = match &state.status {
        DraftStatus::Submitted { reference } if blocked.is_none() => Some(reference.clone()),
        _ => None,
    };
    let shown_errors = RwSignal::new(step_errors);
    let files = RwSignal::new(state.uploads.clone());
    let autosave = AutosaveStatus::new();
    let (leave, edit) = enhance(
        step,
        state.answers.clone(),
        state.current_year,
        files,
        shown_errors,
        autosave,
    );
    let send_label = t(match (step, changing_sent.is_some()) {
        (WizardStep::Review, true) => "wizard-send-changes",
        (WizardStep::Review, false) => "wizard-send",
        _ => "wizard-save-continue",
    });
    let lang = use_lang();
    let answers = state.answers.clone();
    let incomplete_steps = incomplete.clone();
    let fields = move || {
        view! {
            <input type="hidden" name="step" value=step.slug() />
            <input type="hidden" name="lang" value=lang.code() />
            <StepFields step answers=answers files rejected errors=shown_errors incomplete=incomplete_steps />
            <div class="wizard__buttons">
                <button type="submit" name="intent" value="continue" class="button button--primary">
                    {send_label.clone()}
                </button>
                {step.previous().map(|previous| view! {
                    <a class="wizard__back" href=localized(&step_path(previous, false))>
                        {t_with("wizard-back", [("step", previous.title().into())])}
                    </a>
                })}
            </div>
            <p class="wizard__saved" role="status">{move || autosave.message()}</p>
        }
    };
    view! {
        <ErrorSummary errors />
        <p class="wizard__kicker">{t("wizard-kicker")}</p>
        <h1>{step.heading()}</h1>
        <Progress current=step incomplete=incomplete.clone() />
        {match blocked {
            Some(notice) => notice,
            None => view! {
                {(step == WizardStep::Organisation && state.status == DraftStatus::New).then(|| view! {
                    <p class="lead">{t_with("wizard-intro", [("date", state.closes_at_text.clone().into())])}</p>
                    <p>{around(
                        "wizard-lost-link",
                        "link",
                        view! { <a href=localized("/submit/resend")>{t("wizard-resend-link")}</a> },
                        [],
                    )}</p>
                })}
                {changing_sent.clone().map(|reference| view! {
                    <div class="notice">
                        <p>{around(
                            "wizard-changing-sent",
                            "reference",
                            view! { <strong>{reference}</strong> },
                            [("date", state.closes_at_text.clone().into())],
                        )}</p>
                    </div>
                })}
                <div
                    on:focusout=move |event| leave.run(event)
                    on:input=move |event| edit.run(event)
                    on:change=move |event| edit.run(event)
                >
                    // The browser's own validation would block the post before our messages could help.
                    {if step == WizardStep::Media {
                        // Files travel as multipart, which the upload route reads, text fields and all.
                        view! {
                            <form method="post" action="/submit/upload" enctype="multipart/form-data" novalidate=true>
                                {fields()}
                            </form>
                        }
                        .into_any()
                    } else {
                        view! { <ActionForm action=save attr:novalidate=true>{fields()}</ActionForm> }.into_any()
                    }}
                </div>
            }
            .into_any(),
        }}
    }
}

/// What the autosave last did, for the status line under the form.
#[derive(Clone, Copy)]
struct AutosaveStatus(RwSignal<Option<Result<(), String>>>);

impl AutosaveStatus {
    fn new() -> Self {
        AutosaveStatus(RwSignal::new(None))
    }

    fn message(self) -> String {
        match self.0.get() {
            None => String::new(),
            Some(Ok(())) => t("wizard-saved"),
            Some(Err(problem)) => t_with("wizard-not-saved", [("problem", problem.into())]),
        }
    }
}

/// What happens when a field is left, and when anything is typed or chosen.
type FormHandlers = (
    Callback<leptos::ev::FocusEvent>,
    Callback<leptos::ev::Event>,
);

/// With JavaScript: a field that is left shows its problem at once (the same rules the server
/// applies), and what is typed is saved two seconds after the typing stops.
#[allow(unused_variables)]
fn enhance(
    step: WizardStep,
    stored: super::SubmissionAnswers,
    current_year: i32,
    files: RwSignal<Vec<super::uploads::UploadedFile>>,
    shown_errors: RwSignal<FieldErrors>,
    autosave: AutosaveStatus,
) -> FormHandlers {
    #[cfg(feature = "hydrate")]
    {
        use leptos::form::FromFormData;
        use wasm_bindgen::JsCast;

        fn form_of(event: &leptos::ev::Event) -> Option<(web_sys::Element, SaveStep)> {
            let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
            let form = target
                .closest("form")
                .ok()??
                .dyn_into::<web_sys::HtmlFormElement>()
                .ok()?;
            let data = web_sys::FormData::new_with_form(&form).ok()?;
            Some((target, SaveStep::from_form_data(&data).ok()?))
        }

        let on_leave = move |event: leptos::ev::FocusEvent| {
            let Some((target, posted)) = form_of(&event.into()) else {
                return;
            };
            let Some(field) = target
                .closest("[data-field]")
                .ok()
                .flatten()
                .and_then(|element| element.get_attribute("data-field"))
            else {
                return;
            };
            let mut answers = stored.clone();
            answers.replace_step(step, posted.answers);
            let context = super::Context::new(current_year, &files.get_untracked());
            let errors = answers.errors(step, &context);
            shown_errors.update(|shown| shown.set_field(&field, errors.for_field(&field)));
        };

        let pending = StoredValue::new(None::<TimeoutHandle>);
        let on_edit = move |event: leptos::ev::Event| {
            let Some((_, posted)) = form_of(&event) else {
                return;
            };
            if let Some(earlier) = pending.get_value() {
                earlier.clear();
            }
            let save = move || {
                leptos::task::spawn_local(async move {
                    let result =
                        super::api::autosave_step(posted.step, posted.answers, posted.lang)
                            .await
                            .map_err(|error| say(&error.message()));
                    autosave.0.set(Some(result));
                });
            };
            pending
                .set_value(set_timeout_with_handle(save, std::time::Duration::from_secs(2)).ok());
        };
        (Callback::new(on_leave), Callback::new(on_edit))
    }
    #[cfg(not(feature = "hydrate"))]
    (Callback::new(|_| ()), Callback::new(|_| ()))
}

/// The ordered list of steps, with the current one marked for assistive technology.
#[component]
fn Progress(current: WizardStep, incomplete: Vec<WizardStep>) -> impl IntoView {
    view! {
        <nav class="steps" aria-label=t("steps-label")>
            <ol>
                {WizardStep::ALL
                    .into_iter()
                    .map(|step| {
                        let done = step != WizardStep::Review && !incomplete.contains(&step);
                        view! {
                            <li class:steps__done=done class:steps__current=step == current>
                                <a
                                    href=localized(&step_path(step, false))
                                    aria-current=(step == current).then_some("step")
                                >
                                    {step.title()}
                                    {done.then(|| view! { <span class="visually-hidden">{t("steps-complete")}</span> })}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// `/submit/sent`: the confirmation, with the reference. Sending revokes the browser's cookie,
/// so the reference comes in the address, read back only in a reference's own shape.
#[component]
pub fn SentPage() -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new(|| (), move |_| load_wizard(lang));
    let query = use_query_map().read_untracked();
    let changed = query.get("changed").is_some();
    let reference = query
        .get("reference")
        .and_then(|text| super::reference::Reference::parse(&text));
    view! {
        <Page title=t("sent-title") narrow=true>
            <ServerData
                resource=state
                view=move |state: WizardState| match reference.clone() {
                    Some(reference) => view! {
                        {changed.then(|| view! { <div class="notice"><p>{t("sent-changes")}</p></div> })}
                        <div class="confirmation">
                            <p>{t("sent-reference")}</p>
                            <p class="confirmation__reference">{reference.to_string()}</p>
                        </div>
                        <p>{t("sent-emailed")}</p>
                        <h2>{t("sent-next")}</h2>
                        <p>{t_with("sent-review", [("date", state.closes_at_text.into())])}</p>
                        <p><a href=localized("/")>{t("sent-home")}</a></p>
                    }
                    .into_any(),
                    _ => view! {
                        <p>{around(
                            "sent-nothing",
                            "link",
                            view! { <a href=localized("/submit")>{t("sent-start")}</a> },
                            [],
                        )}</p>
                    }
                    .into_any(),
                }
            />
        </Page>
    }
}
