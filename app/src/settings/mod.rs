//! `/admin/settings`: admins edit the call (title, introduction, opening and closing time,
//! selection size, FAQ, scoring weights) and the texts of the home, privacy and accessibility
//! pages, in Markdown with a preview. The public pages read them on every request, so a change
//! shows at once.

#[cfg(feature = "ssr")]
pub mod db;
pub mod texts;

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::components::{ErrorSummary, ServerData, TextField};
use crate::error::{AppError, field_message, summary_entries};
use crate::i18n::Lang;
use crate::review::criteria::Criterion;
#[cfg(feature = "ssr")]
use crate::review::criteria::Weights;
use crate::translations::Shown;
use crate::translations::pages::{EnglishText, LanguageTabs, use_edited_language};
#[cfg(feature = "ssr")]
use texts::SiteText;
use texts::SiteTextKey;

/// The call's settings as the form shows and posts them; times are Brussels local time as a
/// `datetime-local` input writes them ("2026-01-10T23:59").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CallForm {
    pub title: String,
    pub introduction: String,
    pub opens_at: String,
    pub closes_at: String,
    pub selection_limit: String,
    pub faq: String,
    pub weights: WeightInputs,
}

/// One weight per criterion, named by its slug.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WeightInputs {
    pub relevance: String,
    pub impact: String,
    pub transferability: String,
    pub innovation: String,
    pub quality: String,
}

impl WeightInputs {
    fn in_order(&self) -> [&str; 5] {
        [
            &self.relevance,
            &self.impact,
            &self.transferability,
            &self.innovation,
            &self.quality,
        ]
    }
}

/// The call's settings, checked.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct CallEdit {
    pub title: String,
    pub introduction: String,
    pub opens_at: chrono::DateTime<chrono::Utc>,
    pub closes_at: chrono::DateTime<chrono::Utc>,
    pub selection_limit: i32,
    pub faq: String,
    pub weights: Weights,
}

#[cfg(feature = "ssr")]
fn from_brussels_input(input: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    crate::time::from_local_input(input, chrono_tz::Europe::Brussels)
}

#[cfg(feature = "ssr")]
fn to_brussels_input(at: chrono::DateTime<chrono::Utc>) -> String {
    crate::time::to_local_input(at, chrono_tz::Europe::Brussels)
}

#[cfg(feature = "ssr")]
impl CallForm {
    /// The checked settings, or the first field that is wrong and why.
    pub fn parse(&self) -> Result<CallEdit, (String, String)> {
        let wrong = |field: &str, message: &str| (field.to_owned(), message.to_owned());
        let [title, introduction, faq] = self.parse_texts()?;
        if title.is_empty() {
            return Err(wrong("title", TITLE_RULE));
        }
        let time = |field: &str, input: &str| {
            from_brussels_input(input).ok_or_else(|| {
                wrong(
                    field,
                    "Enter a date and time, such as 2026-01-10 23:59, that exists in Brussels.",
                )
            })
        };
        let opens_at = time("opens_at", &self.opens_at)?;
        let closes_at = time("closes_at", &self.closes_at)?;
        if closes_at <= opens_at {
            return Err(wrong("closes_at", "The call must close after it opens."));
        }
        let selection_limit = self
            .selection_limit
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|limit| (1..=100).contains(limit))
            .ok_or_else(|| wrong("selection_limit", "Enter a whole number from 1 to 100."))?;
        let weights = Weights::from_inputs(self.weights.in_order())
            .map_err(|(criterion, message)| wrong(&weight_field(criterion), message))?;
        Ok(CallEdit {
            title,
            introduction,
            opens_at,
            closes_at,
            selection_limit,
            faq,
            weights,
        })
    }

    /// The title, introduction and questions, in any language, checked for their length only:
    /// a language's version may leave them empty, to show the English.
    pub fn parse_texts(&self) -> Result<[String; 3], (String, String)> {
        let wrong = |field: &str, message: &str| Err((field.to_owned(), message.to_owned()));
        let title = self.title.trim();
        if title.chars().count() > 200 {
            return wrong("title", TITLE_RULE);
        }
        if self.introduction.chars().count() > 10_000 {
            return wrong(
                "introduction",
                "The introduction can be at most 10,000 characters long.",
            );
        }
        if self.faq.chars().count() > 20_000 {
            return wrong(
                "faq",
                "The questions and answers can be at most 20,000 characters long.",
            );
        }
        Ok([
            title.to_owned(),
            self.introduction.trim_end().to_owned(),
            self.faq.trim_end().to_owned(),
        ])
    }
}

