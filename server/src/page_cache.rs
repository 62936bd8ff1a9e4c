//! A few seconds' cache of the public gallery's pages, as sent to visitors without cookies.
//!
//! Rendering `/practices` costs the server about 8 ms, sending a stored copy almost nothing,
//! and the gallery is what a crowd opens when the selection is announced. A copy is used while
//! it is younger than the configured age and no staff change has been committed on this
//! instance since it was made (`app::db::PublicContentVersion`): an admin who publishes or
//! edits sees the result at once. Other instances of a multi-instance site catch up when their
//! copy ages out.
//!
//! One request renders a missing copy while the others for the same address wait for it, and
//! one renders an aged copy again while the others are still given the aged one: a crowd of
//! 64 connections whose copy ages out at once would otherwise render it 64 times together.
//!
//! The copy is stored as sent, compressed and with its headers, once per `Accept-Encoding`.
//! Its visitors share the Content-Security-Policy nonce for those seconds; that still keeps
//! out injected scripts, which are written before the nonce they would need exists.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::watch;

/// Enough for every filter combination people actually share; a flood of made-up addresses
/// fills it only until its copies age out.
const MAX_COPIES: usize = 256;

#[derive(Clone)]
pub struct PageCache {
    max_age: Duration,
    content_version: Arc<dyn Fn() -> u64 + Send + Sync>,
    copies: Arc<Mutex<HashMap<Key, StoredPage>>>,
    /// The addresses being rendered now; the receiver wakes when the render ends.
    renders: Arc<Mutex<HashMap<Key, watch::Receiver<()>>>>,
}

fn at_most_a_language_cookie(headers: &HeaderMap) -> bool {
    let language_cookie = format!("{}=", app::i18n::LANG_COOKIE);
    headers.get_all(header::COOKIE).iter().all(|value| {
        value.to_str().is_ok_and(|cookies| {
            cookies
                .split(';')
                .all(|pair| pair.trim().starts_with(&language_cookie))
        })
    })
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    path_and_query: String,
    accept_encoding: String,
    /// The page offers the visitor's preferred language when it is another.
    preferred_lang: Option<app::i18n::Lang>,
}

struct StoredPage {
    made: Instant,
    content_version: u64,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl PageCache {
    /// `max_age` zero turns the cache off.
    pub fn new(max_age: Duration, public_content: app::db::PublicContentVersion) -> Self {
        Self::retired_by(max_age, move || public_content.current())
    }

    /// A cache whose copies are retired whenever `content_version` moves.
    fn retired_by(
        max_age: Duration,
        content_version: impl Fn() -> u64 + Send + Sync + 'static,
    ) -> Self {
        PageCache {
            max_age,
            content_version: Arc::new(content_version),
            copies: Arc::default(),
            renders: Arc::default(),
        }
    }

    /// Only the gallery's pages (in every language), only plain reads, and only for visitors
    /// without cookies but the language they chose: whoever carries another may be signed in
    /// or in the middle of a form.
    fn key(&self, request: &Request) -> Option<Key> {
        let path = request.uri().path();
        let (_, english_path) = app::i18n::Lang::split_path(path);
        let gallery = english_path == "/practices" || english_path.starts_with("/practices/");
        let cacheable = !self.max_age.is_zero()
            && gallery
            && request.method() == Method::GET
            && at_most_a_language_cookie(request.headers());
        cacheable.then(|| Key {
            path_and_query: request
                .uri()
                .path_and_query()
                .map_or(path, |whole| whole.as_str())
                .to_owned(),
            accept_encoding: request
                .headers()
                .get(header::ACCEPT_ENCODING)
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_owned(),
            preferred_lang: app::i18n::preferred_lang(request.headers()),
        })
    }

    fn lookup(&self, key: &Key, content_version: u64) -> Found {
        let copies = self.copies.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(copy) = copies
            .get(key)
            .filter(|copy| copy.content_version == content_version)
        else {
            return Found::Nothing;
        };
        let mut response = Response::new(Body::from(copy.body.clone()));
        *response.status_mut() = copy.status;
        *response.headers_mut() = copy.headers.clone();
        if copy.made.elapsed() < self.max_age {
            Found::Fresh(response)
        } else {
            Found::Aged(response)
        }
    }

    /// This request's turn to render `key`, or, when another request is rendering it, what
    /// wakes when that render ends.
    fn claim(&self, key: &Key) -> Result<Rendering, watch::Receiver<()>> {
        let mut renders = self.renders.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(ends) = renders.get(key) {
            return Err(ends.clone());
        }
        let (done, ends) = watch::channel(());
        renders.insert(key.clone(), ends);
        Ok(Rendering {
            renders: self.renders.clone(),
            key: key.clone(),
            _done: done,
        })
    }

    fn keep(&self, key: Key, copy: StoredPage) {
        let mut copies = self.copies.lock().unwrap_or_else(PoisonError::into_inner);
        if copies.len() >= MAX_COPIES && !copies.contains_key(&key) {
            copies.retain(|_, old| old.made.elapsed() < self.max_age);
            if copies.len() >= MAX_COPIES {
                return;
            }
        }
        copies.insert(key, copy);
    }
}

enum Found {
    Fresh(Response),
    /// Of the current content, but older than the configured age.
    Aged(Response),
    Nothing,
}

/// A render in progress: when it ends, even by being cancelled, its waiters wake.
struct Rendering {
    renders: Arc<Mutex<HashMap<Key, watch::Receiver<()>>>>,
    key: Key,
    _done: watch::Sender<()>,
}

impl Drop for Rendering {
    fn drop(&mut self) {
        self.renders
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&self.key);
    }
}

