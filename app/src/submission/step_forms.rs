//! The fields of each step, and the review of the whole answer.

use leptos::prelude::*;

use super::SubmissionAnswers;
use super::api::step_path;
use super::consents::Consent;
use super::fields::{FieldErrors, is_ticked};
use super::media::{Licence, MediaAnswers, image_field};
use super::organisation::OrganisationType;
use super::practice::{BudgetRange, PracticeStatus};
use super::steps::WizardStep;
use super::transformation::TransformationAnswers;
use super::uploads::{Rejection, UploadKind, UploadedFile, UploadedList, Uploader};
use crate::components::{CheckboxField, RadioField, SelectField, TextField, field_id};
use crate::country::COUNTRIES;
use crate::theme::Theme;

/// The form name of `field` in `section`: `answers[organisation][email]`.
fn name(section: &str, field: &str) -> String {
    format!("answers[{section}][{field}]")
}

const YES_NO: [(&str, &str); 2] = [("yes", "Yes"), ("no", "No")];

/// The message shown next to `field`, as the shown errors change.
fn error_of(errors: RwSignal<FieldErrors>, field: &str) -> Signal<Option<String>> {
    let field = field.to_owned();
    Signal::derive(move || errors.with(|errors| errors.for_field(&field).map(str::to_owned)))
}

#[component]
pub fn StepFields(
    step: WizardStep,
    answers: SubmissionAnswers,
    /// The stored uploads of the submission.
    files: RwSignal<Vec<UploadedFile>>,
    /// Files refused by the last upload.
    rejected: Vec<Rejection>,
    /// The step's problems that are shown: after a post, and as fields are left.
    errors: RwSignal<FieldErrors>,
    incomplete: Vec<WizardStep>,
) -> impl IntoView {
    let error = move |field: &str| error_of(errors, field);
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
                    options={OrganisationType::ALL.iter().map(|kind| (kind.slug(), kind.label())).collect::<Vec<_>>()} />
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
                    options={PracticeStatus::ALL.iter().map(|status| (status.slug(), status.label())).collect::<Vec<_>>()} />
                <TextField field="start_year" name=n("start_year") label="Year it started" value=a.start_year error=error("start_year") input_type="text"
                    hint="For example 2021" />
                <TextField field="partners" name=n("partners") label="Partners and stakeholders" value=a.partners error=error("partners") rows=4 />
                <TextField field="target_groups" name=n("target_groups") label="Target groups" value=a.target_groups error=error("target_groups") rows=3 />
                <SelectField field="budget_range" name=n("budget_range") label="Budget" value=a.budget_range error=error("budget_range") optional=true
                    options={BudgetRange::ALL.iter().map(|range| (range.slug(), range.label())).collect::<Vec<_>>()} />
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
            view! { <MediaFields answers=answers.media files rejected errors /> }.into_any()
        }
        WizardStep::Review => {
            view! { <Review answers files=files.get_untracked() errors incomplete /> }.into_any()
        }
    }
}

