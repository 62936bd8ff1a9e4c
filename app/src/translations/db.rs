//! Reading and writing the versions of public texts in languages other than English.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use super::{Builtin, Shown};
use crate::db::entities::translated_text;
use crate::i18n::Lang;

/// The versions in `lang` of `subjects` that staff wrote, by subject, with when each was last
/// changed. English has none: it is kept by each feature.
pub async fn load(
    conn: &impl ConnectionTrait,
    lang: Lang,
    subjects: &[String],
) -> Result<HashMap<String, (String, DateTime<Utc>)>, DbErr> {
    if lang == Lang::En {
        return Ok(HashMap::new());
    }
    Ok(translated_text::Entity::find()
        .filter(translated_text::Column::Lang.eq(lang.code()))
        .filter(translated_text::Column::Subject.is_in(subjects.iter().cloned()))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (row.subject, (row.text, row.updated_at)))
        .collect())
}

/// A text a page shows in `lang`: its subject, its English and its built-in versions.
pub struct Wanted<'a> {
    pub subject: String,
    pub english: &'a str,
    pub builtin: Builtin,
}

/// Each of `texts` as a page in `lang` shows it ([`Shown::pick`]), one query for them all,
/// with when staff last changed the version shown in `lang` (none for English or built-in).
pub async fn pick_in<const N: usize>(
    conn: &impl ConnectionTrait,
    lang: Lang,
    texts: [Wanted<'_>; N],
) -> Result<[(Shown, Option<DateTime<Utc>>); N], DbErr> {
    let subjects: Vec<String> = texts.iter().map(|text| text.subject.clone()).collect();
    let mut written = load(conn, lang, &subjects).await?;
    Ok(texts.map(|text| {
        let version = written.remove(&text.subject);
        let changed = version.as_ref().map(|(_, at)| *at);
        let shown = Shown::pick(
            lang,
            text.english,
            version.map(|(text, _)| text),
            text.builtin,
        );
        let changed = changed.filter(|_| shown.lang == lang);
        (shown, changed)
    }))
}

/// Writes the version of `subject` in `lang` (not English); an empty text removes it, so the
/// pages show the English again.
pub async fn save(
    conn: &impl ConnectionTrait,
    lang: Lang,
    subject: &str,
    text: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if lang == Lang::En {
        return Ok(());
    }
    if text.trim().is_empty() {
        translated_text::Entity::delete_many()
            .filter(translated_text::Column::Subject.eq(subject))
            .filter(translated_text::Column::Lang.eq(lang.code()))
            .exec(conn)
            .await?;
        return Ok(());
    }
    translated_text::Entity::insert(translated_text::ActiveModel {
        subject: Set(subject.to_owned()),
        lang: Set(lang.code().to_owned()),
        text: Set(text.trim_end().to_owned()),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            translated_text::Column::Subject,
            translated_text::Column::Lang,
        ])
        .update_columns([
            translated_text::Column::Text,
            translated_text::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec(conn)
    .await
    .map(|_| ())
}

/// A row whose public texts staff write per language: a workshop, a visit.
pub trait Translatable {
    /// What its texts' subjects start with: `workshop/12`.
    fn owner(&self) -> String;
    /// Each text's name and its English, which a translation replaces.
    fn texts(&mut self) -> Vec<(&'static str, &mut String)>;
}

/// `rows` with their texts in `lang` where staff wrote every one of them in it (one query for
/// them all); beside each, the language its texts are then in.
pub async fn translate<T: Translatable>(
    conn: &impl ConnectionTrait,
    lang: Lang,
    rows: Vec<T>,
) -> Result<Vec<(T, Lang)>, DbErr> {
    let mut rows = rows;
    let subjects: Vec<String> = rows
        .iter_mut()
        .flat_map(|row| {
            let owner = row.owner();
            row.texts()
                .into_iter()
                .map(move |(name, _)| super::subject(&[&owner, name]))
                .collect::<Vec<_>>()
        })
        .collect();
    let written = load(conn, lang, &subjects).await?;
    Ok(rows
        .into_iter()
        .map(|mut row| {
            let owner = row.owner();
            let mut texts = row.texts();
            let versions: Option<Vec<String>> = texts
                .iter()
                .map(|(name, _)| {
                    written
                        .get(&super::subject(&[&owner, name]))
                        .map(|(text, _)| text.clone())
                })
                .collect();
            let written_in = match versions {
                Some(versions) if lang != Lang::En => {
                    for ((_, english), version) in texts.iter_mut().zip(versions) {
                        **english = version;
                    }
                    lang
                }
                _ => Lang::En,
            };
            drop(texts);
            (row, written_in)
        })
        .collect())
}

/// One row in `lang`, as [`translate`] makes it.
pub async fn translate_one<T: Translatable>(
    conn: &impl ConnectionTrait,
    lang: Lang,
    row: T,
) -> Result<(T, Lang), DbErr> {
    let mut translated = translate(conn, lang, vec![row]).await?;
    Ok(translated.remove(0))
}

/// Saves the versions in `lang` of `owner`'s texts, all or none: empty texts remove them.
pub async fn save_all(
    conn: &impl ConnectionTrait,
    lang: Lang,
    owner: &str,
    texts: &[(&str, &str)],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let removed = texts.iter().all(|(_, text)| text.trim().is_empty());
    for (name, text) in texts {
        let text = if removed { "" } else { text };
        save(conn, lang, &super::subject(&[owner, name]), text, now).await?;
    }
    Ok(())
}
