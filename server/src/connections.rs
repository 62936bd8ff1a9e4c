//! The accept loop. `axum::serve` gives hyper no timer, so a client could send a request's
//! header a byte at a time and hold its connection for ever; and it accepts without bound.
//! Here every connection must send its whole header within [`HEADER_READ_TIMEOUT`], a body
//! must keep up [`MIN_BODY_RATE`] once [`BODY_GRACE`] has passed, and at most
//! `max_connections` are open at once: the rest wait in the kernel's queue until one closes.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::ConnectInfo;
use axum::http::Request;
use http_body::Frame;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;

/// Far more than any browser needs to send a header, even on a poor mobile line.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a body may take before its rate counts.
pub const BODY_GRACE: Duration = Duration::from_secs(10);
/// Bytes per second a body must average after the grace: a 20 MB PDF may take almost six
/// hours, yet a client that trickles a byte at a time is cut off.
pub const MIN_BODY_RATE: u64 = 1024;

/// Serves `router` on `listener` until `shutdown` completes, then waits for the open
/// connections to finish their requests.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    max_connections: usize,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let open = Arc::new(Semaphore::new(max_connections));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = open.clone().acquire_owned() => permit,
            () = &mut shutdown => break,
        };
        // The semaphore is never closed.
        let Ok(permit) = permit else { break };
        let (stream, client) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    accept_failed(error).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service = router
            .clone()
            .map_request(move |request: Request<Incoming>| {
                let mut request = request.map(|body| Body::new(MinimumRate::new(body)));
                // What the `ConnectInfo` extractor reads: rate limits and sign-in throttling
                // need the client's address.
                request.extensions_mut().insert(ConnectInfo(client));
                request
            });
        let connection =
            builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that goes away, or is cut off for being slow, is no error of ours.
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
}

/// Errors of one connection (reset before it was accepted) pass; others, such as running out
/// of file descriptors, are waited out rather than spun on.
async fn accept_failed(error: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        error.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    tracing::error!(%error, "cannot accept connections; trying again in a second");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// A request body that fails once it falls behind [`MIN_BODY_RATE`] after [`BODY_GRACE`].
struct MinimumRate<B> {
    inner: B,
    started: Instant,
    received: u64,
    deadline: Pin<Box<Sleep>>,
}

impl<B> MinimumRate<B> {
    fn new(inner: B) -> Self {
        let started = Instant::now();
        MinimumRate {
            inner,
            started,
            received: 0,
            deadline: Box::pin(tokio::time::sleep_until(started + BODY_GRACE)),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the request body arrived too slowly")]
struct TooSlow;

impl<B> HttpBody for MinimumRate<B>
where
    B: HttpBody<Data = Bytes> + Unpin,
    B::Error: Into<axum::BoxError>,
{
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    this.received += data.len() as u64;
                    let earned = Duration::from_secs(this.received / MIN_BODY_RATE);
                    let deadline = this.started + BODY_GRACE + earned;
                    this.deadline.as_mut().reset(deadline);
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(other) => Poll::Ready(other.map(|result| result.map_err(Into::into))),
            Poll::Pending => match this.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Some(Err(TooSlow.into()))),
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::to_bytes;
    use futures_util::StreamExt;
    use http_body_util::StreamBody;

    /// A body that sends `bytes` one at a time, `gap` apart.
    fn trickle(
        bytes: usize,
        gap: Duration,
    ) -> impl HttpBody<Data = Bytes, Error = std::io::Error> + Unpin {
        let stream = futures_util::stream::unfold(0, move |sent| async move {
            if sent == bytes {
                return None;
            }
            tokio::time::sleep(gap).await;
            Some((Ok(Frame::data(Bytes::from_static(b"x"))), sent + 1))
        });
        StreamBody::new(Box::pin(stream))
    }

    // The clock is paused and jumps ahead whenever everything waits.
    #[tokio::test(start_paused = true)]
    async fn a_body_that_trickles_is_cut_off_after_the_grace() {
        let started = Instant::now();
        let body = MinimumRate::new(trickle(1000, Duration::from_secs(1)));
        assert!(to_bytes(Body::new(body), usize::MAX).await.is_err());
        assert_eq!(started.elapsed(), BODY_GRACE);
    }

    #[tokio::test(start_paused = true)]
    async fn a_body_at_a_steady_rate_arrives_whole() {
        // 2 KB a second, in 100 frames of 2 KB.
        let stream = futures_util::stream::iter(0..100).then(|_| async {
            tokio::time::sleep(Duration::from_secs(1)).await;
            Ok::<_, std::io::Error>(Frame::data(Bytes::from(vec![b'x'; 2048])))
        });
        let body = MinimumRate::new(StreamBody::new(Box::pin(stream)));
        let bytes = to_bytes(Body::new(body), usize::MAX).await.unwrap();
        assert_eq!(bytes.len(), 100 * 2048);
    }
}