/// Step 6: the images with what is typed about each, the documents, and the links.
#[component]
fn MediaFields(
    answers: MediaAnswers,
    files: RwSignal<Vec<UploadedFile>>,
    rejected: Vec<Rejection>,
    errors: RwSignal<FieldErrors>,
) -> impl IntoView {
    let of_kind = move |kind: UploadKind| {
        Signal::derive(move || {
            files.with(|all| all.iter().filter(|f| f.kind == kind).cloned().collect())
        })
    };
    let (image_rejections, document_rejections): (Vec<Rejection>, Vec<Rejection>) = rejected
        .into_iter()
        .partition(|rejection| rejection.kind() == UploadKind::Image);
    let links = answers.links.clone();
    let image_details = Callback::new(move |file: UploadedFile| {
        let typed = answers.image(file.id);
        let field = |detail: &str| image_field(file.id, detail);
        let input_name = |detail: &str| format!("answers[media][images][{}][{detail}]", file.id);
        view! {
            <fieldset class="image-details">
                <legend>"About "{file.name.clone()}</legend>
                <TextField field=field("alt_text") name=input_name("alt_text") label="What the image shows" value=typed.alt_text
                    error=error_of(errors, &field("alt_text")) hint="For people who cannot see it, for example: Volunteers repairing a timber roof. At most 300 characters." />
                <TextField field=field("caption") name=input_name("caption") label="Caption" value=typed.caption optional=true
                    error=error_of(errors, &field("caption")) />
                <TextField field=field("credit") name=input_name("credit") label="Photo credit" value=typed.credit optional=true
                    error=error_of(errors, &field("credit")) hint="For example: © Nino Beridze" />
                <SelectField field=field("licence") name=input_name("licence") label="Licence" value=typed.licence
                    error=error_of(errors, &field("licence"))
                    options={Licence::ALL.iter().map(|licence| (licence.slug(), licence.label())).collect::<Vec<_>>()} />
            </fieldset>
        }
        .into_any()
    });
    let no_details = Callback::new(|_: UploadedFile| ().into_any());
    view! {
        <section id="uploads" class="media" aria-labelledby="images-heading">
            <h2 id="images-heading">"Images"</h2>
            <p>"Photos or plans of the practice. Describe each image, so that everyone can follow, and choose the licence it may be published under."</p>
            <UploadedList files=of_kind(UploadKind::Image) details=image_details />
            <Uploader kind=UploadKind::Image files rejected=image_rejections />
            <h2>"Documents"</h2>
            <UploadedList files=of_kind(UploadKind::Document) details=no_details />
            <Uploader kind=UploadKind::Document files rejected=document_rejections />
        </section>
        <TextField field="links" name=name("media", "links") label="Video or web links" value=links error=error_of(errors, "links") rows=4 optional=true
            hint="One address per line, at most 5. For example a video of the practice or a report." />
    }
}

#[component]
fn Review(
    answers: SubmissionAnswers,
    files: Vec<UploadedFile>,
    errors: RwSignal<FieldErrors>,
    incomplete: Vec<WizardStep>,
) -> impl IntoView {
    let consents = answers.consents.clone();
    let has_images = files.iter().any(|file| file.kind == UploadKind::Image);
    view! {
        <p>"Check your answers. You can change any part before you send it."</p>
        <AnswerSummary answers files incomplete changeable=true />
        <section aria-labelledby="consents">
            <h2 id="consents">"Consents"</h2>
            <p>"Read the "<a href="/privacy">"privacy notice"</a>" to see how we use your information."</p>
            {[Consent::Processing, Consent::Publication, Consent::ImageRights, Consent::Contact]
                .into_iter()
                .filter(|&consent| consent != Consent::ImageRights || has_images)
                .map(|consent| {
                    view! {
                        <CheckboxField field=consent.field() name=name("consents", consent.field()) label=consent.text()
                            checked=is_ticked(consents.answer(consent)) error=error_of(errors, consent.field()) />
                    }
                })
                .collect_view()}
        </section>
    }
}

/// The whole answer, part by part; with `changeable`, each part links to its step.
#[component]
pub fn AnswerSummary(
    answers: SubmissionAnswers,
    files: Vec<UploadedFile>,
    /// The parts still to complete, marked as such.
    incomplete: Vec<WizardStep>,
    changeable: bool,
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
        (
            WizardStep::Media,
            files
                .iter()
                .map(|file| {
                    let label = match file.kind {
                        UploadKind::Image => "Image",
                        UploadKind::Document => "Document",
                    };
                    let described = match file.kind {
                        UploadKind::Image => a.media.image(file.id).alt_text,
                        UploadKind::Document => String::new(),
                    };
                    (
                        label,
                        format!(
                            "{}{}{described}",
                            file.name,
                            if described.is_empty() { "" } else { ": " }
                        ),
                    )
                })
                .chain([("Links", a.media.links.clone())])
                .collect(),
        ),
    ];
    view! {
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
                        {changeable.then(|| view! {
                            <p>
                                <a href=step_path(step, missing)>
                                    "Change "<span class="visually-hidden">{step.title()}</span>
                                </a>
                            </p>
                        })}
                    </section>
                }
            })
            .collect_view()}
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