#[cfg(feature = "ssr")]
const TITLE_RULE: &str = "Write a title of at most 200 characters.";

fn weight_field(criterion: Criterion) -> String {
    format!("weight_{}", criterion.slug())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextForm {
    pub key: SiteTextKey,
    pub title: String,
    pub body: String,
    /// On another language's form, the English title and text it translates.
    pub english: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsView {
    /// The language whose texts the forms edit; the call's times, size and weights are
    /// English's form only.
    pub lang: Lang,
    pub call: CallForm,
    /// On another language's form, the English call texts it translates.
    pub english_call: Option<CallForm>,
    pub texts: Vec<TextForm>,
}

/// What a language's form shows of a text: its version in that language (staff's, or the
/// built-in one), or nothing while the pages show the English.
#[cfg(feature = "ssr")]
fn version_in(lang: Lang, shown: crate::translations::Shown) -> String {
    if shown.lang == lang {
        shown.text
    } else {
        String::new()
    }
}

#[server(endpoint = "staff/settings")]
pub async fn load_settings(#[server(default)] lang: Lang) -> Result<SettingsView, AppError> {
    crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    let settings = crate::call::db::load(&state.db).await?;
    let weights = Weights::parse(&settings.score_weights)
        .0
        .map(|w| w.to_string());
    let [relevance, impact, transferability, innovation, quality] = weights;
    let mut texts = Vec::new();
    for key in SiteTextKey::ALL {
        let (english, _) = db::load_text(&state.db, key).await?;
        texts.push(if lang == Lang::En {
            TextForm {
                key,
                title: english.title,
                body: english.body,
                english: None,
            }
        } else {
            let shown = db::load_text_in(&state.db, key, lang).await?;
            TextForm {
                key,
                title: version_in(lang, shown.title),
                body: version_in(lang, shown.body),
                english: Some((english.title, english.body)),
            }
        });
    }
    if lang != Lang::En {
        let shown = crate::call::db::texts_in(&state.db, &settings, lang).await?;
        return Ok(SettingsView {
            lang,
            call: CallForm {
                title: version_in(lang, shown.title),
                introduction: version_in(lang, shown.introduction),
                faq: version_in(lang, shown.faq),
                ..CallForm::default()
            },
            english_call: Some(CallForm {
                title: settings.title,
                introduction: settings.introduction,
                faq: settings.faq,
                ..CallForm::default()
            }),
            texts,
        });
    }
    Ok(SettingsView {
        lang,
        english_call: None,
        call: CallForm {
            title: settings.title,
            introduction: settings.introduction,
            opens_at: to_brussels_input(settings.opens_at),
            closes_at: to_brussels_input(settings.closes_at),
            selection_limit: settings.selection_limit.to_string(),
            faq: settings.faq,
            weights: WeightInputs {
                relevance,
                impact,
                transferability,
                innovation,
                quality,
            },
        },
        texts,
    })
}

/// Saves the call's title, introduction and questions in a language other than English; an
/// empty one shows the English again.
#[server(endpoint = "staff/save_call_texts")]
pub async fn save_call_texts(
    #[server(default)] lang: Lang,
    #[server(default)] call: CallForm,
) -> Result<(), AppError> {
    let admin = crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    if lang == Lang::En {
        return Err(AppError::BadRequest("lang".to_owned()));
    }
    let texts = call
        .parse_texts()
        .map_err(|(field, message)| AppError::invalid(field, message))?;
    let now = chrono::Utc::now();
    crate::audit::db::audited(
        &state,
        &admin,
        async |conn| {
            for (name, text) in crate::call::db::TEXTS.into_iter().zip(&texts) {
                crate::translations::db::save(
                    conn,
                    lang,
                    &crate::translations::subject(&["call", name]),
                    text,
                    now,
                )
                .await?;
            }
            Ok(())
        },
        |_| {
            (
                "settings".to_owned(),
                format!("Changed the call's texts in {}", lang.english_name()),
            )
        },
    )
    .await?;
    leptos_axum::redirect(&format!("{}&saved=call", editor_address(lang)));
    Ok(())
}

/// The settings page for the texts in `lang`.
#[cfg(feature = "ssr")]
fn editor_address(lang: Lang) -> String {
    crate::translations::pages::editor_address(PAGE, lang)
}

const PAGE: &str = "/admin/settings";

/// Saves the call's settings. New weights recompute every stored average in the same
/// transaction, so the ranking never mixes old and new weights.
#[server(endpoint = "staff/save_call")]
pub async fn save_call_settings(#[server(default)] call: CallForm) -> Result<(), AppError> {
    use sea_orm::TransactionTrait;
    let admin = crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    let edit = call
        .parse()
        .map_err(|(field, message)| AppError::invalid(field, message))?;
    let now = chrono::Utc::now();
    let transaction = state.db.begin().await?;
    let before = crate::call::db::load(&transaction).await?;
    db::save_call(&transaction, &edit, now).await?;
    let weights_changed = Weights::parse(&before.score_weights) != edit.weights;
    if weights_changed {
        crate::review::db::recompute_averages(&transaction, edit.weights, now).await?;
    }
    let changed: Vec<&str> = [
        (before.title != edit.title, "title"),
        (before.introduction != edit.introduction, "introduction"),
        (before.opens_at != edit.opens_at, "opening time"),
        (before.closes_at != edit.closes_at, "closing time"),
        (
            before.selection_limit != edit.selection_limit,
            "selection limit",
        ),
        (before.faq != edit.faq, "questions and answers"),
        (weights_changed, "scoring weights (averages recomputed)"),
    ]
    .into_iter()
    .filter_map(|(changed, what)| changed.then_some(what))
    .collect();
    if !changed.is_empty() {
        crate::audit::db::write(
            &transaction,
            &admin,
            "settings",
            format!("Changed the call's {}", changed.join(", ")),
            now,
        )
        .await?;
    }
    transaction.commit().await?;
    leptos_axum::redirect("/admin/settings?saved=call");
    Ok(())
}

/// Saves a page's text in `lang`. In a language other than English, leaving both the title and
/// the text empty shows the English again.
#[server(endpoint = "staff/save_text")]
pub async fn save_site_text(
    #[server(default)] key: String,
    #[server(default)] title: String,
    #[server(default)] body: String,
    #[server(default)] lang: Lang,
) -> Result<(), AppError> {
    let admin = crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    let key = SiteTextKey::parse(&key).ok_or_else(|| AppError::BadRequest("key".to_owned()))?;
    let removed = lang != Lang::En && title.trim().is_empty() && body.trim().is_empty();
    let text = if removed {
        SiteText {
            title: String::new(),
            body: String::new(),
        }
    } else {
        SiteText::parse(&title, &body).map_err(|error| {
            AppError::invalid(
                text_field(key, matches!(error, texts::SiteTextError::Title)),
                error.to_string(),
            )
        })?
    };
    let now = chrono::Utc::now();
    crate::audit::db::audited(
        &state,
        &admin,
        async |conn| {
            if lang == Lang::En {
                return Ok(db::save_text(conn, key, &text, now).await?);
            }
            let [title_subject, body_subject] = key.subjects();
            crate::translations::db::save(conn, lang, &title_subject, &text.title, now).await?;
            crate::translations::db::save(conn, lang, &body_subject, &text.body, now).await?;
            Ok(())
        },
        |_| {
            (
                "texts".to_owned(),
                format!(
                    "Changed the text of {}{}",
                    key.path(),
                    crate::translations::pages::in_language(lang)
                ),
            )
        },
    )
    .await?;
    leptos_axum::redirect(&format!("{}&saved={}", editor_address(lang), key.slug()));
    Ok(())
}

fn text_field(key: SiteTextKey, title: bool) -> String {
    format!("{}_{}", key.slug(), if title { "title" } else { "body" })
}

/// Markdown rendered and sanitised exactly as the public pages will show it.
#[server(endpoint = "staff/preview")]
pub async fn preview_markdown(#[server(default)] markdown: String) -> Result<String, AppError> {
    crate::auth::require(crate::auth::Role::Admin).await?;
    Ok(crate::markdown::to_safe_html(&markdown))
}

/// A page text as visitors see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedText {
    pub title: Shown,
    /// Sanitised HTML.
    pub html: Shown,
}

#[cfg(feature = "ssr")]
impl PublishedText {
    /// `text` as a page in `lang` shows it, its Markdown rendered.
    pub fn new(text: db::ShownText, lang: Lang) -> Self {
        PublishedText {
            title: text.title,
            html: Shown {
                text: crate::markdown::to_safe_html_in(&text.body.text, lang),
                lang: text.body.lang,
            },
        }
    }
}

#[server(endpoint = "site_text")]
pub async fn get_site_text(
    key: SiteTextKey,
    #[server(default)] lang: Lang,
) -> Result<PublishedText, AppError> {
    let state = crate::state::app_state()?;
    let text = db::load_text_in(&state.db, key, lang).await?;
    Ok(PublishedText::new(text, lang))
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let save_call = ServerAction::<SaveCallSettings>::new();
    let save_call_texts = ServerAction::<SaveCallTexts>::new();
    let save_text = ServerAction::<SaveSiteText>::new();
    let lang = use_edited_language();
    let settings = Resource::new(move || lang.get(), load_settings);
    let saved = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("saved");
    view! {
        <Title text="Call and site settings" />
        <article class="page page--narrow">
            <crate::admin::StaffNav />
            <h1>"Call and site settings"</h1>
            {move || {
                let errors = summary_entries(
                    [save_call.value().get(), save_call_texts.value().get(), save_text.value().get()],
                    "title",
                );
                view! { <ErrorSummary errors /> }
            }}
            {saved.map(|_| view! {
                <p class="notice notice--success" role="status">"Saved. The public pages show the change now."</p>
            })}
            <LanguageTabs current=lang page=PAGE />
            <ServerData resource=settings view={move |settings: SettingsView| {
                let lang = settings.lang;
                view! {
                    {match settings.english_call {
                        None => view! { <CallSettingsForm call=settings.call save=save_call /> }.into_any(),
                        Some(english) => view! {
                            <CallTextsForm lang call=settings.call english save=save_call_texts />
                        }.into_any(),
                    }}
                    {settings.texts.into_iter().map(|text| view! { <SiteTextForm text lang save=save_text /> }).collect_view()}
                }
            }} />
        </article>
    }
}

#[component]
fn CallSettingsForm(call: CallForm, save: ServerAction<SaveCallSettings>) -> impl IntoView {
    let error =
        move |field: String| Signal::derive(move || field_message(save.value().get(), &field));
    let weights = call.weights.in_order().map(str::to_owned);
    view! {
        <section aria-labelledby="call-heading">
            <h2 id="call-heading">"The call"</h2>
            <ActionForm action=save attr:novalidate=true>
                <TextField field="title" name="call[title]" label="Title" value=call.title error=error("title".into()) />
                <MarkdownField field="introduction" name="call[introduction]" label="Introduction (Markdown)"
                    value=call.introduction error=error("introduction".into()) rows=8 />
                <TextField field="opens_at" name="call[opens_at]" label="Opens (Brussels time)" value=call.opens_at
                    error=error("opens_at".into()) input_type="datetime-local" />
                <TextField field="closes_at" name="call[closes_at]" label="Closes (Brussels time)" value=call.closes_at
                    error=error("closes_at".into()) input_type="datetime-local"
                    hint="Submissions, changes and uploads are refused from this minute on." />
                <TextField field="selection_limit" name="call[selection_limit]" label="How many practices are selected"
                    value=call.selection_limit error=error("selection_limit".into()) input_type="number" />
                <MarkdownField field="faq" name="call[faq]" label="Questions and answers (Markdown, shown on the home page)"
                    value=call.faq error=error("faq".into()) rows=10 />
                <fieldset class="field">
                    <legend class="field__label">"Scoring weights"</legend>
                    <p class="field__hint">"How much each criterion counts in the weighted average, from 0 to 10. Changing them recomputes every average."</p>
                    {Criterion::ALL.into_iter().zip(weights).map(|(criterion, value)| view! {
                        <TextField field=weight_field(criterion) name=format!("call[weights][{}]", criterion.slug())
                            label=criterion.label() value error=error(weight_field(criterion)) input_type="number" />
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="button button--primary">"Save the call"</button>
            </ActionForm>
        </section>
    }
}

/// The call's title, introduction and questions in a language other than English.
#[component]
fn CallTextsForm(
    lang: Lang,
    call: CallForm,
    english: CallForm,
    save: ServerAction<SaveCallTexts>,
) -> impl IntoView {
    let error = move |field: &str| {
        let field = field.to_owned();
        Signal::derive(move || field_message(save.value().get(), &field))
    };
    let hint = "Leave a field empty to show the English there.";
    view! {
        <section aria-labelledby="call-heading">
            <h2 id="call-heading">{format!("The call in {}", lang.english_name())}</h2>
            <EnglishText title=english.title body=format!("{}\n\n{}", english.introduction, english.faq) />
            <ActionForm action=save attr:novalidate=true>
                <input type="hidden" name="lang" value=lang.code() />
                <TextField field="title" name="call[title]" label="Title" value=call.title error=error("title") hint />
                <MarkdownField field="introduction" name="call[introduction]" label="Introduction (Markdown)"
                    value=call.introduction error=error("introduction") rows=8 />
                <MarkdownField field="faq" name="call[faq]" label="Questions and answers (Markdown, shown on the home page)"
                    value=call.faq error=error("faq") rows=10 />
                <button type="submit" class="button button--primary">{format!("Save the call in {}", lang.english_name())}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn SiteTextForm(text: TextForm, lang: Lang, save: ServerAction<SaveSiteText>) -> impl IntoView {
    let key = text.key;
    let error = move |title: bool| {
        let field = text_field(key, title);
        Signal::derive(move || field_message(save.value().get(), &field))
    };
    let heading = format!("text-{}", key.slug());
    let labelled_by = heading.clone();
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=heading>"The page "<a href=lang.href(key.path())>{lang.href(key.path())}</a></h2>
            {text.english.map(|(title, body)| view! {
                <p>"Leave both the heading and the text empty to show the English."</p>
                <EnglishText title body />
            })}
            <ActionForm action=save attr:novalidate=true>
                <input type="hidden" name="key" value=key.slug() />
                <input type="hidden" name="lang" value=lang.code() />
                <TextField field=text_field(key, true) name="title" label="Heading" value=text.title error=error(true) />
                <MarkdownField field=text_field(key, false) name="body" label="Text (Markdown)" value=text.body
                    error=error(false) rows=14 />
                <button type="submit" class="button button--primary">{format!("Save {}", lang.href(key.path()))}</button>
            </ActionForm>
        </section>
    }
}

/// A Markdown text area. Once the page is interactive, a Preview button shows the text as the
/// public page will, rendered and sanitised by the server.
#[component]
fn MarkdownField(
    #[prop(into)] field: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    value: String,
    error: Signal<Option<String>>,
    rows: u32,
) -> impl IntoView {
    let interactive = RwSignal::new(false);
    Effect::new(move |_| interactive.set(true));
    let typed = RwSignal::new(value.clone());
    let preview = Action::new(|markdown: &String| preview_markdown(markdown.clone()));
    let region = format!("{field}-preview");
    view! {
        <div on:input=move |event| typed.set(event_target_value(&event))>
            <TextField field=field.clone() name label value error rows
                hint="Markdown: ## for a heading, **bold**, [a link](https://example.org), - for a list." />
        </div>
        <button type="button" class="button button--secondary" hidden=move || !interactive.get()
            aria-controls=region.clone() on:click=move |_| { preview.dispatch(typed.get_untracked()); }>
            "Preview"
        </button>
        <div id=region class="markdown-preview" aria-live="polite">
            {move || preview.value().get().map(|result| match result {
                Ok(html) => view! { <div class="prose" inner_html=html></div> }.into_any(),
                Err(error) => view! { <p>{error.to_string()}</p> }.into_any(),
            })}
        </div>
    }
}
