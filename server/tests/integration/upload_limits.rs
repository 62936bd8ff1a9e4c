//! Uploads under attack, on SQLite and PostgreSQL: a huge text field is refused as soon as it
//! passes its limit, without the server holding it; uploads at once are bounded; an address's
//! hourly bytes are bounded; an ordinary upload still goes through.

use std::time::{Duration, Instant};

use reqwest::multipart::{Form, Part};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::on_both_databases;
use crate::support::process::ServerProcess;
use crate::support::{Browser, TestApp, TestDatabase};
use crate::uploads::file_count;

const MB: usize = 1024 * 1024;
const BOUNDARY: &str = "heritage-hub-test-boundary";

/// A kilobyte-line of the memory figures in `/proc/<pid>/status` (`VmRSS`, `VmHWM`).
fn memory_kb(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().strip_suffix("kB")?.trim().parse().ok())
        .unwrap_or_else(|| panic!("no {field} in /proc/{pid}/status"))
}

/// The request head and the opening of a multipart body whose one part, `name`, declares
/// `length` bytes of content to follow.
fn upload_head(
    address: &str,
    name: &str,
    file_name: Option<&str>,
    length: usize,
) -> (String, Vec<u8>) {
    let host = address.trim_start_matches("http://");
    let disposition = match file_name {
        Some(file_name) => format!("form-data; name=\"{name}\"; filename=\"{file_name}\""),
        None => format!("form-data; name=\"{name}\""),
    };
    let opening = format!("--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n\r\n");
    let closing = format!("\r\n--{BOUNDARY}--\r\n");
    let head = format!(
        "POST /submit/upload HTTP/1.1\r\nHost: {host}\r\n\
         Accept: application/json\r\n\
         Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n\
         Content-Length: {}\r\n\r\n",
        opening.len() + length + closing.len()
    );
    (head, opening.into_bytes())
}

/// An answer's head: its status and the value of `header`, if any.
struct Answer {
    head: String,
    /// Bytes of the body the server let in before it answered and stopped reading.
    sent: usize,
    /// How long the answer took.
    took: Duration,
}

