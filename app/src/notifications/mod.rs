//! The emails applicants get from staff decisions: templates admins edit (`/admin/templates`),
//! in each language, with a preview that fills in example values as they type. Each applicant
//! gets the template of their language; without one, the English.

#[cfg(feature = "ssr")]
pub mod db;
pub mod template;

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::components::{ErrorSummary, ServerData, TextField};
use crate::error::{AppError, field_message, summary_entries};
use crate::i18n::Lang;
use crate::translations::pages::{EnglishText, LanguageTabs, use_edited_language};
use template::{EmailTemplate, PLACEHOLDERS, TemplateKind, TemplatePart, TemplateValues};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateText {
    pub kind: TemplateKind,
    pub lang: Lang,
    /// Empty in a language whose applicants get the English.
    pub subject: String,
    pub body: String,
    /// In a language other than English, the English subject and text.
    pub english: Option<(String, String)>,
}

const PAGE: &str = "/admin/templates";

/// Every template in `lang` as it will be used; admins only.
#[server(endpoint = "staff/templates")]
pub async fn load_templates(#[server(default)] lang: Lang) -> Result<Vec<TemplateText>, AppError> {
    crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    let mut texts = Vec::new();
    for kind in TemplateKind::ALL {
        let english = db::load(&state.db, kind).await?;
        let english = (
            english.subject_source().to_owned(),
            english.body_source().to_owned(),
        );
        let (template, written_in) = db::load_in(&state.db, kind, lang).await?;
        let (subject, body) = if written_in == lang {
            (
                template.subject_source().to_owned(),
                template.body_source().to_owned(),
            )
        } else {
            Default::default()
        };
        texts.push(TemplateText {
            kind,
            lang,
            subject,
            body,
            english: (lang != Lang::En).then_some(english),
        });
    }
    Ok(texts)
}

fn field_of(kind: TemplateKind, part: TemplatePart) -> String {
    let part = match part {
        TemplatePart::Subject => "subject",
        TemplatePart::Body => "body",
    };
    format!("{}_{part}", kind.slug())
}

/// Saves template `kind` in `lang`; emails written from then on use it. In a language other
/// than English, an empty subject and text give its applicants the English again.
#[server(endpoint = "staff/template")]
pub async fn save_template(
    #[server(default)] kind: String,
    #[server(default)] subject: String,
    #[server(default)] body: String,
    #[server(default)] lang: Lang,
) -> Result<(), AppError> {
    let admin = crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    let kind = TemplateKind::parse(&kind).ok_or_else(|| AppError::BadRequest("kind".to_owned()))?;
    let removed = lang != Lang::En && subject.trim().is_empty() && body.trim().is_empty();
    let template = if removed {
        None
    } else {
        Some(
            EmailTemplate::parse(&subject, &body).map_err(|(part, error)| {
                AppError::invalid(field_of(kind, part), error.to_string())
            })?,
        )
    };
    let now = chrono::Utc::now();
    crate::audit::db::audited(
        &state,
        &admin,
        async |conn| {
            match (&template, lang) {
                (Some(template), Lang::En) => db::save(conn, kind, template, now).await?,
                _ => {
                    let [subject_name, body_name] = kind.subjects();
                    let parts = template.as_ref().map_or(("", ""), |template| {
                        (template.subject_source(), template.body_source())
                    });
                    crate::translations::db::save(conn, lang, &subject_name, parts.0, now).await?;
                    crate::translations::db::save(conn, lang, &body_name, parts.1, now).await?;
                }
            }
            Ok(())
        },
        |_| {
            let summary = format!(
                "Changed the email “{}”{}",
                kind.label(),
                crate::translations::pages::in_language(lang)
            );
            (format!("template:{}", kind.slug()), summary)
        },
    )
    .await?;
    leptos_axum::redirect(&format!(
        "{}&saved={}",
        crate::translations::pages::editor_address(PAGE, lang),
        kind.slug()
    ));
    Ok(())
}

