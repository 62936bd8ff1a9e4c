//! `/admin/practices`: admins make the public copy of a selected practice (or write one from
//! scratch), edit it, preview it as visitors will see it, publish, unpublish and feature it.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::editing::FileForm;
use super::editing::PracticeForm;
use super::{PracticeArticle, PracticeDetail};
#[cfg(feature = "ssr")]
use crate::auth::Role;
use crate::components::{
    CheckboxField, ErrorSummary, SelectField, ServerData, TextField, use_id_param,
};
use crate::country::COUNTRIES;
use crate::error::{AppError, field_message, summary_entries};
use crate::i18n::use_written_languages;
use crate::submission::media::Licence;
use crate::submission::organisation::OrganisationType;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeRow {
    pub id: i32,
    pub title: String,
    pub slug: String,
    pub published: bool,
    pub featured: bool,
}

/// A file the editor can show or hide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditorFile {
    pub id: i32,
    pub is_image: bool,
    pub url: String,
    pub thumbnail_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeEditor {
    pub id: i32,
    pub form: PracticeForm,
    pub files: Vec<EditorFile>,
    pub published: bool,
    pub featured: bool,
    pub submission_id: Option<i32>,
    /// The saved practice exactly as its public page will show it.
    pub preview: PracticeDetail,
}

#[server(endpoint = "staff/practices")]
pub async fn load_practices() -> Result<Vec<PracticeRow>, AppError> {
    crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    Ok(super::publishing::all(&state.db)
        .await?
        .into_iter()
        .map(|row| PracticeRow {
            id: row.id,
            title: row.title,
            slug: row.slug,
            published: row.published_at.is_some(),
            featured: row.featured,
        })
        .collect())
}

/// The editor's form filled from a stored practice.
#[cfg(feature = "ssr")]
fn form_of(
    row: &crate::db::entities::practice::Model,
    files: &[crate::db::entities::practice_file::Model],
) -> PracticeForm {
    let themes = crate::theme::Theme::parse_list(&row.themes);
    let ticked = |theme| if themes.contains(&theme) { "yes" } else { "" }.to_owned();
    PracticeForm {
        content_lang: row.content_lang.clone(),
        title: row.title.clone(),
        slug: row.slug.clone(),
        summary: row.summary.clone(),
        body: row.body_markdown.clone(),
        country: row.country_code.clone(),
        city_region: row.city_region.clone(),
        organisation: row.organisation.clone(),
        organisation_type: row.organisation_type.clone(),
        environmental: ticked(crate::theme::Theme::Environmental),
        digital: ticked(crate::theme::Theme::Digital),
        social: ticked(crate::theme::Theme::Social),
        why_selected: row.why_selected.clone(),
        links: row.links.clone(),
        files: files
            .iter()
            .map(|file| {
                let form = FileForm {
                    shown: if file.shown { "yes" } else { "" }.to_owned(),
                    title: file.title.clone(),
                    alt_text: file.alt_text.clone(),
                    caption: file.caption.clone(),
                    credit: file.credit.clone(),
                    licence: file.licence.clone(),
                };
                (file.id.to_string(), form)
            })
            .collect(),
    }
}

/// The ids of a practice's images: a shown image needs its text alternative and licence.
#[cfg(feature = "ssr")]
fn image_ids(files: &[crate::db::entities::practice_file::Model]) -> Vec<i32> {
    files
        .iter()
        .filter(|file| file.kind == "image")
        .map(|file| file.id)
        .collect()
}

#[server(endpoint = "staff/practice")]
pub async fn load_practice_editor(id: i32) -> Result<PracticeEditor, AppError> {
    crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    let (row, files) = super::publishing::find(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound("This practice".to_owned()))?;
    let form = form_of(&row, &files);
    let editor_files = files
        .iter()
        .map(|file| EditorFile {
            id: file.id,
            is_image: file.kind == "image",
            url: format!("/uploads/{}", file.stored_name),
            thumbnail_url: (file.kind == "image")
                .then(|| format!("/uploads/{}/thumbnail", file.stored_name)),
        })
        .collect();
    Ok(PracticeEditor {
        id,
        files: editor_files,
        published: row.published_at.is_some(),
        featured: row.featured,
        submission_id: row.submission_id,
        preview: super::db::detail(&state.db, row, files, crate::i18n::Lang::En).await?,
        form,
    })
}