/// A copy is kept of complete, successful pages that set no cookie.
fn worth_keeping(response: &Response) -> bool {
    response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && response
            .headers()
            .get(header::CACHE_CONTROL)
            .is_none_or(|value| !value.as_bytes().starts_with(b"no-store"))
}

pub async fn serve(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    let Some(key) = cache.key(&request) else {
        return next.run(request).await;
    };
    // Read before rendering: a change committed while the page renders makes this copy stale.
    let content_version = (cache.content_version)();
    let found = cache.lookup(&key, content_version);
    if let Found::Fresh(copy) = found {
        return copy;
    }
    let mut render_ends = match cache.claim(&key) {
        Ok(turn) => {
            let response = render_and_keep(&cache, key, content_version, request, next).await;
            drop(turn);
            return response;
        }
        Err(render_ends) => match found {
            Found::Aged(copy) => return copy,
            _ => render_ends,
        },
    };
    // Woken when the other render ends, however it ends.
    let _ = render_ends.changed().await;
    match cache.lookup(&key, content_version) {
        Found::Fresh(copy) => copy,
        // That render was not worth keeping (a 404, say): this one is not waited for again.
        _ => render_and_keep(&cache, key, content_version, request, next).await,
    }
}

async fn render_and_keep(
    cache: &PageCache,
    key: Key,
    content_version: u64,
    request: Request,
    next: Next,
) -> Response {
    let made = Instant::now();
    let response = next.run(request).await;
    if !worth_keeping(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "a gallery page failed while it was being sent");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    cache.keep(
        key,
        StoredPage {
            made,
            content_version,
            status: parts.status,
            headers: parts.headers.clone(),
            body: body.clone(),
        },
    );
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::routing::get;
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
    use tower::ServiceExt;

    /// A router whose pages say how many times they have been rendered.
    fn site(cache: PageCache) -> (Router, Arc<AtomicUsize>) {
        slow_site(cache, Duration::ZERO)
    }

    /// The same, each render taking `render_time`.
    fn slow_site(cache: PageCache, render_time: Duration) -> (Router, Arc<AtomicUsize>) {
        let renders = Arc::new(AtomicUsize::new(0));
        let counter = renders.clone();
        let page = move || {
            let counter = counter.clone();
            async move {
                let number = counter.fetch_add(1, Ordering::SeqCst) + 1;
                tokio::time::sleep(render_time).await;
                format!("render {number}")
            }
        };
        let with_cookie = {
            let page = page.clone();
            move || {
                let page = page.clone();
                async move { ([(header::SET_COOKIE, "seen=1")], page().await) }
            }
        };
        let router = Router::new()
            .route("/practices", get(page.clone()))
            .route("/practices/{slug}", get(page.clone()))
            .route("/practices/sets-a-cookie", get(with_cookie))
            .route("/ka/practices", get(page.clone()))
            .route("/workshops", get(page))
            .layer(axum::middleware::from_fn_with_state(cache, serve));
        (router, renders)
    }

    /// A cache whose content version is the returned counter, as a staff change moves it.
    fn retired_by_a_counter() -> (PageCache, Arc<AtomicU64>) {
        let version = Arc::new(AtomicU64::new(0));
        let read = version.clone();
        let cache =
            PageCache::retired_by(Duration::from_secs(60), move || read.load(Ordering::SeqCst));
        (cache, version)
    }

    /// The tests' own content never changes.
    fn unchanging(max_age: Duration) -> PageCache {
        PageCache::retired_by(max_age, || 0)
    }

    async fn body_of(router: &Router, request: Request) -> String {
        let response = router.clone().oneshot(request).await.unwrap();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        String::from_utf8(body.to_vec()).unwrap()
    }

    fn get_request(uri: &str) -> Request {
        Request::get(uri).body(Body::empty()).unwrap()
    }

    #[tokio::test]
    async fn a_gallery_page_is_rendered_once_per_address_while_fresh() {
        let (router, renders) = site(unchanging(Duration::from_secs(60)));
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 1"
        );
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 1"
        );
        assert_eq!(
            body_of(&router, get_request("/practices?theme=social")).await,
            "render 2"
        );
        assert_eq!(
            body_of(&router, get_request("/practices/a")).await,
            "render 3"
        );
        assert_eq!(
            body_of(&router, get_request("/practices/a")).await,
            "render 3"
        );
        assert_eq!(renders.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn each_encoding_has_its_own_copy_and_cookies_bypass_it() {
        let (router, _) = site(unchanging(Duration::from_secs(60)));
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 1"
        );
        let brotli = Request::get("/practices")
            .header(header::ACCEPT_ENCODING, "br")
            .body(Body::empty())
            .unwrap();
        assert_eq!(body_of(&router, brotli).await, "render 2");
        let signed_in = Request::get("/practices")
            .header(header::COOKIE, "session=x")
            .body(Body::empty())
            .unwrap();
        assert_eq!(body_of(&router, signed_in).await, "render 3");
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 1"
        );
    }

    /// The chosen language's cookie keeps a visitor with the cache; whom a page offers another
    /// language to gets a copy of their own.
    #[tokio::test]
    async fn each_preferred_language_has_its_own_copy() {
        let (router, renders) = site(unchanging(Duration::from_secs(60)));
        let with = |name, value| {
            Request::get("/ka/practices")
                .header(name, value)
                .body(Body::empty())
                .unwrap()
        };
        assert_eq!(
            body_of(&router, get_request("/ka/practices")).await,
            "render 1"
        );
        assert_eq!(
            body_of(&router, with(header::COOKIE, "hh_lang=ka")).await,
            "render 2"
        );
        assert_eq!(
            body_of(&router, with(header::COOKIE, "hh_lang=ka")).await,
            "render 2"
        );
        assert_eq!(
            body_of(&router, with(header::ACCEPT_LANGUAGE, "ka-GE,ka;q=0.9")).await,
            "render 2"
        );
        assert_eq!(
            body_of(&router, with(header::ACCEPT_LANGUAGE, "fr")).await,
            "render 3"
        );
        assert_eq!(
            body_of(&router, with(header::COOKIE, "hh_lang=ka; session=x")).await,
            "render 4"
        );
        assert_eq!(renders.load(Ordering::SeqCst), 4);
    }

    #[tokio::test]
    async fn other_pages_stale_copies_and_cookie_setting_answers_are_never_served() {
        let (router, renders) = site(unchanging(Duration::from_millis(50)));
        assert_eq!(
            body_of(&router, get_request("/workshops")).await,
            "render 1"
        );
        assert_eq!(
            body_of(&router, get_request("/workshops")).await,
            "render 2"
        );
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 3"
        );
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 4"
        );
        assert_eq!(
            body_of(&router, get_request("/practices/sets-a-cookie")).await,
            "render 5"
        );
        assert_eq!(
            body_of(&router, get_request("/practices/sets-a-cookie")).await,
            "render 6"
        );
        assert_eq!(renders.load(Ordering::SeqCst), 6);
    }

    #[tokio::test]
    async fn a_committed_staff_change_retires_every_copy() {
        let (cache, version) = retired_by_a_counter();
        let (router, _) = site(cache);
        assert_eq!(
            body_of(&router, get_request("/practices/b")).await,
            "render 1"
        );
        assert_eq!(
            body_of(&router, get_request("/practices/b")).await,
            "render 1"
        );
        version.fetch_add(1, Ordering::SeqCst);
        assert_eq!(
            body_of(&router, get_request("/practices/b")).await,
            "render 2"
        );
    }

    /// `count` requests for `uri` at once; their bodies.
    async fn at_once(router: &Router, uri: &str, count: usize) -> Vec<String> {
        let mut requests = tokio::task::JoinSet::new();
        for _ in 0..count {
            let (router, request) = (router.clone(), get_request(uri));
            requests.spawn(async move { body_of(&router, request).await });
        }
        requests.join_all().await
    }

    #[tokio::test]
    async fn a_crowd_waits_for_one_render_of_a_missing_copy() {
        let (router, renders) = slow_site(
            unchanging(Duration::from_secs(60)),
            Duration::from_millis(50),
        );
        let bodies = at_once(&router, "/practices", 64).await;
        assert!(bodies.iter().all(|body| body == "render 1"), "{bodies:?}");
        assert_eq!(renders.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_crowd_gets_the_aged_copy_while_one_request_renders_it_again() {
        let (router, renders) = slow_site(
            unchanging(Duration::from_millis(100)),
            Duration::from_millis(50),
        );
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 1"
        );
        tokio::time::sleep(Duration::from_millis(120)).await;
        let bodies = at_once(&router, "/practices", 64).await;
        assert_eq!(
            renders.load(Ordering::SeqCst),
            2,
            "one render again, not 64"
        );
        assert_eq!(bodies.iter().filter(|body| *body == "render 2").count(), 1);
        assert_eq!(bodies.iter().filter(|body| *body == "render 1").count(), 63);
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 2"
        );
    }

    #[tokio::test]
    async fn after_a_staff_change_the_crowd_waits_for_the_new_page_rather_than_the_old() {
        let (cache, version) = retired_by_a_counter();
        let (router, renders) = slow_site(cache, Duration::from_millis(50));
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 1"
        );
        version.fetch_add(1, Ordering::SeqCst);
        let bodies = at_once(&router, "/practices", 64).await;
        assert!(bodies.iter().all(|body| body == "render 2"), "{bodies:?}");
        assert_eq!(renders.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_zero_age_turns_it_off() {
        let (router, _) = site(unchanging(Duration::ZERO));
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 1"
        );
        assert_eq!(
            body_of(&router, get_request("/practices")).await,
            "render 2"
        );
    }
}
