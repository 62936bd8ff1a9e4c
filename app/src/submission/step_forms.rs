//! The fields of each step, and the review of the whole answer.

use leptos::prelude::*;

use super::SubmissionAnswers;
use super::api::step_path;
use super::consents::Consent;
use super::fields::{Description, FieldErrors, LongText, Summary, Text, TextError, is_ticked};
use super::impact::Evidence;
use super::media::{Licence, MAX_LINKS, MediaAnswers, image_field};
use super::organisation::OrganisationType;
use super::practice::{BudgetRange, PracticeStatus};
use super::steps::WizardStep;
use super::transformation::TransformationAnswers;
use super::uploads::{Rejection, UploadKind, UploadedFile, UploadedList, Uploader};
use crate::components::{CheckboxField, RadioField, SelectField, TextField, field_id};
use crate::i18n::{localized, t, t_around, t_with, use_countries, use_lang, use_written_languages};
use crate::theme::Theme;
use crate::written_language::WrittenLanguage;

/// The form name of `field` in `section`: `answers[organisation][email]`.
fn name(section: &str, field: &str) -> String {
    format!("answers[{section}][{field}]")
}

/// The answers of a yes/no question, in the page's language.
fn yes_no_options() -> Vec<(String, String)> {
    vec![
        ("yes".to_owned(), t("peer-learning-yes")),
        ("no".to_owned(), t("peer-learning-no")),
    ]
}

/// A hint that states the most characters its field takes: `MAX` of the rule that checks it.
fn limit_hint<const MAX: usize>(
    key: &str,
    _parse: fn(&str) -> Result<Text<MAX>, TextError>,
) -> String {
    t_with(key, [("max", MAX.into())])
}

/// `(value, label)` options, each label the page language's text of its key.
fn options<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> &'static str,
    key: impl Fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&item| (value(item).to_owned(), t(key(item))))
        .collect()
}

/// The label of the question how the practice tackles `theme`.
fn how_label_key(theme: Theme) -> &'static str {
    match theme {
        Theme::Environmental => "transformation-how-environmental",
        Theme::Digital => "transformation-how-digital",
        Theme::Social => "transformation-how-social",
    }
}

