//! Published-practice queries.

use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};

use std::collections::HashMap;

use super::{
    CardImage, PAGE_SIZE, PracticeDetail, PracticeListPage, PracticeQuery, PracticeSummary,
    PublicDocument, PublicImage, ResponsiveImage,
};
use crate::country::Country;
use crate::db::entities::{practice, practice_file, submission_file};
use crate::submission::fields::WebAddress;
use crate::submission::media::Licence;
use crate::submission::uploads::images;
use crate::theme::Theme;

/// Published practices, newest first; only the featured ones when `featured_only`.
pub async fn published(
    db: &DatabaseConnection,
    featured_only: bool,
    limit: Option<u64>,
) -> Result<Vec<PracticeSummary>, DbErr> {
    let mut query = practice::Entity::find().filter(practice::Column::PublishedAt.is_not_null());
    if featured_only {
        query = query.filter(practice::Column::Featured.eq(true));
    }
    let rows = query
        .order_by_desc(practice::Column::PublishedAt)
        .order_by_asc(practice::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    summaries(db, rows).await
}

/// Published practices narrowed and ordered by `query`.
fn filtered(query: &PracticeQuery) -> Select<practice::Entity> {
    use practice::Column;
    let mut condition = Condition::all().add(Column::PublishedAt.is_not_null());
    for (column, value) in [
        (Column::CountryCode, &query.country),
        (Column::OrganisationType, &query.organisation_type),
    ] {
        if !value.trim().is_empty() {
            condition = condition.add(column.eq(value.trim()));
        }
    }
    if let Some(theme) = Theme::parse(&query.theme) {
        condition = condition.add(Column::Themes.contains(theme.slug()));
    }
    let condition = condition.add(crate::db::contains_every_word(Column::SearchText, &query.q));
    let select = practice::Entity::find().filter(condition);
    match query.sort.as_str() {
        "oldest" => select.order_by_asc(Column::PublishedAt),
        "title" => select.order_by_asc(Column::Title),
        _ => select.order_by_desc(Column::PublishedAt),
    }
    .order_by_asc(Column::Id)
}

/// One page of the published practices matching `query`, and the countries that have any.
pub async fn list(
    db: &DatabaseConnection,
    query: &PracticeQuery,
) -> Result<PracticeListPage, DbErr> {
    let paginator = filtered(query).paginate(db, PAGE_SIZE);
    let total = paginator.num_items().await?;
    let pages = u32::try_from(total.div_ceil(PAGE_SIZE)).unwrap_or(u32::MAX);
    let page = query.page.clamp(1, Ord::max(pages, 1));
    let rows = paginator.fetch_page(u64::from(page - 1)).await?;
    Ok(PracticeListPage {
        practices: summaries(db, rows).await?,
        total,
        page,
        pages,
        countries: country_counts(db).await?,
    })
}

/// Countries with published practices, most first: code, name, count.
pub async fn country_counts(db: &DatabaseConnection) -> Result<Vec<(String, String, u64)>, DbErr> {
    let published = practice::Entity::find().filter(practice::Column::PublishedAt.is_not_null());
    let counted = crate::db::count_by(db, published, practice::Column::CountryCode).await?;
    let mut countries: Vec<(String, String, u64)> = counted
        .into_iter()
        .filter_map(|(code, count)| {
            let name = Country::parse(&code).ok()?.name().to_owned();
            Some((code, name, count))
        })
        .collect();
    countries.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
    Ok(countries)
}

/// A published practice for its page; `public_url` makes its canonical address.
pub async fn published_by_slug(
    db: &DatabaseConnection,
    slug: &str,
    public_url: &str,
    lang: crate::i18n::Lang,
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
    let related = related_to(db, &row).await?;
    let mut practice = detail(db, row, files, lang).await?;
    practice.canonical_url = format!("{public_url}/practices/{}", practice.summary.slug);
    practice.share_image_url = practice
        .images
        .first()
        .map(|image| format!("{public_url}{}", image.url));
    practice.related = related;
    Ok(Some(practice))
}

/// Up to three other published practices sharing a theme or the country, newest first.
async fn related_to(
    db: &DatabaseConnection,
    practice: &practice::Model,
) -> Result<Vec<PracticeSummary>, DbErr> {
    let mut shares = Condition::any().add(practice::Column::CountryCode.eq(&practice.country_code));
    for theme in Theme::parse_list(&practice.themes) {
        shares = shares.add(practice::Column::Themes.contains(theme.slug()));
    }
    let rows = practice::Entity::find()
        .filter(practice::Column::PublishedAt.is_not_null())
        .filter(practice::Column::Id.ne(practice.id))
        .filter(shares)
        .order_by_desc(practice::Column::PublishedAt)
        .order_by_asc(practice::Column::Id)
        .limit(3)
        .all(db)
        .await?;
    summaries(db, rows).await
}

/// Cards for `rows`, each with its first shown image, in two queries whatever their number.
async fn summaries(
    db: &DatabaseConnection,
    rows: Vec<practice::Model>,
) -> Result<Vec<PracticeSummary>, DbErr> {
    let images = practice_file::Entity::find()
        .filter(practice_file::Column::PracticeId.is_in(rows.iter().map(|row| row.id)))
        .filter(practice_file::Column::Kind.eq("image"))
        .filter(practice_file::Column::Shown.eq(true))
        .order_by_asc(practice_file::Column::Position)
        .order_by_asc(practice_file::Column::Id)
        .all(db)
        .await?;
    let sizes = image_sizes(db, &images).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let image = images
                .iter()
                .find(|image| image.practice_id == row.id)
                .and_then(|image| card_image(image, &sizes));
            PracticeSummary {
                image,
                ..PracticeSummary::from(row)
            }
        })
        .collect())
}

