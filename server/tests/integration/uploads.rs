//! Uploads of step 6 over HTTP, on SQLite and PostgreSQL: what is refused, what is kept, and
//! how it is served.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat};
use reqwest::multipart::{Form, Part};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::Value;

use app::db::entities::submission_file;

use crate::on_both_databases;
use crate::support::{Browser, TestApp};

const ORGANISATION: [(&str, &str); 2] = [("first_name", "Nino"), ("email", "nino@example.ge")];

/// A stored file, fetched by the address the upload answered with.
async fn fetch(app: &TestApp, address: &Value) -> reqwest::Response {
    app.client
        .get(format!("{}{}", app.address, address.as_str().unwrap()))
        .send()
        .await
        .unwrap()
}

pub(crate) fn photo(width: u32, height: u32) -> Vec<u8> {
    let image = DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    }));
    let mut bytes = Cursor::new(Vec::new());
    image.write_to(&mut bytes, ImageFormat::Jpeg).unwrap();
    bytes.into_inner()
}

/// The EXIF block of a phone photo taken in Tbilisi: GPSLatitudeRef N, GPSLatitude 41° 41' 0".
fn gps_exif() -> Vec<u8> {
    let mut tiff: Vec<u8> = b"MM\x00\x2a\x00\x00\x00\x08".to_vec();
    // IFD0: one entry, GPSInfo (0x8825) pointing at the GPS IFD at offset 26.
    tiff.extend([0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0]);
    // GPS IFD: GPSLatitudeRef "N", GPSLatitude as three rationals at offset 56.
    tiff.extend([0, 2]);
    tiff.extend([0, 1, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0]);
    tiff.extend([0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 56]);
    tiff.extend([0, 0, 0, 0]);
    for (numerator, denominator) in [(41u32, 1u32), (41, 1), (0, 1)] {
        tiff.extend(numerator.to_be_bytes());
        tiff.extend(denominator.to_be_bytes());
    }
    let mut segment = b"Exif\x00\x00".to_vec();
    segment.extend(tiff);
    segment
}

