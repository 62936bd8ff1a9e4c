//! Published-practice queries.

use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::{PracticeDetail, PracticeSummary};
use crate::country::Country;
use crate::db::entities::practice;
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
    let row = practice::Entity::find()
        .filter(practice::Column::Slug.eq(slug))
        .filter(practice::Column::PublishedAt.is_not_null())
        .one(db)
        .await?;
    Ok(row.map(PracticeDetail::from))
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

impl From<practice::Model> for PracticeDetail {
    fn from(row: practice::Model) -> Self {
        PracticeDetail {
            body_html: crate::markdown::to_safe_html(&row.body_markdown),
            why_selected_html: crate::markdown::to_safe_html(&row.why_selected),
            published_on: row
                .published_at
                .map(|at| at.format("%-d %B %Y").to_string())
                .unwrap_or_default(),
            summary: PracticeSummary::from(row),
        }
    }
}
