//! The texts of a workshop or a visit in each language other than English, edited below its
//! English form: all of a language's texts or none, so a page never mixes two languages in one
//! description.

use std::collections::HashMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::pages::EnglishText;
use crate::components::{ErrorSummary, ServerData, TextField};
use crate::error::{AppError, field_message, summary_entries};
use crate::i18n::Lang;

/// What the texts belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Owner {
    Workshop,
    Visit,
}

impl Owner {
    fn slug(self) -> &'static str {
        match self {
            Owner::Workshop => "workshop",
            Owner::Visit => "visit",
        }
    }

    /// Each text's name, label and most characters, in the order of the English form.
    pub fn fields(self) -> &'static [(&'static str, &'static str, usize)] {
        match self {
            Owner::Workshop => &[
                ("title", "Title", 200),
                ("theme", "Theme", 200),
                ("description", "Description", 5_000),
            ],
            Owner::Visit => &[
                ("title", "Title", 200),
                ("programme", "Programme (Markdown)", 20_000),
            ],
        }
    }

    /// The prefix of the texts' subjects: `workshop/12`.
    pub fn subject(self, id: i32) -> String {
        super::subject(&[self.slug(), &id.to_string()])
    }

    /// The English texts, by name.
    #[cfg(feature = "ssr")]
    async fn english(
        self,
        conn: &impl sea_orm::ConnectionTrait,
        id: i32,
    ) -> Result<Option<Vec<String>>, sea_orm::DbErr> {
        use crate::db::entities::{visit, workshop};
        use sea_orm::EntityTrait;
        Ok(match self {
            Owner::Workshop => workshop::Entity::find_by_id(id)
                .one(conn)
                .await?
                .map(|row| vec![row.title, row.theme, row.description]),
            Owner::Visit => visit::Entity::find_by_id(id)
                .one(conn)
                .await?
                .map(|row| vec![row.title, row.programme]),
        })
    }
}

/// One language's form: its texts (empty while it has none) and the English beside them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageTexts {
    pub lang: Lang,
    pub texts: Vec<String>,
    pub english: Vec<String>,
}

#[server(endpoint = "staff/translations")]
pub async fn load_translations(owner: Owner, id: i32) -> Result<Vec<LanguageTexts>, AppError> {
    crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    let english = owner
        .english(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound("This page".to_owned()))?;
    let prefix = owner.subject(id);
    let subjects: Vec<String> = owner
        .fields()
        .iter()
        .map(|(name, ..)| super::subject(&[&prefix, name]))
        .collect();
    let mut languages = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        let written = super::db::load(&state.db, lang, &subjects).await?;
        languages.push(LanguageTexts {
            lang,
            texts: subjects
                .iter()
                .map(|subject| {
                    written
                        .get(subject)
                        .map(|(text, _)| text.clone())
                        .unwrap_or_default()
                })
                .collect(),
            english: english.clone(),
        });
    }
    Ok(languages)
}

/// Saves `owner`'s texts in `lang`: every text whose English is written, or none (which shows
/// the English again).
#[server(endpoint = "staff/save_translation")]
pub async fn save_translation(
    owner: Owner,
    id: i32,
    lang: Lang,
    #[server(default)] texts: HashMap<String, String>,
) -> Result<(), AppError> {
    let admin = crate::auth::require(crate::auth::Role::Admin).await?;
    let state = crate::state::app_state()?;
    if lang == Lang::En {
        return Err(AppError::BadRequest("lang".to_owned()));
    }
    let english = owner
        .english(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound("This page".to_owned()))?;
    let texts: Vec<(&str, &str)> = owner
        .fields()
        .iter()
        .map(|(name, ..)| (*name, texts.get(*name).map_or("", |text| text.trim())))
        .collect();
    let removed = texts.iter().all(|(_, text)| text.is_empty());
    if !removed {
        for ((name, text), ((_, label, most), english)) in
            texts.iter().zip(owner.fields().iter().zip(&english))
        {
            if text.is_empty() && !english.trim().is_empty() {
                return Err(AppError::invalid(
                    field_name(lang, name),
                    format!(
                        "Write the {} in this language too, or leave every text empty.",
                        label.to_lowercase()
                    ),
                ));
            }
            if text.chars().count() > *most {
                return Err(AppError::invalid(
                    field_name(lang, name),
                    format!(
                        "The {} can be at most {most} characters long.",
                        label.to_lowercase()
                    ),
                ));
            }
        }
    }
    let now = chrono::Utc::now();
    let prefix = owner.subject(id);
    crate::audit::db::audited(
        &state,
        &admin,
        async |conn| Ok(super::db::save_all(conn, lang, &prefix, &texts, now).await?),
        |_| {
            let what = if removed { "Removed" } else { "Changed" };
            (
                prefix.replace('/', ":"),
                format!("{what} the texts in {}", lang.english_name()),
            )
        },
    )
    .await?;
    Ok(())
}

/// The field of a text in a language's form.
fn field_name(lang: Lang, name: &str) -> String {
    format!("{}_{name}", lang.code())
}

/// The texts of `owner` `id` in each language other than English.
#[component]
pub fn Translations(owner: Owner, id: i32) -> impl IntoView {
    let save = ServerAction::<SaveTranslation>::new();
    let languages = Resource::new(
        move || save.version().get(),
        move |_| load_translations(owner, id),
    );
    view! {
        <section aria-labelledby="translations-heading">
            <h2 id="translations-heading">"In other languages"</h2>
            <p>"Visitors reading in a language without these texts see the English ones."</p>
            {move || {
                let errors = summary_entries([save.value().get()], "translations-heading");
                view! { <ErrorSummary errors /> }
            }}
            <ServerData resource=languages view={move |languages: Vec<LanguageTexts>| {
                languages
                    .into_iter()
                    .map(|texts| view! { <LanguageForm owner id texts save /> })
                    .collect_view()
            }} />
        </section>
    }
}

#[component]
fn LanguageForm(
    owner: Owner,
    id: i32,
    texts: LanguageTexts,
    save: ServerAction<SaveTranslation>,
) -> impl IntoView {
    let LanguageTexts {
        lang,
        texts,
        english,
    } = texts;
    let written = texts.iter().any(|text| !text.is_empty());
    let state = if written {
        "written"
    } else {
        "not written yet"
    };
    view! {
        <details class="translation">
            <summary>{format!("{} ({state})", lang.english_name())}</summary>
            <EnglishText title=english[0].clone() body=english[1..].join("\n\n") />
            <ActionForm action=save attr:novalidate=true>
                <input type="hidden" name="owner" value=format!("{owner:?}") />
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="lang" value=lang.code() />
                {owner.fields().iter().zip(texts).map(|((name, label, most), value)| {
                    let field = field_name(lang, name);
                    let error = {
                        let field = field.clone();
                        Signal::derive(move || field_message(save.value().get(), &field))
                    };
                    let name = format!("texts[{name}]");
                    // Its own label: the English form's fields are on the same page.
                    let label = format!("{label} in {}", lang.english_name());
                    if *most > 200 {
                        view! { <TextField field name label value error rows=6 /> }.into_any()
                    } else {
                        view! { <TextField field name label value error /> }.into_any()
                    }
                }).collect_view()}
                <button type="submit" class="button button--primary">
                    {format!("Save the {} texts", lang.english_name())}
                </button>
            </ActionForm>
        </details>
    }
}