#[component]
pub fn TemplatesPage() -> impl IntoView {
    let save = ServerAction::<SaveTemplate>::new();
    let lang = use_edited_language();
    let templates = Resource::new(move || lang.get(), load_templates);
    let saved = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("saved")
        .and_then(|slug| TemplateKind::parse(&slug));
    view! {
        <Title text="Email templates" />
        <article class="page">
            <crate::admin::StaffNav />
            <h1>"Email templates"</h1>
            <p class="lead">
                "The emails applicants receive. Decision emails wait in the "
                <a href="/admin/outbox?status=held">"outbox"</a>" until an admin releases them."
            </p>
            {move || {
                let errors = summary_entries([save.value().get()], "templates");
                view! { <ErrorSummary errors /> }
            }}
            {saved.map(|kind| view! {
                <p class="notice notice--success" role="status">{format!("“{}” is saved.", kind.label())}</p>
            })}
            <LanguageTabs current=lang page=PAGE />
            <h2>"Placeholders"</h2>
            <dl class="placeholders">
                {PLACEHOLDERS.iter().map(|(name, meaning)| view! {
                    <dt><code>{format!("{{{name}}}")}</code></dt><dd>{*meaning}</dd>
                }).collect_view()}
            </dl>
            <ServerData resource=templates view={move |texts: Vec<TemplateText>| {
                texts.into_iter().map(|text| view! { <TemplateForm text save /> }).collect_view()
            }} />
        </article>
    }
}

/// One template's form, with a preview that follows the typing once the page is interactive.
#[component]
fn TemplateForm(text: TemplateText, save: ServerAction<SaveTemplate>) -> impl IntoView {
    let kind = text.kind;
    let subject = RwSignal::new(text.subject.clone());
    let body = RwSignal::new(text.body.clone());
    let preview = Memo::new(move |_| {
        EmailTemplate::parse(&subject.get(), &body.get())
            .map(|template| template.render(&TemplateValues::example()))
            .map_err(|(_, error)| error.to_string())
    });
    // A translation left empty is allowed: those applicants get the English.
    let optional = text.lang != Lang::En;
    let error = move |part: TemplatePart| {
        let field = field_of(kind, part);
        Signal::derive(move || {
            field_message(save.value().get(), &field).or_else(|| {
                if optional && subject.get().trim().is_empty() && body.get().trim().is_empty() {
                    return None;
                }
                match EmailTemplate::parse(&subject.get(), &body.get()) {
                    Err((wrong, error)) if wrong == part => Some(error.to_string()),
                    _ => None,
                }
            })
        })
    };
    let heading = format!("template-{}", kind.slug());
    let labelled_by = heading.clone();
    view! {
        <section aria-labelledby=labelled_by class="template">
            <h2 id=heading>{format!("{} ({})", kind.label(), text.lang.english_name())}</h2>
            {text.english.map(|(subject, body)| view! {
                <p>"Leave both the subject and the text empty to send the English to these applicants."</p>
                <EnglishText title=subject body />
            })}
            <ActionForm action=save attr:novalidate=true>
                <input type="hidden" name="kind" value=kind.slug() />
                <input type="hidden" name="lang" value=text.lang.code() />
                <div on:input=move |event| subject.set(event_target_value(&event))>
                    <TextField field=field_of(kind, TemplatePart::Subject) name="subject" label="Subject"
                        value=text.subject error=error(TemplatePart::Subject) />
                </div>
                <div on:input=move |event| body.set(event_target_value(&event))>
                    <TextField field=field_of(kind, TemplatePart::Body) name="body" label="Text"
                        value=text.body error=error(TemplatePart::Body) rows=12 />
                </div>
                <button type="submit" class="button button--primary">{format!("Save “{}”", kind.label())}</button>
            </ActionForm>
            <details class="template__preview">
                <summary>"Preview with example values"</summary>
                {move || match preview.get() {
                    Ok((subject, body)) => view! {
                        <p><strong>"Subject: "</strong>{subject}</p>
                        <pre class="email-text">{body}</pre>
                    }.into_any(),
                    Err(problem) => view! { <p>{problem}</p> }.into_any(),
                }}
            </details>
        </section>
    }
}
