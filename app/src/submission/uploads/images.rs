//! What the server does with an uploaded file's bytes before keeping any of them: it decides the
//! type from the content (never the name), decodes images within limits that defuse
//! decompression bombs, turns them upright, and re-encodes them, which leaves every EXIF and GPS
//! tag behind.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use super::{UploadKind, UploadProblem};

/// No side may be longer; a 20000×20000 PNG is refused from its header, before any pixel.
const MAX_SIDE: u32 = 10_000;
const MAX_PIXELS: u64 = 40_000_000;
/// Decoding may allocate at most this much (40 Mpx of RGBA is 160 MB).
const MAX_DECODE_BYTES: u64 = 200 * 1024 * 1024;
/// The stored image is at most this long on its longer side: ample for any page.
const STORED_SIDE: u32 = 2400;
/// A page column or a link preview; made only for images larger than this.
pub const MEDIUM_SIDE: u32 = 1200;
/// A card in a list.
pub const THUMBNAIL_SIDE: u32 = 480;
const JPEG_QUALITY: u8 = 85;

/// A file ready to be written: the bytes to keep and their true type.
#[derive(Debug)]
pub struct Prepared {
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
    /// Images only.
    pub thumbnail: Option<Vec<u8>>,
    /// Images longer than [`MEDIUM_SIDE`] only.
    pub medium: Option<Vec<u8>>,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// Checks and prepares an upload of `kind`. CPU-heavy for images: call it off the async threads.
pub fn prepare(kind: UploadKind, bytes: &[u8]) -> Result<Prepared, UploadProblem> {
    if bytes.is_empty() {
        return Err(UploadProblem::Empty);
    }
    match kind {
        UploadKind::Document if bytes.starts_with(b"%PDF-") => Ok(Prepared {
            content_type: "application/pdf",
            bytes: bytes.to_vec(),
            thumbnail: None,
            medium: None,
            width: None,
            height: None,
        }),
        UploadKind::Document => Err(UploadProblem::WrongType(kind)),
        UploadKind::Image => prepare_image(bytes),
    }
}

fn prepare_image(bytes: &[u8]) -> Result<Prepared, UploadProblem> {
    let wrong_type = UploadProblem::WrongType(UploadKind::Image);
    // Magic bytes only: the name and the claimed type are not consulted.
    let format = image::guess_format(bytes).map_err(|_| wrong_type)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err(wrong_type);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(too_big_or_damaged)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(UploadProblem::TooManyPixels);
    }
    // Phones store photos sideways with a tag saying so; the tag goes, so the pixels must turn.
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(too_big_or_damaged)?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }

    let stored = if image.width().max(image.height()) > STORED_SIDE {
        image.resize(
            STORED_SIDE,
            STORED_SIDE,
            image::imageops::FilterType::Lanczos3,
        )
    } else {
        image
    };
    let thumbnail = stored.thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE);
    let medium = (stored.width().max(stored.height()) > MEDIUM_SIDE).then(|| {
        stored.resize(
            MEDIUM_SIDE,
            MEDIUM_SIDE,
            image::imageops::FilterType::Lanczos3,
        )
    });
    // Photographs become JPEG; images with transparency stay lossless PNG.
    type Encoder = fn(&DynamicImage) -> Option<Vec<u8>>;
    let (content_type, encode): (&'static str, Encoder) = if stored.color().has_alpha() {
        ("image/png", encode_png)
    } else {
        ("image/jpeg", encode_jpeg)
    };
    Ok(Prepared {
        content_type,
        bytes: encode(&stored).ok_or(UploadProblem::Damaged)?,
        thumbnail: Some(encode(&thumbnail).ok_or(UploadProblem::Damaged)?),
        medium: match medium {
            Some(medium) => Some(encode(&medium).ok_or(UploadProblem::Damaged)?),
            None => None,
        },
        width: Some(stored.width()),
        height: Some(stored.height()),
    })
}

/// What a page can offer for a stored image of `width`×`height`, smallest first, each as its
/// address and width in pixels (for `srcset`); the last is the stored image itself.
pub fn sources(stored_name: &str, width: u32, height: u32) -> Vec<(String, u32)> {
    let longest = width.max(height);
    let mut sources = Vec::new();
    for (side, variant) in [(THUMBNAIL_SIDE, "thumbnail"), (MEDIUM_SIDE, "medium")] {
        if longest > side {
            sources.push((
                format!("/uploads/{stored_name}/{variant}"),
                scaled(width, side, longest),
            ));
        }
    }
    sources.push((format!("/uploads/{stored_name}"), width));
    sources
}