/// `photo` with the GPS block inserted as an APP1 segment right after the start marker.
fn photo_with_location() -> Vec<u8> {
    let plain = photo(640, 480);
    let exif = gps_exif();
    let length = u16::try_from(exif.len() + 2).unwrap();
    let mut bytes = plain[..2].to_vec();
    bytes.extend([0xFF, 0xE1]);
    bytes.extend(length.to_be_bytes());
    bytes.extend(exif);
    bytes.extend(&plain[2..]);
    bytes
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

fn refused_codes(outcome: &Value) -> Vec<String> {
    outcome["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|rejection| rejection["problem"].to_string())
        .collect()
}

pub(crate) async fn file_count(app: &TestApp) -> u64 {
    submission_file::Entity::find()
        .count(&app.db)
        .await
        .unwrap()
}

on_both_databases!(
    images_are_judged_by_content_re_encoded_without_location_and_served_safely,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::with_draft(&app, &ORGANISATION).await;
        let original = photo_with_location();
        assert!(
            contains(&original, b"Exif\x00\x00MM"),
            "the fixture carries EXIF"
        );
        assert!(
            image::load_from_memory(&original).is_ok(),
            "and is a valid JPEG"
        );

        let outcome = browser.upload_file("image", "IMG_2041.jpg", original).await;
        assert_eq!(refused_codes(&outcome), Vec::<String>::new());
        let stored = &outcome["stored"][0];
        assert_eq!(stored["name"], "IMG_2041.jpg");

        let response = fetch(&app, &stored["url"]).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "image/jpeg");
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        assert!(
            response.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("inline;")
        );
        let served = response.bytes().await.unwrap();
        assert!(!contains(&served, b"Exif"), "no EXIF block survives");
        assert!(!contains(&served, &gps_exif()[6..]), "nor the GPS data");
        let decoded = image::load_from_memory(&served).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (640, 480));

        let thumbnail = fetch(&app, &stored["thumbnail_url"]).await;
        assert_eq!(thumbnail.status(), 200);
        let thumbnail = image::load_from_memory(&thumbnail.bytes().await.unwrap()).unwrap();
        assert_eq!((thumbnail.width(), thumbnail.height()), (480, 360));
        let url = stored["url"].as_str().unwrap();
        for (missing, why) in [
            ("medium", "no medium size below 1200 px"),
            ("huge", "no such size"),
        ] {
            let response = app.get(&format!("{url}/{missing}")).await;
            assert_eq!(response.status(), 404, "{why}");
        }

        // A large photo is kept at 2400 px, with a 1200 px form for pages and link previews.
        let large = browser
            .upload_file("image", "square.jpg", photo(3000, 2000))
            .await;
        let large_url = large["stored"][0]["url"].as_str().unwrap().to_owned();
        for (size, expected) in [
            ("", (2400, 1600)),
            ("/medium", (1200, 800)),
            ("/thumbnail", (480, 320)),
        ] {
            let response = app.get(&format!("{large_url}{size}")).await;
            assert_eq!(response.status(), 200, "{size}");
            let served = image::load_from_memory(&response.bytes().await.unwrap()).unwrap();
            assert_eq!((served.width(), served.height()), expected, "{size}");
        }
        // An image stored before medium forms were made: the stored image answers for it.
        let large_name = large_url.rsplit('/').next().unwrap();
        std::fs::remove_file(
            app.database
                .folder
                .join("uploads")
                .join(format!("{large_name}.medium")),
        )
        .unwrap();
        let response = app.get(&format!("{large_url}/medium")).await;
        assert_eq!(response.status(), 200);
        let served = image::load_from_memory(&response.bytes().await.unwrap()).unwrap();
        assert_eq!((served.width(), served.height()), (2400, 1600));

        let bomb = include_bytes!("../fixtures/bomb-20000x20000.png").to_vec();
        assert_eq!(
            &bomb[16..24],
            &[0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20],
            "20000×20000"
        );
        let mut twelve_megabytes = photo(64, 64);
        twelve_megabytes.resize(12 * 1024 * 1024, 0);
        let mut html_after_jpeg_magic = b"\xFF\xD8\xFF\xE0".to_vec();
        html_after_jpeg_magic.extend(b"<html><script>alert(1)</script></html>");
        let refused = [
            (
                "holiday.jpg",
                b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script>".to_vec(),
                "\"WrongType\"",
            ),
            ("sneaky.jpg", html_after_jpeg_magic, "\"Damaged\""),
            (
                "logo.svg",
                br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>"#
                    .to_vec(),
                "\"WrongType\"",
            ),
            ("big.jpg", twelve_megabytes, "\"TooLarge\""),
            ("bomb.png", bomb, "\"TooManyPixels\""),
        ];
        for (name, bytes, problem) in refused {
            let outcome = browser.upload_file("image", name, bytes).await;
            let codes = refused_codes(&outcome);
            assert_eq!(codes.len(), 1, "{name} was not refused");
            assert!(codes[0].contains(problem), "{name}: {codes:?}");
            assert_eq!(outcome["rejected"][0]["file_name"], name);
        }
        assert_eq!(file_count(&app).await, 2, "nothing refused was kept");

        // Malformed bodies are the caller's error, never the server's.
        for (content_type, body) in [
            ("multipart/form-data", "no boundary".to_owned()),
            (
                "multipart/form-data; boundary=x",
                "--x\r\nnot a part".to_owned(),
            ),
            ("application/json", "{}".to_owned()),
        ] {
            let response = app
                .client
                .post(format!("{}/submit/upload", app.address))
                .header("content-type", content_type)
                .header("accept", "application/json")
                .body(body)
                .send()
                .await
                .unwrap();
            assert!(
                response.status().is_client_error(),
                "{content_type}: {}",
                response.status()
            );
        }

        let missing = app
            .client
            .get(format!("{}/uploads/{}", app.address, "0".repeat(64)))
            .send()
            .await
            .unwrap();
        assert_eq!(missing.status(), 404);
        let climbing = app
            .client
            .get(format!("{}/uploads/..%2F..%2Fetc%2Fpasswd", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(climbing.status(), 404);
    }
);

on_both_databases!(
    documents_must_be_pdfs_are_downloaded_never_shown_and_at_most_three,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::with_draft(&app, &ORGANISATION).await;
        let pdf = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".to_vec();

        let disguised = browser
            .upload_file(
                "document",
                "report.pdf",
                b"<html><script>x</script>".to_vec(),
            )
            .await;
        assert!(refused_codes(&disguised)[0].contains("WrongType"));

        let mut stored = Vec::new();
        for n in 1..=3 {
            let outcome = browser
                .upload_file("document", &format!("report \"{n}\".pdf"), pdf.clone())
                .await;
            assert_eq!(refused_codes(&outcome), Vec::<String>::new());
            stored.push(outcome["stored"][0].clone());
        }
        let fourth = browser.upload_file("document", "fourth.pdf", pdf).await;
        assert!(refused_codes(&fourth)[0].contains("TooMany"));
        assert_eq!(file_count(&app).await, 3);

        let response = fetch(&app, &stored[0]["url"]).await;
        assert_eq!(response.headers()["content-type"], "application/pdf");
        let disposition = response.headers()["content-disposition"].to_str().unwrap();
        assert!(disposition.starts_with("attachment;"), "{disposition}");
        assert!(
            response.headers()["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("sandbox")
        );
    }
);

on_both_databases!(
    the_images_step_works_as_a_plain_form_and_keeps_what_was_typed,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let browser = Browser::with_draft(&app, &ORGANISATION).await;
        let step_form = || {
            Form::new().text("step", "images-and-documents").text(
                "answers[media][links]",
                "https://video.example.org/balconies",
            )
        };

        // A photo and a too-large PDF in one post: the photo is kept, the PDF named, the link kept.
        let mut oversized = b"%PDF-1.7\n".to_vec();
        oversized.resize(21 * 1024 * 1024, b' ');
        let form = step_form()
            .part(
                "image",
                Part::bytes(photo(800, 600)).file_name("balcony.jpg"),
            )
            .part("document", Part::bytes(oversized).file_name("plans.pdf"))
            .text("intent", "continue");
        let response = browser.post_upload(form, "text/html").await;
        assert_eq!(response.status(), 303);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        assert!(
            location.starts_with("/submit/images-and-documents?rejected=document-too-large"),
            "{location}"
        );
        let (_, page) = browser.get(location.split('#').next().unwrap()).await;
        assert!(page.contains("plans.pdf is larger than 20 MB"));
        assert!(page.contains("There is a problem"));
        assert!(
            page.contains("https://video.example.org/balconies"),
            "the link was kept"
        );
        let marker = "answers[media][images][";
        let start = page.find(marker).expect("details fields for the photo") + marker.len();
        let id: String = page[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();

        // Continuing without describing the photo shows what is missing.
        let response = browser
            .post_upload(step_form().text("intent", "continue"), "text/html")
            .await;
        assert_eq!(
            response.headers()["location"],
            "/submit/images-and-documents?check=1"
        );
        let (_, page) = browser.get("/submit/images-and-documents?check=1").await;
        assert!(page.contains("This field is required."));

        let described = step_form()
            .text(
                format!("answers[media][images][{id}][alt_text]"),
                "A repaired carved balcony",
            )
            .text(
                format!("answers[media][images][{id}][licence]"),
                "cc-by-4.0",
            )
            .text("intent", "continue");
        let response = browser.post_upload(described, "text/html").await;
        assert_eq!(response.headers()["location"], "/submit/review");
        let (_, review) = browser.get("/submit/review").await;
        assert!(review.contains("balcony.jpg: A repaired carved balcony"));
        assert!(
            review.contains("I confirm that I hold the rights to the images"),
            "with images, the rights must be confirmed"
        );

        // Removing the photo deletes it, on disk too.
        let response = browser
            .post_upload(step_form().text("remove", id.clone()), "text/html")
            .await;
        assert_eq!(response.status(), 303);
        assert_eq!(file_count(&app).await, 0);
        let uploads = std::fs::read_dir(app.database.folder.join("uploads"))
            .unwrap()
            .count();
        assert_eq!(uploads, 0, "no bytes are left behind");
    }
);
