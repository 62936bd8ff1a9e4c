//! The fields of each step, and the review of the whole answer.

use leptos::prelude::*;

use super::SubmissionAnswers;
use super::api::step_path;
use super::consents::Consent;
use super::fields::{FieldErrors, is_ticked};
use super::organisation::OrganisationType;
use super::practice::{BudgetRange, PracticeStatus};
use super::steps::WizardStep;
use super::transformation::TransformationAnswers;
use crate::components::{CheckboxField, RadioField, SelectField, TextField, field_id};
use crate::country::COUNTRIES;
use crate::theme::Theme;

/// The form name of `field` in `section`: `answers[organisation][email]`.
fn name(section: &str, field: &str) -> String {
    format!("answers[{section}][{field}]")
}

const YES_NO: [(&str, &str); 2] = [("yes", "Yes"), ("no", "No")];

#[component]
pub fn StepFields(
    step: WizardStep,
    answers: SubmissionAnswers,
    /// The step's problems, when they are to be shown.
    errors: FieldErrors,
    incomplete: Vec<WizardStep>,
) -> impl IntoView {
    let error = {
        let errors = errors.clone();
        move |field: &str| errors.for_field(field).map(str::to_owned)
    };
    match step {
        WizardStep::Organisation => {
            let a = answers.organisation;
            let n = |field| name("organisation", field);
            view! {
                <TextField field="first_name" name=n("first_name") label="First name" value=a.first_name error=error("first_name") autocomplete="given-name" />
                <TextField field="last_name" name=n("last_name") label="Last name" value=a.last_name error=error("last_name") autocomplete="family-name" />
                <TextField field="email" name=n("email") label="Email address" value=a.email error=error("email") input_type="email" autocomplete="email"
                    hint="We send your private link and the confirmation here. It is never published." />
                <TextField field="role" name=n("role") label="Your role or position" value=a.role error=error("role") autocomplete="organization-title" />
                <TextField field="organisation_name" name=n("organisation_name") label="Organisation" value=a.organisation_name error=error("organisation_name") autocomplete="organization" />
                <SelectField field="organisation_type" name=n("organisation_type") label="Type of organisation" value=a.organisation_type error=error("organisation_type")
                    options=OrganisationType::ALL.iter().map(|kind| (kind.slug(), kind.label())).collect() />
                <TextField field="website" name=n("website") label="Website" value=a.website error=error("website") input_type="url" autocomplete="url" optional=true
                    hint="For example https://www.example.org" />
                <TextField field="city_region" name=n("city_region") label="City or region" value=a.city_region error=error("city_region") autocomplete="address-level2" />
                <SelectField field="country" name=n("country") label="Country" value=a.country error=error("country") options=COUNTRIES.to_vec() />
            }
            .into_any()
        }
        WizardStep::Practice => {
            let a = answers.practice;
            let n = |field| name("practice", field);
            view! {
                <TextField field="title" name=n("title") label="Title of the practice" value=a.title error=error("title") />
                <TextField field="summary" name=n("summary") label="Short summary" value=a.summary error=error("summary") rows=4
                    hint="At most 500 characters. This is what people read first." />
                <TextField field="description" name=n("description") label="Full description" value=a.description error=error("description") rows=12
                    hint="At most 6,000 characters: what you did, why, with whom and how." />
                <TextField field="city_region" name=n("city_region") label="Where: city or region" value=a.city_region error=error("city_region") />
                <SelectField field="country" name=n("country") label="Where: country" value=a.country error=error("country") options=COUNTRIES.to_vec() />
                <RadioField field="status" name=n("status") legend="Is the practice ongoing or completed?" value=a.status error=error("status")
                    options=PracticeStatus::ALL.iter().map(|status| (status.slug(), status.label())).collect() />
                <TextField field="start_year" name=n("start_year") label="Year it started" value=a.start_year error=error("start_year") input_type="text"
                    hint="For example 2021" />
                <TextField field="partners" name=n("partners") label="Partners and stakeholders" value=a.partners error=error("partners") rows=4 />
                <TextField field="target_groups" name=n("target_groups") label="Target groups" value=a.target_groups error=error("target_groups") rows=3 />
                <SelectField field="budget_range" name=n("budget_range") label="Budget" value=a.budget_range error=error("budget_range") optional=true
                    options=BudgetRange::ALL.iter().map(|range| (range.slug(), range.label())).collect() />
                <TextField field="funding_sources" name=n("funding_sources") label="Funding sources" value=a.funding_sources error=error("funding_sources") rows=3 optional=true />
            }
            .into_any()
        }
        WizardStep::Transformation => {
            let a = answers.transformation;
            view! {
                <p>"Which challenges of the triple transformation does the practice tackle? Choose at least one, and say how."</p>
                {Theme::ALL
                    .into_iter()
                    .map(|theme| {
                        let (ticked_field, how_field) = TransformationAnswers::fields(theme);
                        let (ticked, how) = a.answer(theme);
                        view! {
                            <div class="theme-choice">
                                <CheckboxField field=ticked_field name=name("transformation", ticked_field) label=theme.label()
                                    checked=is_ticked(ticked) error=error(ticked_field) />
                                <TextField field=how_field name=name("transformation", how_field) label=format!("How does it tackle the {} challenge?", theme.slug())
                                    value=how.to_owned() error=error(how_field) rows=4 hint="Needed only if you ticked the box above. At most 2,000 characters." />
                            </div>
                        }
                    })
                    .collect_view()}
            }
            .into_any()
        }
        WizardStep::Impact => {
            let a = answers.impact;
            let n = |field| name("impact", field);
            view! {
                <TextField field="results" name=n("results") label="Results and evidence" value=a.results error=error("results") rows=6
                    hint="Indicators and numbers that show what changed. At most 3,000 characters." />
                <TextField field="lessons" name=n("lessons") label="Lessons learned" value=a.lessons error=error("lessons") rows=5 />
                <TextField field="transferability" name=n("transferability") label="How could another city or region adopt it?" value=a.transferability error=error("transferability") rows=5 />
                <TextField field="requirements" name=n("requirements") label="What would that need?" value=a.requirements error=error("requirements") rows=5
                    hint="People, skills, money, rules, time." />
            }
            .into_any()
        }
        WizardStep::PeerLearning => {
            let a = answers.peer_learning;
            let n = |field| name("peer_learning", field);
            view! {
                <RadioField field="willing_to_host" name=n("willing_to_host") legend="Would you host a peer-learning visit for a delegation of about 20 people?"
                    value=a.willing_to_host error=error("willing_to_host") options=YES_NO.to_vec()
                    hint="The visit is funded by the project. If your practice is selected, we will talk it through with you." />
                <div class="conditional">
                    <p class="field__hint">"If you would host a visit:"</p>
                    <TextField field="host_city" name=n("host_city") label="Host city or region" value=a.host_city error=error("host_city") />
                    <TextField field="host_period" name=n("host_period") label="Preferred period" value=a.host_period error=error("host_period") hint="For example: spring 2025" />
                    <TextField field="host_organiser" name=n("host_organiser") label="Who would organise it?" value=a.host_organiser error=error("host_organiser") />
                </div>
                <RadioField field="workshop_interest" name=n("workshop_interest") legend="Would you like to present your practice at an online workshop?"
                    value=a.workshop_interest error=error("workshop_interest") options=YES_NO.to_vec() />
            }
            .into_any()
        }
        WizardStep::Media => {
            let a = answers.media;
            view! {
                <TextField field="links" name=name("media", "links") label="Video or web links" value=a.links error=error("links") rows=4 optional=true
                    hint="One address per line, at most 5. For example a video of the practice or a report." />
            }
            .into_any()
        }
        WizardStep::Review => view! { <Review answers errors incomplete /> }.into_any(),
    }
}

