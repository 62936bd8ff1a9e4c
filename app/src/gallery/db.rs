//! Published-practice queries.

use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::{PracticeDetail, PracticeSummary, PublicDocument, PublicImage};
use crate::country::Country;
use crate::db::entities::{practice, practice_file};
use crate::submission::fields::WebAddress;
use crate::submission::media::Licence;
use crate::theme::Theme;

pub enum Order {
    Newest,
    /// Featured first, then newest.
    Featured,
}

pub async fn published(
    db: &DatabaseConnection,
    order: Order,
    limit: Option<u64>,
) -> Result<Vec<PracticeSummary>, DbErr> {
    let mut query = practice::Entity::find().filter(practice::Column::PublishedAt.is_not_null());
    if let Order::Featured = order {
        query = query.order_by_desc(practice::Column::Featured);
    }
    let rows = query
        .order_by_desc(practice::Column::PublishedAt)
        .order_by_asc(practice::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(PracticeSummary::from).collect())
}

pub async fn published_by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<PracticeDetail>, DbErr> {
    let Some(row) = practice::Entity::find()
        .filter(practice::Column::Slug.eq(slug))
        .filter(practice::Column::PublishedAt.is_not_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let files = super::publishing::files_of(db, row.id).await?;
    Ok(Some(detail(row, files)))
}

/// A practice as its page shows it: Markdown rendered and sanitised, only the shown files, and
/// only links that are web addresses.
pub fn detail(row: practice::Model, files: Vec<practice_file::Model>) -> PracticeDetail {
    let (images, documents): (Vec<_>, Vec<_>) = files
        .into_iter()
        .filter(|file| file.shown)
        .partition(|file| file.kind == "image");
    PracticeDetail {
        body_html: crate::markdown::to_safe_html(&row.body_markdown),
        why_selected_html: if row.why_selected.trim().is_empty() {
            String::new()
        } else {
            crate::markdown::to_safe_html(&row.why_selected)
        },
        published_on: row
            .published_at
            .map(|at| at.format("%-d %B %Y").to_string())
            .unwrap_or_default(),
        images: images
            .into_iter()
            .map(|file| PublicImage {
                url: format!("/uploads/{}", file.stored_name),
                licence: Licence::parse(&file.licence)
                    .map(|licence| licence.label().to_owned())
                    .unwrap_or_default(),
                alt_text: file.alt_text,
                caption: file.caption,
                credit: file.credit,
            })
            .collect(),
        documents: documents
            .into_iter()
            .map(|file| PublicDocument {
                url: format!("/uploads/{}", file.stored_name),
                title: file.title,
            })
            .collect(),
        links: row
            .links
            .lines()
            .filter_map(|line| WebAddress::parse(line).ok())
            .map(|link| link.as_str().to_owned())
            .collect(),
        summary: PracticeSummary::from(row),
    }
}

impl From<practice::Model> for PracticeSummary {
    fn from(row: practice::Model) -> Self {
        let country = Country::parse(&row.country_code)
            .map(|country| country.name())
            .unwrap_or_default();
        PracticeSummary {
            place: format!("{}, {country}", row.city_region),
            themes: Theme::parse_list(&row.themes),
            slug: row.slug,
            title: row.title,
            summary: row.summary,
            organisation: row.organisation,
        }
    }
}
