//! Uploaded files in the database: one row per file, named by the server.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, TransactionTrait,
};

use super::images::Prepared;
use super::{UploadKind, UploadedFile};
use crate::db::entities::submission_file;
use crate::submission::db::{CHANGEABLE, update_if};

/// How the wizard addresses a stored file.
pub fn to_uploaded(row: &submission_file::Model) -> Option<UploadedFile> {
    let kind = UploadKind::parse(&row.kind)?;
    Some(UploadedFile {
        id: row.id,
        kind,
        name: row.original_name.clone(),
        byte_size: u64::try_from(row.byte_size).unwrap_or_default(),
        url: format!("/uploads/{}", row.stored_name),
        thumbnail_url: (kind == UploadKind::Image)
            .then(|| format!("/uploads/{}/thumbnail", row.stored_name)),
    })
}

/// The files of submission `id`, oldest first.
pub async fn list(db: &DatabaseConnection, id: i32) -> Result<Vec<UploadedFile>, DbErr> {
    Ok(submission_file::Entity::find()
        .filter(submission_file::Column::SubmissionId.eq(id))
        .order_by_asc(submission_file::Column::Id)
        .all(db)
        .await?
        .iter()
        .filter_map(to_uploaded)
        .collect())
}

pub async fn find_by_stored_name(
    db: &DatabaseConnection,
    stored_name: &str,
) -> Result<Option<submission_file::Model>, DbErr> {
    submission_file::Entity::find()
        .filter(submission_file::Column::StoredName.eq(stored_name))
        .one(db)
        .await
}

/// What is known of a file about to be recorded.
pub struct NewFile<'a> {
    pub kind: UploadKind,
    pub stored_name: &'a str,
    pub original_name: &'a str,
    pub prepared: &'a Prepared,
}

/// Records a file of submission `id`, unless it already has the most files of that kind
/// (`Ok(None)`) or can no longer change. The submission's row is written first, so that
/// concurrent uploads to one submission take turns on SQLite and PostgreSQL alike and the
/// count cannot be overtaken.
pub async fn add(
    db: &DatabaseConnection,
    id: i32,
    file: NewFile<'_>,
    now: DateTime<Utc>,
) -> Result<Option<UploadedFile>, DbErr> {
    let transaction = db.begin().await?;
    let changeable = update_if(&transaction, id, &CHANGEABLE, [], now).await?;
    let count = submission_file::Entity::find()
        .filter(submission_file::Column::SubmissionId.eq(id))
        .filter(submission_file::Column::Kind.eq(file.kind.slug()))
        .count(&transaction)
        .await?;
    if !changeable || count >= file.kind.max_count() as u64 {
        transaction.rollback().await?;
        return Ok(None);
    }
    let prepared = file.prepared;
    let row = submission_file::ActiveModel {
        submission_id: Set(id),
        kind: Set(file.kind.slug().to_owned()),
        stored_name: Set(file.stored_name.to_owned()),
        original_name: Set(file.original_name.to_owned()),
        content_type: Set(prepared.content_type.to_owned()),
        byte_size: Set(i64::try_from(prepared.bytes.len()).unwrap_or(i64::MAX)),
        width: Set(prepared.width.and_then(|w| i32::try_from(w).ok())),
        height: Set(prepared.height.and_then(|h| i32::try_from(h).ok())),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    transaction.commit().await?;
    Ok(to_uploaded(&row))
}

/// Removes file `file_id` of submission `id`; its stored name, so the bytes can go too. `None`
/// when it has no such file, or when a published practice shows the file: the practice's image
/// is served from the same bytes and record, so both stay.
pub async fn remove(
    db: &DatabaseConnection,
    id: i32,
    file_id: i32,
) -> Result<Option<String>, DbErr> {
    let Some(row) = submission_file::Entity::find_by_id(file_id)
        .filter(submission_file::Column::SubmissionId.eq(id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let shown = crate::db::entities::practice_file::Entity::find()
        .filter(crate::db::entities::practice_file::Column::StoredName.eq(&row.stored_name))
        .count(db)
        .await?
        > 0;
    if shown {
        return Ok(None);
    }
    submission_file::Entity::delete_by_id(row.id)
        .exec(db)
        .await?;
    Ok(Some(row.stored_name))
}
