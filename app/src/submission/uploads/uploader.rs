//! The upload field of step 6. Without JavaScript it is a file input that the step's form posts
//! with everything else. With JavaScript each chosen file is checked at once, previewed, and
//! sent on its own with a progress bar; the stored file then joins the list above the field.

use leptos::prelude::*;

use super::{Rejection, UploadKind, UploadedFile};
use crate::components::field_id;

/// A file on its way up, as the page shows it.
#[derive(Debug, Clone)]
struct Pending {
    key: u32,
    name: String,
    /// An object URL of the chosen image, shown before the server has it.
    preview: Option<String>,
    /// 0 to 100.
    progress: RwSignal<u32>,
    problem: RwSignal<Option<String>>,
}

/// The input's id: where the error summary sends people for a refused file.
pub fn upload_field(kind: UploadKind) -> String {
    format!("{}_upload", kind.slug())
}

#[component]
pub fn Uploader(
    kind: UploadKind,
    /// The stored files of the step; a finished upload is added here.
    files: RwSignal<Vec<UploadedFile>>,
    /// Files refused by the last form post.
    rejected: Vec<Rejection>,
) -> impl IntoView {
    let field = upload_field(kind);
    let id = field_id(&field);
    let pending = RwSignal::new(Vec::<Pending>::new());
    // Set once hydrated: files then go up as soon as they are chosen.
    let enhanced = RwSignal::new(false);
    Effect::new(move |_| enhanced.set(true));
    let (label, hint) = match kind {
        UploadKind::Image => (
            "Add images",
            "JPEG, PNG or WebP, at most 10 MB each and 10 in all. Photos are stored without \
             their location and camera data.",
        ),
        UploadKind::Document => ("Add PDF documents", "PDF, at most 20 MB each and 3 in all."),
    };
    let has_errors = !rejected.is_empty();
    let described_by = format!(
        "{id}-hint{}",
        if has_errors {
            format!(" {id}-error")
        } else {
            String::new()
        }
    );
    let on_change = move |event: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            if let Some(input) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                browser::start_uploads(&input, kind, files, pending);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, files, pending);
    };
    view! {
        <div class="field upload" class:field--error=has_errors data-field=field>
            <label class="field__label" for=id.clone()>{label}</label>
            <p class="field__hint" id=format!("{id}-hint")>{hint}</p>
            {has_errors.then(|| view! {
                <ul class="field__error" id=format!("{id}-error")>
                    {rejected.iter().map(|rejection| view! {
                        <li><span class="visually-hidden">{crate::i18n::t("form-error-prefix")}</span>{crate::i18n::say(&rejection.message())}</li>
                    }).collect_view()}
                </ul>
            })}
            <input
                type="file"
                id=id
                name=kind.slug()
                multiple=true
                accept=kind.content_types().join(",")
                aria-describedby=described_by
                aria-invalid=has_errors.then_some("true")
                on:change=on_change
            />
            <ul class="upload__pending" aria-live="polite">
                <For each=move || pending.get() key=|item| item.key let:item>
                    <li class="upload__item">
                        {item.preview.clone().map(|src| view! { <img class="upload__thumbnail" src=src alt="" /> })}
                        <span class="upload__name">{item.name.clone()}</span>
                        {move || match item.problem.get() {
                            Some(problem) => view! { <span class="field__error">{problem}</span> }.into_any(),
                            None => view! {
                                <progress max="100" value=move || item.progress.get() aria-label=format!("Uploading {}", item.name)>
                                    {move || format!("{}%", item.progress.get())}
                                </progress>
                            }
                            .into_any(),
                        }}
                    </li>
                </For>
            </ul>
            <button type="submit" name="intent" value="upload" class="button button--secondary" hidden=enhanced>
                {match kind {
                    UploadKind::Image => "Upload the chosen images",
                    UploadKind::Document => "Upload the chosen documents",
                }}
            </button>
        </div>
    }
}

