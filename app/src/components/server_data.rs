//! Shows what a server function returned, or a message a visitor can act on when it failed.

use crate::i18n::t;
use leptos::prelude::*;

use crate::error::AppError;

/// Waits for `resource` and renders `view` with its value. Pages are rendered whole on the
/// server (`SsrMode::Async`), so the fallback is only seen during client-side navigation.
#[component]
pub fn ServerData<T, V, F>(resource: Resource<Result<T, AppError>>, view: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Send + Sync + Clone + 'static,
{
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">{t("loading")}</p> }>
            {move || {
                let view = view.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => view(data).into_any(),
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
