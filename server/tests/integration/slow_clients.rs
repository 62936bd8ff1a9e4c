//! Slow clients over TCP, on SQLite and PostgreSQL: a request header sent a byte at a time is
//! cut off, many such sockets do not keep others out, and open connections are bounded.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::on_both_databases;
use crate::support::{TestApp, TestDatabase};

async fn connect(app: &TestApp) -> TcpStream {
    TcpStream::connect(app.address.trim_start_matches("http://"))
        .await
        .unwrap()
}

/// Sends a request header a byte a second and never finishes it; how long until the server
/// closes the connection.
async fn trickled_header_lasts(app: &TestApp) -> Duration {
    let mut stream = connect(app).await;
    let started = Instant::now();
    let header = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow";
    let mut buffer = [0u8; 1024];
    for byte in header.iter().cycle() {
        if stream.write_all(&[*byte]).await.is_err() {
            break;
        }
        // Closed: a read ends at once with nothing, or an error.
        match tokio::time::timeout(Duration::from_secs(1), stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => break,
            Ok(Ok(_)) => panic!("an unfinished header was answered"),
            Err(_) => {}
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the connection is still open after 30 s"
        );
    }
    started.elapsed()
}

on_both_databases!(
    a_header_sent_byte_by_byte_is_cut_off,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let lasted = trickled_header_lasts(&app).await;
        let limit = server::connections::HEADER_READ_TIMEOUT;
        assert!(
            lasted >= limit - Duration::from_secs(1) && lasted < Duration::from_secs(15),
            "closed after {lasted:?}"
        );
    }
);

/// A socket that has sent the start of a request header and waits.
async fn half_sent(app: &TestApp) -> TcpStream {
    let mut stream = connect(app).await;
    stream.write_all(b"GET / HTTP/1.1\r\nHo").await.unwrap();
    stream
}

/// How long `/healthz` takes to answer 200.
async fn health_takes(app: &TestApp) -> Duration {
    let started = Instant::now();
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    started.elapsed()
}

on_both_databases!(
    health_answers_at_once_while_500_slow_sockets_are_open,
    |backend| async move {
        let app = TestApp::spawn(backend).await;
        let mut slow = Vec::new();
        for _ in 0..500 {
            slow.push(half_sent(&app).await);
        }
        let took = health_takes(&app).await;
        assert!(took < Duration::from_secs(1), "/healthz took {took:?}");
        // They were all still open: none had been cut off yet.
        let open = slow
            .iter()
            .filter(|stream| {
                let mut buffer = [0u8; 16];
                matches!(stream.try_read(&mut buffer), Err(error) if error.kind() == std::io::ErrorKind::WouldBlock)
            })
            .count();
        assert_eq!(open, 500);
    }
);

on_both_databases!(
    connections_past_the_maximum_wait_for_one_to_close,
    |backend| async move {
        let database = TestDatabase::create(backend).await;
        let app = TestApp::spawn_on(database, &[("MAX_CONNECTIONS", "5")]).await;
        let mut slow = Vec::new();
        for _ in 0..5 {
            slow.push(half_sent(&app).await);
        }
        // The sixth is not taken in while five are open...
        let waiting = tokio::time::timeout(Duration::from_secs(2), app.get("/healthz")).await;
        assert!(waiting.is_err(), "a sixth connection was served");
        // ...and is served as soon as one closes.
        slow.pop();
        let took = tokio::time::timeout(Duration::from_secs(2), health_takes(&app))
            .await
            .expect("served once a connection closed");
        assert!(took < Duration::from_secs(1), "/healthz took {took:?}");
    }
);