#[component]
fn Review(
    answers: SubmissionAnswers,
    errors: FieldErrors,
    incomplete: Vec<WizardStep>,
) -> impl IntoView {
    let a = &answers;
    let sections: Vec<(WizardStep, Vec<(&'static str, String)>)> = vec![
        (
            WizardStep::Organisation,
            vec![
                (
                    "Name",
                    format!("{} {}", a.organisation.first_name, a.organisation.last_name),
                ),
                ("Email address", a.organisation.email.clone()),
                ("Role", a.organisation.role.clone()),
                ("Organisation", a.organisation.organisation_name.clone()),
                (
                    "Type",
                    OrganisationType::parse(&a.organisation.organisation_type)
                        .map(|kind| kind.label().to_owned())
                        .unwrap_or_default(),
                ),
                ("Website", a.organisation.website.clone()),
                (
                    "Place",
                    place(&a.organisation.city_region, &a.organisation.country),
                ),
            ],
        ),
        (
            WizardStep::Practice,
            vec![
                ("Title", a.practice.title.clone()),
                ("Summary", a.practice.summary.clone()),
                ("Description", a.practice.description.clone()),
                ("Where", place(&a.practice.city_region, &a.practice.country)),
                (
                    "Status",
                    PracticeStatus::parse(&a.practice.status)
                        .map(|s| s.label().to_owned())
                        .unwrap_or_default(),
                ),
                ("Started", a.practice.start_year.clone()),
                ("Partners and stakeholders", a.practice.partners.clone()),
                ("Target groups", a.practice.target_groups.clone()),
                (
                    "Budget",
                    BudgetRange::parse_optional(&a.practice.budget_range)
                        .ok()
                        .flatten()
                        .map(|r| r.label().to_owned())
                        .unwrap_or_default(),
                ),
                ("Funding sources", a.practice.funding_sources.clone()),
            ],
        ),
        (
            WizardStep::Transformation,
            Theme::ALL
                .into_iter()
                .filter_map(|theme| {
                    let (ticked, how) = a.transformation.answer(theme);
                    is_ticked(ticked).then(|| (theme.label(), how.to_owned()))
                })
                .collect(),
        ),
        (
            WizardStep::Impact,
            vec![
                ("Results and evidence", a.impact.results.clone()),
                ("Lessons learned", a.impact.lessons.clone()),
                (
                    "How others could adopt it",
                    a.impact.transferability.clone(),
                ),
                ("What that would need", a.impact.requirements.clone()),
            ],
        ),
        (
            WizardStep::PeerLearning,
            vec![
                (
                    "Would host a visit",
                    yes_no(&a.peer_learning.willing_to_host),
                ),
                ("Host city or region", a.peer_learning.host_city.clone()),
                ("Preferred period", a.peer_learning.host_period.clone()),
                ("Organiser", a.peer_learning.host_organiser.clone()),
                (
                    "Would present at a workshop",
                    yes_no(&a.peer_learning.workshop_interest),
                ),
            ],
        ),
        (WizardStep::Media, vec![("Links", a.media.links.clone())]),
    ];
    let consents = answers.consents.clone();
    view! {
        <p>"Check your answers. You can change any part before you send it."</p>
        {sections
            .into_iter()
            .map(|(step, rows)| {
                let missing = incomplete.contains(&step);
                view! {
                    <section class="review" id=field_id(step.slug()) aria-labelledby=format!("review-{}", step.slug())>
                        <h2 id=format!("review-{}", step.slug())>{step.title()}</h2>
                        {missing.then(|| view! { <p class="field__error">"This part is not complete yet."</p> })}
                        <dl>
                            {rows
                                .into_iter()
                                .filter(|(_, value)| !value.trim().is_empty())
                                .map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> })
                                .collect_view()}
                        </dl>
                        <p>
                            <a href=step_path(step, missing)>
                                "Change "<span class="visually-hidden">{step.title()}</span>
                            </a>
                        </p>
                    </section>
                }
            })
            .collect_view()}
        <section aria-labelledby="consents">
            <h2 id="consents">"Consents"</h2>
            <p>"Read the "<a href="/privacy">"privacy notice"</a>" to see how we use your information."</p>
            {[Consent::Processing, Consent::Publication, Consent::Contact]
                .into_iter()
                .map(|consent| {
                    view! {
                        <CheckboxField field=consent.field() name=name("consents", consent.field()) label=consent.text()
                            checked=is_ticked(consents.answer(consent)) error=errors.for_field(consent.field()).map(str::to_owned) />
                    }
                })
                .collect_view()}
        </section>
    }
}

fn place(city_region: &str, country: &str) -> String {
    let country = crate::country::Country::parse(country)
        .map(|c| c.name())
        .unwrap_or_default();
    [city_region.trim(), country]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn yes_no(answer: &str) -> String {
    match answer {
        "yes" => "Yes".to_owned(),
        "no" => "No".to_owned(),
        _ => String::new(),
    }
}