/// A stored file in the list of the step: its name and size and a button that removes it;
/// `details` holds what is typed about it (images: caption, alt text, credit, licence).
#[component]
pub fn UploadedList(
    files: Signal<Vec<UploadedFile>>,
    details: Callback<UploadedFile, AnyView>,
) -> impl IntoView {
    view! {
        <ul class="uploads">
            <For each=move || files.get() key=|file| file.id let:file>
                <li class="uploads__item">
                    <div class="uploads__file">
                        {file.thumbnail_url.clone().map(|src| view! {
                            <img class="uploads__thumbnail" src=src alt="" width="160" />
                        })}
                        <p>
                            <a href=file.url.clone()>{file.name.clone()}</a>
                            " ("{file.size_text()}")"
                        </p>
                        <button type="submit" name="remove" value=file.id class="button button--secondary">
                            "Remove "<span class="visually-hidden">{file.name.clone()}</span>
                        </button>
                    </div>
                    {details.run(file)}
                </li>
            </For>
        </ul>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    use web_sys::{FormData, HtmlInputElement, ProgressEvent, XmlHttpRequest};

    use super::super::{Rejection, UploadKind, UploadOutcome, UploadedFile, check_before_upload};
    use super::Pending;
    use crate::error::AppError;

    /// Checks each chosen file, previews it and sends it on its own; then empties the input, so
    /// that the step's form does not send the files a second time.
    pub fn start_uploads(
        input: &HtmlInputElement,
        kind: UploadKind,
        files: RwSignal<Vec<UploadedFile>>,
        pending: RwSignal<Vec<Pending>>,
    ) {
        let Some(chosen) = input.files() else {
            return;
        };
        for index in 0..chosen.length() {
            let Some(file) = chosen.get(index) else {
                continue;
            };
            let checked = check_before_upload(kind, file.size() as u64, &file.type_());
            let item = Pending {
                key: next_key(),
                name: file.name(),
                // Only a file that passed the checks is previewed: a refused one may not be an
                // image at all.
                preview: (kind == UploadKind::Image && checked.is_ok())
                    .then(|| web_sys::Url::create_object_url_with_blob(&file).ok())
                    .flatten(),
                progress: RwSignal::new(0),
                problem: RwSignal::new(None),
            };
            pending.update(|list| list.push(item.clone()));
            if let Err(problem) = checked {
                let rejection = Rejection {
                    file_name: file.name(),
                    problem,
                };
                item.problem
                    .set(Some(crate::i18n::say(&rejection.message())));
                continue;
            }
            if send(kind, &file, &item, files, pending).is_none() {
                item.problem
                    .set(Some("The upload could not start. Try again.".to_owned()));
            }
        }
        input.set_value("");
    }

    fn next_key() -> u32 {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        NEXT.fetch_add(1, Ordering::Relaxed)
    }

    fn send(
        kind: UploadKind,
        file: &web_sys::File,
        item: &Pending,
        files: RwSignal<Vec<UploadedFile>>,
        pending: RwSignal<Vec<Pending>>,
    ) -> Option<()> {
        let form = FormData::new().ok()?;
        form.append_with_blob_and_filename(kind.slug(), file, &file.name())
            .ok()?;
        let request = XmlHttpRequest::new().ok()?;
        request
            .open_with_async("POST", "/submit/upload", true)
            .ok()?;
        request
            .set_request_header("Accept", "application/json")
            .ok()?;

        let progress = item.progress;
        let on_progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |event: ProgressEvent| {
            if event.length_computable() && event.total() > 0.0 {
                progress.set((event.loaded() / event.total() * 100.0).round() as u32);
            }
        });
        request
            .upload()
            .ok()?
            .set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
        // The handlers live as long as the request; it ends once, so leaking them is bounded.
        on_progress.forget();

        let finished = request.clone();
        let item = item.clone();
        let on_done = Closure::once_into_js(move || {
            let body = finished.response_text().ok().flatten().unwrap_or_default();
            let status = finished.status().unwrap_or(0);
            if status == 200 {
                match serde_json::from_str::<UploadOutcome>(&body) {
                    Ok(outcome) => {
                        if let Some(rejection) = outcome.rejected.first() {
                            item.problem
                                .set(Some(crate::i18n::say(&rejection.message())));
                        } else {
                            pending.update(|list| list.retain(|other| other.key != item.key));
                        }
                        files.update(|list| list.extend(outcome.stored));
                    }
                    Err(_) => item.problem.set(Some(failure())),
                }
            } else {
                let message = serde_json::from_str::<AppError>(&body)
                    .map(|error| error.to_string())
                    .unwrap_or_else(|_| failure());
                item.problem.set(Some(message));
            }
        });
        request.set_onloadend(Some(on_done.unchecked_ref()));
        request.send_with_opt_form_data(Some(&form)).ok()
    }

    fn failure() -> String {
        "The upload did not finish. Check your connection and try again.".to_owned()
    }
}
