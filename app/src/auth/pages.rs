//! `/admin/login`, and the sign-out button of the staff pages.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{SignIn, SignInCode, SignOut};
use crate::components::{ErrorSummary, Page, TextField};
use crate::error::AppError;

/// The staff page asked for before signing in, passed along as it came: the server checks it.
fn next_page() -> String {
    use_query_map()
        .read_untracked()
        .get("next")
        .unwrap_or_default()
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let sign_in = ServerAction::<SignIn>::new();
    let problem = Signal::derive(move || match sign_in.value().get() {
        Some(Err(AppError::Invalid { message, .. })) => Some(message.to_string()),
        Some(Err(error)) => Some(error.to_string()),
        _ => None,
    });
    view! {
        <Page title="Staff sign-in" narrow=true>
            {move || {
                let errors: Vec<(String, String)> =
                    problem.get().into_iter().map(|message| ("password".to_owned(), message)).collect();
                view! { <ErrorSummary errors /> }
            }}
            <p>"For the call's staff: reviewers and administrators. Applicants need no account."</p>
            <ActionForm action=sign_in attr:novalidate=true>
                <input type="hidden" name="next" value=next_page() />
                <TextField field="email" name="email" label="Email address" value=String::new()
                    error=None input_type="email" autocomplete="username" />
                <TextField field="password" name="password" label="Password" value=String::new()
                    error=problem input_type="password" autocomplete="current-password" />
                <button type="submit" class="button button--primary">"Sign in"</button>
            </ActionForm>
        </Page>
    }
}

/// The second step of sign-in, for staff with two-step sign-in on.
#[component]
pub fn SignInCodePage() -> impl IntoView {
    let code = ServerAction::<SignInCode>::new();
    let problem = Signal::derive(move || match code.value().get() {
        Some(Err(AppError::Invalid { message, .. })) => Some(message.to_string()),
        Some(Err(AppError::Unauthorized)) => {
            Some("The sign-in has expired. Sign in with your password again.".to_owned())
        }
        Some(Err(error)) => Some(error.to_string()),
        _ => None,
    });
    view! {
        <Page title="Enter your code" narrow=true>
            {move || {
                let errors: Vec<(String, String)> =
                    problem.get().into_iter().map(|message| ("code".to_owned(), message)).collect();
                view! { <ErrorSummary errors /> }
            }}
            <p>"Your password was right. Open your authenticator app and enter the code it shows for Heritage Hub."</p>
            <ActionForm action=code attr:novalidate=true>
                <input type="hidden" name="next" value=next_page() />
                <TextField field="code" name="code" label="6-digit code" value=String::new()
                    error=problem autocomplete="one-time-code" />
                <button type="submit" class="button button--primary">"Sign in"</button>
            </ActionForm>
            <p><a href="/admin/login">"Start again with your password"</a></p>
        </Page>
    }
}

#[component]
pub fn SignOutButton() -> impl IntoView {
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <ActionForm action=sign_out attr:class="sign-out">
            <button type="submit" class="button button--secondary">"Sign out"</button>
        </ActionForm>
    }
}