impl Answer {
    fn status(&self) -> u16 {
        self.head
            .split_whitespace()
            .nth(1)
            .and_then(|code| code.parse().ok())
            .unwrap_or_else(|| panic!("no status line in {:?}", self.head))
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// Posts one part, `name` (a file when `file_name` is given), whose content is `first` and
/// then filler up to `length` bytes, streamed in 64 KB chunks as a slow client would not.
async fn post_streamed(
    address: &str,
    name: &str,
    file_name: Option<&str>,
    first: &[u8],
    length: usize,
) -> Answer {
    let (head, mut opening) = upload_head(address, name, file_name, length);
    opening.extend_from_slice(first);
    let stream = TcpStream::connect(address.trim_start_matches("http://"))
        .await
        .unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let started = Instant::now();
    let filler = length - first.len();
    // The write half is handed back rather than dropped: a client that shuts its side ends the
    // request before it is answered.
    let sending = tokio::spawn(async move {
        let mut sent = 0;
        if writer.write_all(head.as_bytes()).await.is_err()
            || writer.write_all(&opening).await.is_err()
        {
            return (sent, writer);
        }
        let chunk = vec![b'a'; 64 * 1024];
        while sent < filler {
            let part = &chunk[..chunk.len().min(filler - sent)];
            if writer.write_all(part).await.is_err() {
                break;
            }
            sent += part.len();
        }
        let _ = writer
            .write_all(format!("\r\n--{BOUNDARY}--\r\n").as_bytes())
            .await;
        (sent, writer)
    });
    let mut response = Vec::new();
    let mut buffer = [0u8; 4096];
    while !response.windows(4).any(|window| window == b"\r\n\r\n") {
        match tokio::time::timeout(Duration::from_secs(30), reader.read(&mut buffer)).await {
            Ok(Ok(0)) => break,
            Ok(Err(error)) => panic!("reading the answer after {response:?}: {error}"),
            Err(_) => panic!("no answer within 30 s"),
            Ok(Ok(read)) => response.extend_from_slice(&buffer[..read]),
        }
    }
    let took = started.elapsed();
    drop(reader);
    let (sent, _) = tokio::time::timeout(Duration::from_secs(30), sending)
        .await
        .expect("the server stops the sender")
        .unwrap();
    Answer {
        head: String::from_utf8_lossy(&response).into_owned(),
        sent,
        took,
    }
}

on_both_databases!(
    a_150_mb_text_field_is_refused_at_once_and_never_held,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let server = ServerProcess::start(&database);
        // Warm up: a first upload opens the database's pool and starts a draft.
        let warm = post_streamed(&server.address, "intent", None, b"stay", 4).await;
        assert_eq!(warm.status(), 200, "{}", warm.head);
        let before = memory_kb(server.pid(), "VmRSS");

        let answer =
            post_streamed(&server.address, "answers[media][note]", None, b"", 150 * MB).await;

        assert_eq!(answer.status(), 413, "{}", answer.head);
        assert!(
            answer.took < Duration::from_secs(5),
            "answered after {:?}",
            answer.took
        );
        assert!(
            answer.sent < 150 * MB,
            "the server read all {} bytes instead of stopping",
            answer.sent
        );
        let peak = memory_kb(server.pid(), "VmHWM");
        assert!(
            peak.saturating_sub(before) < 20 * 1024,
            "the resident memory rose from {before} kB to a peak of {peak} kB"
        );
    }
);

/// A PDF of `length` bytes: only its first bytes are looked at.
fn pdf(length: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.resize(length, b' ');
    bytes
}

fn document_form(name: &str, length: usize) -> Form {
    Form::new().part(
        "document",
        Part::bytes(pdf(length)).file_name(name.to_owned()),
    )
}

on_both_databases!(
    uploads_past_the_ones_received_at_once_are_asked_to_come_back,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let at_once = app::submission::uploads::storage::CONCURRENT_UPLOADS;
        // Uploads that send their head and a first few bytes, then nothing.
        let mut stalled = Vec::new();
        for _ in 0..at_once {
            let (head, opening) = upload_head(&app.address, "document", Some("plan.pdf"), MB);
            let mut stream = TcpStream::connect(app.address.trim_start_matches("http://"))
                .await
                .unwrap();
            stream.write_all(head.as_bytes()).await.unwrap();
            stream.write_all(&opening).await.unwrap();
            stream.write_all(b"%PDF-1.4\n").await.unwrap();
            stalled.push(stream);
        }
        let browser = Browser::with_draft(&app, &[("email", "nino@example.ge")]).await;
        let started = Instant::now();
        let refused = loop {
            let response = browser
                .post_upload(document_form("plan.pdf", 1000), "application/json")
                .await;
            if response.status() == 503 {
                break response;
            }
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "an upload past {at_once} at once was answered {}",
                response.status()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        assert_eq!(refused.headers()["retry-after"], "5");
        let files_while_busy = file_count(&app).await;

        // Once they go, uploads are received again.
        drop(stalled);
        let started = Instant::now();
        loop {
            let response = browser
                .post_upload(document_form("plan.pdf", 1000), "application/json")
                .await;
            if response.status() == 200 {
                break;
            }
            assert_eq!(response.status(), 503);
            assert!(started.elapsed() < Duration::from_secs(5));
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(file_count(&app).await, files_while_busy + 1);
    }
);

on_both_databases!(
    an_address_sending_past_its_hourly_upload_bytes_is_refused,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let app = TestApp::spawn_on(
            database,
            &[("RATE_LIMITS", "on"), ("UPLOAD_MB_PER_HOUR", "1")],
        )
        .await;
        let browser = Browser::with_draft(&app, &[("email", "nino@example.ge")]).await;

        // An ordinary upload goes through.
        let outcome = browser
            .upload_file("document", "plan.pdf", pdf(600 * 1024))
            .await;
        assert_eq!(outcome["stored"][0]["name"], "plan.pdf");
        assert_eq!(outcome["rejected"], serde_json::json!([]));

        // The next one would pass the megabyte of this hour: refused part way.
        let answer = post_streamed(
            &app.address,
            "document",
            Some("annex.pdf"),
            b"%PDF-1.4\n",
            600 * 1024,
        )
        .await;
        assert_eq!(answer.status(), 429, "{}", answer.head);
        let wait: u64 = answer.header("retry-after").unwrap().parse().unwrap();
        assert!((3500..=3600).contains(&wait), "Retry-After: {wait}");
        assert_eq!(file_count(&app).await, 1);
    }
);
