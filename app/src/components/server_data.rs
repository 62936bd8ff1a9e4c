//! Shows what a server function returned, or a message a visitor can act on when it failed.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::i18n::t;
use leptos::prelude::*;

use crate::error::AppError;

/// A page's data, loaded and already turned into its view.
type LoadedView = Pin<Box<dyn Future<Output = Result<AnyView, AppError>> + Send>>;

/// Waits for `resource` and renders `view` with its value. Pages are rendered whole on the
/// server (`SsrMode::Async`), so the fallback is only seen during client-side navigation.
#[component]
pub fn ServerData<T, V, F>(resource: Resource<Result<T, AppError>>, view: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Send + Sync + Clone + 'static,
{
    // Only this closure depends on the page's types: the waiting, the fallback and the error
    // notice below are compiled once for all pages, not once per page (a smaller bundle).
    awaiting(Arc::new(move || {
        let view = view.clone();
        Box::pin(async move { resource.await.map(|data| view(data).into_any()) })
    }))
}

fn awaiting(load: Arc<dyn Fn() -> LoadedView + Send + Sync>) -> AnyView {
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">{t("loading")}</p> }>
            {move || {
                let load = load.clone();
                Suspend::new(async move {
                    match load().await {
                        Ok(view) => view,
                        // A staff page asked for without a live session: to the sign-in page.
                        Err(AppError::Unauthorized) => {
                            view! { <leptos_router::components::Redirect path="/admin/login" /> }
                                .into_any()
                        }
                        Err(error) => {
                            #[cfg(feature = "ssr")]
                            set_response_status(error.status());
                            view! {
                                <div class="notice notice--error" role="alert">
                                    <p>{error.to_string()}</p>
                                </div>
                            }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// Pages are rendered whole before the status line is sent, so a failed load can still set it.
#[cfg(feature = "ssr")]
fn set_response_status(status: u16) {
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(status),
    ) {
        response.set_status(status);
    }
}