/// The smallest form of an image that still fills a card.
fn card_image(file: &practice_file::Model, sizes: &StoredSizes) -> Option<CardImage> {
    let &(width, height) = sizes.get(&file.stored_name)?;
    let (url, card_width) = images::sources(&file.stored_name, width, height)
        .into_iter()
        .next()?;
    Some(CardImage {
        url,
        width: card_width,
        height: images::scaled(height, card_width, width),
    })
}

fn responsive(stored_name: &str, width: u32, height: u32) -> ResponsiveImage {
    let srcset = images::sources(stored_name, width, height)
        .into_iter()
        .map(|(url, width)| format!("{url} {width}w"))
        .collect::<Vec<_>>()
        .join(", ");
    ResponsiveImage {
        srcset,
        width,
        height,
    }
}

/// Stored images' pixel sizes, by stored name.
type StoredSizes = HashMap<String, (u32, u32)>;

/// The pixel sizes the upload recorded for `files` (a practice from scratch has none).
async fn image_sizes(
    conn: &impl ConnectionTrait,
    files: &[practice_file::Model],
) -> Result<StoredSizes, DbErr> {
    let uploads = submission_file::Entity::find()
        .filter(
            submission_file::Column::StoredName
                .is_in(files.iter().map(|file| file.stored_name.as_str())),
        )
        .all(conn)
        .await?;
    Ok(uploads
        .into_iter()
        .filter_map(|upload| {
            let width = u32::try_from(upload.width?).ok()?;
            let height = u32::try_from(upload.height?).ok()?;
            Some((upload.stored_name, (width, height)))
        })
        .collect())
}

/// A practice as its page shows it: Markdown rendered and sanitised, only the shown files, and
/// only links that are web addresses.
pub async fn detail(
    conn: &impl ConnectionTrait,
    row: practice::Model,
    files: Vec<practice_file::Model>,
    lang: crate::i18n::Lang,
) -> Result<PracticeDetail, DbErr> {
    let (images, documents): (Vec<_>, Vec<_>) = files
        .into_iter()
        .filter(|file| file.shown)
        .partition(|file| file.kind == "image");
    let sizes = image_sizes(conn, &images).await?;
    let hosted_visits = crate::visits::db::hosted_by(conn, row.id).await?;
    Ok(PracticeDetail {
        hosted_visits,
        body_html: crate::markdown::to_safe_html_in(&row.body_markdown, lang),
        why_selected_html: if row.why_selected.trim().is_empty() {
            String::new()
        } else {
            crate::markdown::to_safe_html_in(&row.why_selected, lang)
        },
        published_on: row
            .published_at
            .map(|at| crate::i18n::dates::long_date(lang, at))
            .unwrap_or_default(),
        images: images
            .into_iter()
            .map(|file| PublicImage {
                responsive: sizes
                    .get(&file.stored_name)
                    .map(|&(width, height)| responsive(&file.stored_name, width, height)),
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
        canonical_url: String::new(),
        share_image_url: None,
        related: vec![],
    })
}

impl From<practice::Model> for PracticeSummary {
    fn from(row: practice::Model) -> Self {
        PracticeSummary {
            city_region: row.city_region,
            country_code: row.country_code,
            content_lang: row.content_lang,
            themes: Theme::parse_list(&row.themes),
            slug: row.slug,
            title: row.title,
            summary: row.summary,
            organisation: row.organisation,
            image: None,
        }
    }
}
