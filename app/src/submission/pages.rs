//! The wizard's pages: `/submit` (the first step, or a resume link), `/submit/{step}`, and
//! `/submit/sent`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{DraftStatus, SaveStep, WizardState, load_wizard, resume_draft, step_path};
use super::fields::FieldErrors;
use super::step_forms::StepFields;
use super::steps::WizardStep;
use crate::call::CallPhase;
use crate::components::{ErrorSummary, NotFound, Page, ServerData};

/// `/submit`: the first step; with `?draft=…` from a resume link, opens that draft.
#[component]
pub fn SubmitPage() -> impl IntoView {
    let query = use_query_map();
    let resume_token = query.read_untracked().get("draft");
    match resume_token {
        Some(token) => {
            let resume = Resource::new(move || token.clone(), resume_draft);
            view! {
                <Page title="Opening your draft" narrow=true>
                    <ServerData resource=resume view=|_| view! { <p>"Opening your draft…"</p> } />
                </Page>
            }
            .into_any()
        }
        None => view! { <Wizard step=Signal::stored(Some(WizardStep::Organisation)) /> }.into_any(),
    }
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
    let state = Resource::new(
        move || (step.get(), save.version().get()),
        |_| load_wizard(),
    );
    let check = Signal::derive(move || query.read().get("check").is_some());
    move || {
        match step.get() {
        None => view! { <NotFound /> }.into_any(),
        Some(step) => view! {
            <Title text=step.heading() />
            <article class="page page--narrow wizard">
                <ServerData
                    resource=state
                    view=move |state: WizardState| view! { <WizardBody step state check=check.get_untracked() save /> }
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
    save: ServerAction<SaveStep>,
) -> impl IntoView {
    let context = state.context();
    let step_errors = if check {
        state.answers.errors(step, context)
    } else {
        FieldErrors::default()
    };
    let incomplete: Vec<WizardStep> = WizardStep::ALL
        .into_iter()
        .filter(|&other| {
            other != WizardStep::Review && !state.answers.errors(other, context).is_empty()
        })
        .collect();
    // On the review, the summary first names the steps still to complete, in order.
    let unfinished_steps = incomplete
        .iter()
        .filter(|_| step == WizardStep::Review && check)
        .map(|other| {
            (
                other.slug().to_owned(),
                format!("{} is not complete yet.", other.heading()),
            )
        });
    let errors: Vec<(String, String)> = unfinished_steps
        .chain(
            step_errors
                .iter()
                .map(|e| (e.field.clone(), e.message.clone())),
        )
        .collect();
    let blocked = match (&state.status, state.phase) {
        (DraftStatus::Submitted { reference }, _) => Some(view! {
            <div class="notice">
                <p>"This practice has been sent, with the reference "<strong>{reference.clone()}</strong>"."</p>
                <p><a href="/submit/sent">"See the confirmation"</a></p>
            </div>
        }
        .into_any()),
        (_, CallPhase::Open) => None,
        (_, CallPhase::NotYetOpen) => Some(view! {
            <div class="notice"><p>"The call is not open yet. Come back when it opens."</p></div>
        }
        .into_any()),
        (_, CallPhase::Closed) => Some(view! {
            <div class="notice">
                <p>"The call closed on "{state.closes_at_text.clone()}". Drafts can no longer be sent."</p>
            </div>
        }
        .into_any()),
    };
    view! {
        <ErrorSummary errors />
        <p class="wizard__kicker">"Submit a good practice"</p>
        <h1>{step.heading()}</h1>
        <Progress current=step incomplete=incomplete.clone() />
        {match blocked {
            Some(notice) => notice,
            None => view! {
                {(step == WizardStep::Organisation && state.status == DraftStatus::New).then(|| view! {
                    <p class="lead">
                        "Your answers are saved at every step. We email you a private link so that you can "
                        "continue later, on any device. The call closes on "{state.closes_at_text.clone()}"."
                    </p>
                })}
                // The browser's own validation would block the post before our messages could help.
                <ActionForm action=save attr:novalidate=true>
                    <input type="hidden" name="step" value=step.slug() />
                    <StepFields step answers=state.answers.clone() errors=step_errors.clone() incomplete=incomplete.clone() />
                    <div class="wizard__buttons">
                        <button type="submit" class="button button--primary">
                            {if step == WizardStep::Review { "Send my practice" } else { "Save and continue" }}
                        </button>
                        {step.previous().map(|previous| view! {
                            <a class="wizard__back" href=step_path(previous, false)>"Back to "{previous.title()}</a>
                        })}
                    </div>
                </ActionForm>
            }
            .into_any(),
        }}
    }
}

/// The ordered list of steps, with the current one marked for assistive technology.
#[component]
fn Progress(current: WizardStep, incomplete: Vec<WizardStep>) -> impl IntoView {
    view! {
        <nav class="steps" aria-label="Steps of the form">
            <ol>
                {WizardStep::ALL
                    .into_iter()
                    .map(|step| {
                        let done = step != WizardStep::Review && !incomplete.contains(&step);
                        view! {
                            <li class:steps__done=done class:steps__current=step == current>
                                <a
                                    href=step_path(step, false)
                                    aria-current=(step == current).then_some("step")
                                >
                                    {step.title()}
                                    {done.then(|| view! { <span class="visually-hidden">" (complete)"</span> })}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// `/submit/sent`: the confirmation, with the reference.
#[component]
pub fn SentPage() -> impl IntoView {
    let state = Resource::new(|| (), |_| load_wizard());
    view! {
        <Page title="Thank you: your practice has been sent" narrow=true>
            <ServerData
                resource=state
                view=|state: WizardState| match state.status {
                    DraftStatus::Submitted { reference } => view! {
                        <div class="confirmation">
                            <p>"Your reference"</p>
                            <p class="confirmation__reference">{reference}</p>
                        </div>
                        <p>
                            "We have emailed you a confirmation with a summary and a private link where you can "
                            "read your submission, change it until the call closes, or withdraw it."
                        </p>
                        <h2>"What happens next"</h2>
                        <p>
                            "Experts review every practice after the call closes on "{state.closes_at_text}". "
                            "You will hear the decision by email."
                        </p>
                        <p><a href="/">"Back to the home page"</a></p>
                    }
                    .into_any(),
                    _ => view! {
                        <p>"There is no sent practice in this browser. "<a href="/submit">"Start or continue your submission"</a>"."</p>
                    }
                    .into_any(),
                }
            />
        </Page>
    }
}