/// `length` of an image `from` pixels long, shrunk in proportion to `to` pixels.
pub fn scaled(length: u32, to: u32, from: u32) -> u32 {
    u32::try_from(u64::from(length) * u64::from(to) / u64::from(from.max(1))).unwrap_or(length)
}

fn too_big_or_damaged(error: image::ImageError) -> UploadProblem {
    match error {
        image::ImageError::Limits(_) => UploadProblem::TooManyPixels,
        _ => UploadProblem::Damaged,
    }
}

fn encode_jpeg(image: &DynamicImage) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    let encoder = JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY);
    DynamicImage::ImageRgb8(image.to_rgb8())
        .write_with_encoder(encoder)
        .ok()?;
    Some(bytes)
}

fn encode_png(image: &DynamicImage) -> Option<Vec<u8>> {
    let mut bytes = Cursor::new(Vec::new());
    DynamicImage::ImageRgba8(image.to_rgba8())
        .write_to(&mut bytes, ImageFormat::Png)
        .ok()?;
    Some(bytes.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut bytes = Cursor::new(Vec::new());
        image.write_to(&mut bytes, format).unwrap();
        bytes.into_inner()
    }

    #[test]
    fn photographs_are_re_encoded_and_get_a_thumbnail() {
        let photo = DynamicImage::new_rgb8(3000, 1500);
        let prepared = prepare(UploadKind::Image, &encoded(photo, ImageFormat::Png)).unwrap();
        assert_eq!(prepared.content_type, "image/jpeg");
        assert_eq!((prepared.width, prepared.height), (Some(2400), Some(1200)));
        let thumbnail = image::load_from_memory(&prepared.thumbnail.unwrap()).unwrap();
        assert_eq!((thumbnail.width(), thumbnail.height()), (480, 240));
        let medium = image::load_from_memory(&prepared.medium.unwrap()).unwrap();
        assert_eq!((medium.width(), medium.height()), (1200, 600));
    }

    #[test]
    fn small_images_get_no_medium_size() {
        let photo = DynamicImage::new_rgb8(800, 600);
        let prepared = prepare(UploadKind::Image, &encoded(photo, ImageFormat::Png)).unwrap();
        assert!(prepared.medium.is_none());
        assert!(prepared.thumbnail.is_some());
    }

    #[test]
    fn sources_offer_only_the_sizes_that_exist() {
        assert_eq!(
            sources("abc", 1500, 2400),
            vec![
                ("/uploads/abc/thumbnail".to_owned(), 300),
                ("/uploads/abc/medium".to_owned(), 750),
                ("/uploads/abc".to_owned(), 1500),
            ]
        );
        assert_eq!(
            sources("abc", 800, 600),
            vec![
                ("/uploads/abc/thumbnail".to_owned(), 480),
                ("/uploads/abc".to_owned(), 800)
            ]
        );
        assert_eq!(
            sources("abc", 300, 200),
            vec![("/uploads/abc".to_owned(), 300)]
        );
    }

    #[test]
    fn transparency_is_kept_as_png() {
        let logo = DynamicImage::new_rgba8(64, 64);
        let prepared = prepare(UploadKind::Image, &encoded(logo, ImageFormat::Png)).unwrap();
        assert_eq!(prepared.content_type, "image/png");
        assert_eq!(
            image::guess_format(&prepared.bytes).unwrap(),
            ImageFormat::Png
        );
    }

    #[test]
    fn the_content_decides_not_the_name() {
        let html = b"<!DOCTYPE html><script>alert(1)</script>";
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#;
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";
        for bytes in [&html[..], &svg[..], &gif[..]] {
            assert_eq!(
                prepare(UploadKind::Image, bytes).unwrap_err(),
                UploadProblem::WrongType(UploadKind::Image)
            );
        }
        assert_eq!(
            prepare(UploadKind::Document, html).unwrap_err(),
            UploadProblem::WrongType(UploadKind::Document)
        );
        assert!(prepare(UploadKind::Document, b"%PDF-1.7\n%...").is_ok());
        assert_eq!(
            prepare(UploadKind::Image, b"\xFF\xD8\xFF\xE0 truncated").unwrap_err(),
            UploadProblem::Damaged
        );
    }
}