/// Makes `admin`'s change to a practice with its audit entry, in one transaction.
#[cfg(feature = "ssr")]
async fn audited<T>(
    admin: &crate::auth::StaffIdentity,
    subject: String,
    summary: String,
    change: impl AsyncFnOnce(&sea_orm::DatabaseTransaction) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let state = crate::state::app_state()?;
    crate::audit::db::audited(&state, admin, change, |_| (subject, summary)).await
}

/// Starts an empty practice and opens it in the editor.
#[server(endpoint = "staff/practice_new")]
pub async fn new_practice() -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    let id = audited(
        &admin,
        "practices".to_owned(),
        "Started a practice from scratch".to_owned(),
        async |conn| Ok(super::publishing::blank_draft(conn, chrono::Utc::now()).await?),
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/practices/{id}"));
    Ok(())
}

/// Copies selected submission `submission` into a draft practice (or opens the one made before).
#[server(endpoint = "staff/practice_from_submission")]
pub async fn practice_from_submission(submission: i32) -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    let id = audited(
        &admin,
        format!("submission:{submission}"),
        "Made the draft of its public practice".to_owned(),
        async |conn| {
            super::publishing::draft_from_submission(conn, submission, chrono::Utc::now())
                .await?
                .ok_or_else(|| AppError::NotFound("A selected submission".to_owned()))
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/practices/{id}"));
    Ok(())
}

#[server(endpoint = "staff/practice_save")]
pub async fn save_practice(
    id: i32,
    #[server(default)] practice: PracticeForm,
) -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    let images = image_ids(&super::publishing::files_of(&state.db, id).await?);
    let edit = practice.parse(&images).map_err(|errors| {
        errors.iter().next().map_or(AppError::Internal, |error| {
            AppError::invalid(error.field.clone(), error.message.clone())
        })
    })?;
    let summary = format!("Saved “{}”", edit.title.as_str());
    audited(
        &admin,
        format!("practice:{id}"),
        summary,
        async |conn| match super::publishing::save(conn, id, &edit, chrono::Utc::now()).await? {
            super::publishing::Saved::Done => Ok(()),
            super::publishing::Saved::SlugTaken => Err(AppError::invalid(
                "slug".to_owned(),
                "Another practice has this address. Choose another.".to_owned(),
            )),
            super::publishing::Saved::NotFound => {
                Err(AppError::NotFound("This practice".to_owned()))
            }
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/practices/{id}?saved=1"));
    Ok(())
}

#[cfg(feature = "ssr")]
fn yes_or_no(value: &str, field: &str) -> Result<bool, AppError> {
    crate::submission::fields::parse_yes_no(value)
        .map_err(|_| AppError::invalid(field.to_owned(), "Choose yes or no.".to_owned()))
}

/// Publishes (`yes`) or unpublishes (`no`) a practice. Only a complete practice is published.
#[server(endpoint = "staff/practice_publish")]
pub async fn publish_practice(id: i32, #[server(default)] publish: String) -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    let publish = yes_or_no(&publish, "publish")?;
    if publish {
        let state = crate::state::app_state()?;
        let (row, files) = super::publishing::find(&state.db, id)
            .await?
            .ok_or_else(|| AppError::NotFound("This practice".to_owned()))?;
        if let Err(errors) = form_of(&row, &files).parse(&image_ids(&files)) {
            let first = errors
                .iter()
                .next()
                .map(|error| crate::i18n::I18n::new(crate::i18n::Lang::En).message(&error.message))
                .unwrap_or_default();
            return Err(AppError::invalid(
                "publish".to_owned(),
                format!("Complete the practice before publishing it: {first}"),
            ));
        }
    }
    let verb = if publish { "Published" } else { "Unpublished" };
    audited(
        &admin,
        format!("practice:{id}"),
        format!("{verb} the practice"),
        async |conn| {
            super::publishing::set_published(conn, id, publish, chrono::Utc::now())
                .await?
                .then_some(())
                .ok_or_else(|| AppError::NotFound("This practice".to_owned()))
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/practices/{id}"));
    Ok(())
}

/// Features (`yes`) a practice on the home page, or stops featuring it (`no`).
#[server(endpoint = "staff/practice_feature")]
pub async fn feature_practice(
    id: i32,
    #[server(default)] featured: String,
) -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    let featured = yes_or_no(&featured, "featured")?;
    let verb = if featured {
        "Featured"
    } else {
        "Stopped featuring"
    };
    audited(
        &admin,
        format!("practice:{id}"),
        format!("{verb} the practice"),
        async |conn| {
            super::publishing::set_featured(conn, id, featured)
                .await?
                .then_some(())
                .ok_or_else(|| AppError::NotFound("This practice".to_owned()))
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/practices/{id}"));
    Ok(())
}

#[component]
pub fn PracticesAdminPage() -> impl IntoView {
    let new = ServerAction::<NewPractice>::new();
    let practices = Resource::new(|| (), |_| load_practices());
    view! {
        <Title text="Practices" />
        <article class="page">
            <crate::admin::StaffNav />
            <h1>"Practices"</h1>
            <p class="lead">
                "The public gallery. Make a practice from a selected submission on its page, or write one here."
            </p>
            <ActionForm action=new>
                <button type="submit" class="button button--secondary">"Write a new practice"</button>
            </ActionForm>
            <ServerData resource=practices view={|rows: Vec<PracticeRow>| view! {
                <table class="table table--wide">
                    <caption class="visually-hidden">"Practices"</caption>
                    <thead><tr>
                        <th scope="col">"Title"</th>
                        <th scope="col">"Address"</th>
                        <th scope="col">"State"</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! {
                            <tr>
                                <td><a href=format!("/admin/practices/{}", row.id)>
                                    {if row.title.is_empty() { "(untitled)".to_owned() } else { row.title }}
                                </a></td>
                                <td>{format!("/practices/{}", row.slug)}</td>
                                <td>
                                    {if row.published { "Published" } else { "Draft" }}
                                    {row.featured.then_some(", featured")}
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }} />
        </article>
    }
}

#[component]
pub fn PracticeEditorPage() -> impl IntoView {
    let id = use_id_param("id");
    let save = ServerAction::<SavePractice>::new();
    let publish = ServerAction::<PublishPractice>::new();
    let feature = ServerAction::<FeaturePractice>::new();
    let editor = Resource::new(
        move || {
            (
                id.get(),
                save.version().get(),
                publish.version().get(),
                feature.version().get(),
            )
        },
        |(id, ..)| load_practice_editor(id),
    );
    view! {
        <Title text="Edit a practice" />
        <article class="page page--narrow">
            <crate::admin::StaffNav />
            <p><a href="/admin/practices">"All practices"</a></p>
            {move || {
                let mut errors = summary_entries([save.value().get()], "title");
                errors.extend(summary_entries([publish.value().get()], "publish"));
                errors.extend(summary_entries([feature.value().get()], "featured"));
                view! { <ErrorSummary errors /> }
            }}
            <ServerData resource=editor view={move |editor: PracticeEditor| view! {
                <Editor editor save publish feature />
            }} />
        </article>
    }
}

fn no_error() -> Signal<Option<String>> {
    Signal::stored(None)
}

#[component]
fn Editor(
    editor: PracticeEditor,
    save: ServerAction<SavePractice>,
    publish: ServerAction<PublishPractice>,
    feature: ServerAction<FeaturePractice>,
) -> impl IntoView {
    let error =
        move |field: String| Signal::derive(move || field_message(save.value().get(), &field));
    let form = editor.form.clone();
    let heading = if form.title.is_empty() {
        "A new practice".to_owned()
    } else {
        form.title.clone()
    };
    let ticked = |value: &str| crate::submission::fields::is_ticked(value);
    view! {
        <h1>{heading}</h1>
        <p>
            {if editor.published {
                view! { "Published at "<a href=format!("/practices/{}", form.slug)>{format!("/practices/{}", form.slug)}</a>"." }.into_any()
            } else {
                "A draft: visitors cannot see it.".into_any()
            }}
            {editor.featured.then_some(" Featured on the home page.")}
            {editor.submission_id.map(|submission| view! {
                " Made from "<a href=format!("/admin/submissions/{submission}")>"this submission"</a>"."
            })}
        </p>
        <div class="inline-form">
            <ActionForm action=publish attr:class="inline-form">
                <input type="hidden" name="id" value=editor.id />
                <input type="hidden" name="publish" value=if editor.published { "no" } else { "yes" } />
                <button type="submit" class="button button--primary">
                    {if editor.published { "Unpublish" } else { "Publish" }}
                </button>
            </ActionForm>
            <ActionForm action=feature attr:class="inline-form">
                <input type="hidden" name="id" value=editor.id />
                <input type="hidden" name="featured" value=if editor.featured { "no" } else { "yes" } />
                <button type="submit" class="button button--secondary">
                    {if editor.featured { "Stop featuring" } else { "Feature on the home page" }}
                </button>
            </ActionForm>
        </div>
        <h2>"Edit"</h2>
        <ActionForm action=save attr:novalidate=true>
            <input type="hidden" name="id" value=editor.id />
            <SelectField field="content_lang" name="practice[content_lang]" label="Language of its texts"
                value=form.content_lang.clone() error=error("content_lang".into()) options=use_written_languages()
                hint="The page marks the title, summary and text as written in it." />
            <TextField field="title" name="practice[title]" label="Title" value=form.title.clone() error=error("title".into()) />
            <TextField field="slug" name="practice[slug]" label="Address" value=form.slug.clone() error=error("slug".into())
                hint="The end of /practices/…: lower-case letters, digits and hyphens." />
            <TextField field="summary" name="practice[summary]" label="Summary" value=form.summary.clone() error=error("summary".into()) rows=3 />
            <TextField field="body" name="practice[body]" label="Text (Markdown)" value=form.body.clone() error=error("body".into()) rows=16 />
            <SelectField field="country" name="practice[country]" label="Country" value=form.country.clone() error=error("country".into())
                options=COUNTRIES.to_vec() />
            <TextField field="city_region" name="practice[city_region]" label="City or region" value=form.city_region.clone() error=error("city_region".into()) />
            <TextField field="organisation" name="practice[organisation]" label="Organisation" value=form.organisation.clone() error=error("organisation".into()) />
            <SelectField field="organisation_type" name="practice[organisation_type]" label="Type of organisation" optional=true
                value=form.organisation_type.clone() error=error("organisation_type".into())
                options={OrganisationType::ALL.iter().map(|kind| (kind.slug(), kind.label())).collect::<Vec<_>>()} />
            <fieldset class="field" id="field-themes">
                <legend class="field__label">"Themes"</legend>
                {move || error("themes".into()).get().map(|message| view! { <p class="field__error">{message}</p> })}
                <CheckboxField field="environmental" name="practice[environmental]" label="Environmental" checked=ticked(&form.environmental) error=no_error() />
                <CheckboxField field="digital" name="practice[digital]" label="Digital" checked=ticked(&form.digital) error=no_error() />
                <CheckboxField field="social" name="practice[social]" label="Social" checked=ticked(&form.social) error=no_error() />
            </fieldset>
            <TextField field="why_selected" name="practice[why_selected]" label="Why it was selected (Markdown)" optional=true
                value=form.why_selected.clone() error=error("why_selected".into()) rows=4 />
            <TextField field="links" name="practice[links]" label="Links, one per line" optional=true
                value=form.links.clone() error=error("links".into()) rows=3 />
            {(!editor.files.is_empty()).then(|| view! { <h3>"Images and documents"</h3> })}
            {editor.files.into_iter().map(|file| {
                let fields = form.files.get(&file.id.to_string()).cloned().unwrap_or_default();
                let name = |part: &str| format!("practice[files][{}][{part}]", file.id);
                let field = |part: &str| format!("files_{}_{part}", file.id);
                view! {
                    <fieldset class="field practice-file">
                        <legend class="field__label">
                            {if file.is_image { "Image" } else { "Document" }}" "
                            <a href=file.url.clone()>{fields.title.clone()}</a>
                        </legend>
                        {file.thumbnail_url.map(|thumbnail| view! { <img class="uploads__thumbnail" src=thumbnail alt="" /> })}
                        <CheckboxField field=field("shown") name=name("shown") label="Show it on the public page"
                            checked=ticked(&fields.shown) error=no_error() />
                        <input type="hidden" name=name("title") value=fields.title.clone() />
                        {file.is_image.then(|| view! {
                            <TextField field=field("alt_text") name=name("alt_text") label="Text alternative" value=fields.alt_text.clone()
                                error=error(field("alt_text")) />
                            <TextField field=field("caption") name=name("caption") label="Caption" optional=true value=fields.caption.clone()
                                error=no_error() />
                            <TextField field=field("credit") name=name("credit") label="Credit" optional=true value=fields.credit.clone()
                                error=no_error() />
                            <SelectField field=field("licence") name=name("licence") label="Licence" value=fields.licence.clone()
                                error=error(field("licence"))
                                options={Licence::ALL.iter().map(|licence| (licence.slug(), licence.label())).collect::<Vec<_>>()} />
                        })}
                    </fieldset>
                }
            }).collect_view()}
            <button type="submit" class="button button--primary">"Save the practice"</button>
        </ActionForm>
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">"Preview of the saved practice"</h2>
            <div class="preview__frame">
                <PracticeArticle practice=editor.preview />
            </div>
        </section>
    }
}