/// The message shown next to `field`, as the shown errors change.
fn error_of(errors: RwSignal<FieldErrors>, field: &str) -> Signal<Option<String>> {
    let field = field.to_owned();
    Signal::derive(move || errors.with(|errors| errors.text_for(&field)))
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
                <TextField field="first_name" name=n("first_name") label=t("organisation-first-name") value=a.first_name error=error("first_name") autocomplete="given-name" />
                <TextField field="last_name" name=n("last_name") label=t("organisation-last-name") value=a.last_name error=error("last_name") autocomplete="family-name" />
                <TextField field="email" name=n("email") label=t("organisation-email") value=a.email error=error("email") input_type="email" autocomplete="email"
                    hint=t("organisation-email-hint") />
                <TextField field="role" name=n("role") label=t("organisation-role") value=a.role error=error("role") autocomplete="organization-title" />
                <TextField field="organisation_name" name=n("organisation_name") label=t("organisation-name") value=a.organisation_name error=error("organisation_name") autocomplete="organization" />
                <SelectField field="organisation_type" name=n("organisation_type") label=t("organisation-type") value=a.organisation_type error=error("organisation_type")
                    options=options(&OrganisationType::ALL, OrganisationType::slug, OrganisationType::label_key) />
                <TextField field="website" name=n("website") label=t("organisation-website") value=a.website error=error("website") input_type="url" autocomplete="url" optional=true
                    hint=t("organisation-website-hint") />
                <TextField field="city_region" name=n("city_region") label=t("organisation-city-region") value=a.city_region error=error("city_region") autocomplete="address-level2" />
                <SelectField field="country" name=n("country") label=t("organisation-country") value=a.country error=error("country") options=use_countries() />
            }
            .into_any()
        }
        WizardStep::Practice => {
            let a = answers.practice;
            let n = |field| name("practice", field);
            // The page's language until the applicant says otherwise.
            let language = if a.language.is_empty() {
                WrittenLanguage::from(use_lang()).code().to_owned()
            } else {
                a.language
            };
            view! {
                <SelectField field="language" name=n("language") label=t("practice-language") value=language error=error("language")
                    hint=t("practice-language-hint") options=use_written_languages() />
                <TextField field="title" name=n("title") label=t("practice-title") value=a.title error=error("title") />
                <TextField field="summary" name=n("summary") label=t("practice-summary") value=a.summary error=error("summary") rows=4
                    hint=limit_hint("practice-summary-hint", Summary::parse) />
                <TextField field="description" name=n("description") label=t("practice-description") value=a.description error=error("description") rows=12
                    hint=limit_hint("practice-description-hint", Description::parse) />
                <TextField field="city_region" name=n("city_region") label=t("practice-city-region") value=a.city_region error=error("city_region") />
                <SelectField field="country" name=n("country") label=t("practice-country") value=a.country error=error("country") options=use_countries() />
                <RadioField field="status" name=n("status") legend=t("practice-status") value=a.status error=error("status")
                    options=options(&PracticeStatus::ALL, PracticeStatus::slug, PracticeStatus::label_key) />
                <TextField field="start_year" name=n("start_year") label=t("practice-start-year") value=a.start_year error=error("start_year") input_type="text"
                    hint=t("practice-start-year-hint") />
                <TextField field="partners" name=n("partners") label=t("practice-partners") value=a.partners error=error("partners") rows=4 />
                <TextField field="target_groups" name=n("target_groups") label=t("practice-target-groups") value=a.target_groups error=error("target_groups") rows=3 />
                <SelectField field="budget_range" name=n("budget_range") label=t("practice-budget") value=a.budget_range error=error("budget_range") optional=true
                    options=options(&BudgetRange::ALL, BudgetRange::slug, BudgetRange::label_key) />
                <TextField field="funding_sources" name=n("funding_sources") label=t("practice-funding-sources") value=a.funding_sources error=error("funding_sources") rows=3 optional=true />
            }
            .into_any()
        }
        WizardStep::Transformation => {
            let a = answers.transformation;
            view! {
                <p>{t("transformation-intro")}</p>
                {Theme::ALL
                    .into_iter()
                    .map(|theme| {
                        let (ticked_field, how_field) = TransformationAnswers::fields(theme);
                        let (ticked, how) = a.answer(theme);
                        view! {
                            <div class="theme-choice">
                                <CheckboxField field=ticked_field name=name("transformation", ticked_field) label=t(theme.label_key())
                                    checked=is_ticked(ticked) error=error(ticked_field) />
                                <TextField field=how_field name=name("transformation", how_field) label=t(how_label_key(theme))
                                    value=how.to_owned() error=error(how_field) rows=4 hint=limit_hint("transformation-how-hint", LongText::parse) />
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
                <TextField field="results" name=n("results") label=t("impact-results") value=a.results error=error("results") rows=6
                    hint=limit_hint("impact-results-hint", Evidence::parse) />
                <TextField field="lessons" name=n("lessons") label=t("impact-lessons") value=a.lessons error=error("lessons") rows=5 />
                <TextField field="transferability" name=n("transferability") label=t("impact-transferability") value=a.transferability error=error("transferability") rows=5 />
                <TextField field="requirements" name=n("requirements") label=t("impact-requirements") value=a.requirements error=error("requirements") rows=5
                    hint=t("impact-requirements-hint") />
            }
            .into_any()
        }
        WizardStep::PeerLearning => {
            let a = answers.peer_learning;
            let n = |field| name("peer_learning", field);
            view! {
                <RadioField field="willing_to_host" name=n("willing_to_host") legend=t("peer-learning-host")
                    value=a.willing_to_host error=error("willing_to_host") options=yes_no_options()
                    hint=t("peer-learning-host-hint") />
                <div class="conditional">
                    <p class="field__hint">{t("peer-learning-if-hosting")}</p>
                    <TextField field="host_city" name=n("host_city") label=t("peer-learning-host-city") value=a.host_city error=error("host_city") />
                    <TextField field="host_period" name=n("host_period") label=t("peer-learning-host-period") value=a.host_period error=error("host_period") hint=t("peer-learning-host-period-hint") />
                    <TextField field="host_organiser" name=n("host_organiser") label=t("peer-learning-host-organiser") value=a.host_organiser error=error("host_organiser") />
                </div>
                <RadioField field="workshop_interest" name=n("workshop_interest") legend=t("peer-learning-workshop")
                    value=a.workshop_interest error=error("workshop_interest") options=yes_no_options() />
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
                <legend>{t_with("media-image-about", [("file", file.name.clone().into())])}</legend>
                <TextField field=field("alt_text") name=input_name("alt_text") label=t("media-alt-text") value=typed.alt_text
                    error=error_of(errors, &field("alt_text")) hint=limit_hint("media-alt-text-hint", Text::<300>::parse) />
                <TextField field=field("caption") name=input_name("caption") label=t("media-caption") value=typed.caption optional=true
                    error=error_of(errors, &field("caption")) />
                <TextField field=field("credit") name=input_name("credit") label=t("media-credit") value=typed.credit optional=true
                    error=error_of(errors, &field("credit")) hint=t("media-credit-hint") />
                <SelectField field=field("licence") name=input_name("licence") label=t("media-licence") value=typed.licence
                    error=error_of(errors, &field("licence"))
                    options=options(&Licence::ALL, Licence::slug, Licence::label_key) />
            </fieldset>
        }
        .into_any()
    });
    let no_details = Callback::new(|_: UploadedFile| ().into_any());
    view! {
        <section id="uploads" class="media" aria-labelledby="images-heading">
            <h2 id="images-heading">{t("media-images")}</h2>
            <p>{t("media-images-text")}</p>
            <UploadedList files=of_kind(UploadKind::Image) details=image_details />
            <Uploader kind=UploadKind::Image files rejected=image_rejections />
            <h2>{t("media-documents")}</h2>
            <UploadedList files=of_kind(UploadKind::Document) details=no_details />
            <Uploader kind=UploadKind::Document files rejected=document_rejections />
        </section>
        <TextField field="links" name=name("media", "links") label=t("media-links") value=links error=error_of(errors, "links") rows=4 optional=true
            hint=t_with("media-links-hint", [("max", MAX_LINKS.into())]) />
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
    let (privacy_before, privacy_after) = t_around("review-privacy", "link", []);
    view! {
        <p>{t("review-intro")}</p>
        <AnswerSummary answers files incomplete changeable=true />
        <section aria-labelledby="consents">
            <h2 id="consents">{t("review-consents")}</h2>
            <p>{privacy_before}<a href=localized("/privacy")>{t("review-privacy-link")}</a>{privacy_after}</p>
            {[Consent::Processing, Consent::Publication, Consent::ImageRights, Consent::Contact]
                .into_iter()
                .filter(|&consent| consent != Consent::ImageRights || has_images)
                .map(|consent| {
                    view! {
                        <CheckboxField field=consent.field() name=name("consents", consent.field()) label=t(consent.text_key())
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
    let row = |key: &str, value: String| (t(key), value);
    let sections: Vec<(WizardStep, Vec<(String, String)>)> = vec![
        (
            WizardStep::Organisation,
            vec![
                row(
                    "review-name",
                    format!("{} {}", a.organisation.first_name, a.organisation.last_name),
                ),
                row("organisation-email", a.organisation.email.clone()),
                row("review-role", a.organisation.role.clone()),
                row(
                    "organisation-name",
                    a.organisation.organisation_name.clone(),
                ),
                row(
                    "review-type",
                    OrganisationType::parse(&a.organisation.organisation_type)
                        .map(|kind| t(kind.label_key()))
                        .unwrap_or_default(),
                ),
                row("organisation-website", a.organisation.website.clone()),
                row(
                    "review-place",
                    place(&a.organisation.city_region, &a.organisation.country),
                ),
            ],
        ),
        (
            WizardStep::Practice,
            vec![
                row(
                    "practice-language",
                    WrittenLanguage::parse(&a.practice.language)
                        .map(|language| t(&language.name_key()))
                        .unwrap_or_default(),
                ),
                row("review-title", a.practice.title.clone()),
                row("review-summary", a.practice.summary.clone()),
                row("review-description", a.practice.description.clone()),
                row(
                    "review-where",
                    place(&a.practice.city_region, &a.practice.country),
                ),
                row(
                    "review-status",
                    PracticeStatus::parse(&a.practice.status)
                        .map(|status| t(status.label_key()))
                        .unwrap_or_default(),
                ),
                row("review-started", a.practice.start_year.clone()),
                row("practice-partners", a.practice.partners.clone()),
                row("practice-target-groups", a.practice.target_groups.clone()),
                row(
                    "practice-budget",
                    BudgetRange::parse_optional(&a.practice.budget_range)
                        .ok()
                        .flatten()
                        .map(|range| t(range.label_key()))
                        .unwrap_or_default(),
                ),
                row(
                    "practice-funding-sources",
                    a.practice.funding_sources.clone(),
                ),
            ],
        ),
        (
            WizardStep::Transformation,
            Theme::ALL
                .into_iter()
                .filter_map(|theme| {
                    let (ticked, how) = a.transformation.answer(theme);
                    is_ticked(ticked).then(|| row(theme.label_key(), how.to_owned()))
                })
                .collect(),
        ),
        (
            WizardStep::Impact,
            vec![
                row("impact-results", a.impact.results.clone()),
                row("impact-lessons", a.impact.lessons.clone()),
                row("review-adopt", a.impact.transferability.clone()),
                row("review-adopt-needs", a.impact.requirements.clone()),
            ],
        ),
        (
            WizardStep::PeerLearning,
            vec![
                row(
                    "review-would-host",
                    yes_no(&a.peer_learning.willing_to_host),
                ),
                row("peer-learning-host-city", a.peer_learning.host_city.clone()),
                row(
                    "peer-learning-host-period",
                    a.peer_learning.host_period.clone(),
                ),
                row("review-organiser", a.peer_learning.host_organiser.clone()),
                row(
                    "review-would-present",
                    yes_no(&a.peer_learning.workshop_interest),
                ),
            ],
        ),
        (
            WizardStep::Media,
            files
                .iter()
                .map(|file| {
                    let (label, described) = match file.kind {
                        UploadKind::Image => ("review-image", a.media.image(file.id).alt_text),
                        UploadKind::Document => ("review-document", String::new()),
                    };
                    let value = if described.is_empty() {
                        file.name.clone()
                    } else {
                        t_with(
                            "review-file-described",
                            [
                                ("file", file.name.clone().into()),
                                ("description", described.into()),
                            ],
                        )
                    };
                    row(label, value)
                })
                .chain([row("review-links", a.media.links.clone())])
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
                        {missing.then(|| view! { <p class="field__error">{t("review-incomplete")}</p> })}
                        <dl>
                            {rows
                                .into_iter()
                                .filter(|(_, value)| !value.trim().is_empty())
                                .map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> })
                                .collect_view()}
                        </dl>
                        {changeable.then(|| {
                            let (before, after) = t_around("review-change", "part", []);
                            view! {
                                <p>
                                    <a href=localized(&step_path(step, missing))>
                                        {before}<span class="visually-hidden">{step.title()}</span>{after}
                                    </a>
                                </p>
                            }
                        })}
                    </section>
                }
            })
            .collect_view()}
    }
}

fn place(city_region: &str, country: &str) -> String {
    // Country names are the catalogue's `country-{code}` messages.
    let country = crate::country::Country::parse(country)
        .map(|country| t(&format!("country-{}", country.code())))
        .unwrap_or_default();
    [city_region.trim(), &country]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn yes_no(answer: &str) -> String {
    match answer {
        "yes" => t("peer-learning-yes"),
        "no" => t("peer-learning-no"),
        _ => String::new(),
    }
}
