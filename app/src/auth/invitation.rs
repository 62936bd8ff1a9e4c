//! `/admin/invitation/{token}`: an invited staff member chooses a password with the one-time
//! link from their email, and is signed in.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use crate::components::{ErrorSummary, Page, ServerData, TextField};
use crate::error::{AppError, field_message, summary_entries};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    pub email: String,
    pub display_name: String,
}

#[cfg(feature = "ssr")]
fn spent() -> AppError {
    AppError::NotFound("An unused invitation for this link".to_owned())
}

/// Whom an unused, unexpired invitation link is for.
#[server(endpoint = "invitation")]
pub async fn load_invitation(token: String) -> Result<Invitation, AppError> {
    let state = crate::state::app_state()?;
    let token = crate::secret::SecretToken::parse(&token).ok_or_else(spent)?;
    let account = super::db::find_invited(&state.db, &token, chrono::Utc::now())
        .await?
        .ok_or_else(spent)?;
    Ok(Invitation {
        email: account.email,
        display_name: account.display_name,
    })
}

/// Sets the invited member's password, spends the link and signs them in. The link is looked
/// up before the password is hashed.
#[server(endpoint = "invitation/accept")]
pub async fn accept_invitation(
    token: String,
    #[server(default)] password: String,
    #[server(default)] confirmation: String,
) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    let invalid = |field: &str, message: String| AppError::invalid(field, message);
    let token = crate::secret::SecretToken::parse(&token).ok_or_else(spent)?;
    let now = chrono::Utc::now();
    // The link first: a guessed one must cost a lookup, never a hash.
    super::db::find_invited(&state.db, &token, now)
        .await?
        .ok_or_else(spent)?;
    let password = super::password::NewPassword::parse(&password)
        .map_err(|error| invalid("password", error.to_string()))?;
    if password.expose() != confirmation {
        return Err(invalid(
            "confirmation",
            "The two passwords are not the same.".to_owned(),
        ));
    }
    let hash = state
        .passwords
        .hash(password)
        .await
        .map_err(|_| AppError::Internal)?;
    let account = super::db::accept_invitation(&state.db, &token, hash, now)
        .await?
        .ok_or_else(spent)?;
    let identity = super::StaffIdentity {
        id: account.id,
        role: super::Role::parse(&account.role).unwrap_or(super::Role::Reviewer),
        email: account.email,
        display_name: account.display_name,
    };
    crate::audit::db::write(
        &state.db,
        &identity,
        &format!("staff:{}", identity.id),
        "Accepted the invitation and chose a password",
        now,
    )
    .await?;
    super::api::open_session(&state, identity.id, false, now).await?;
    leptos_axum::redirect("/admin");
    Ok(())
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let accept = ServerAction::<AcceptInvitation>::new();
    let invitation = Resource::new(token, load_invitation);
    let error = move |field: &'static str| {
        Signal::derive(move || field_message(accept.value().get(), field))
    };
    view! {
        <Page title="Choose your password" narrow=true>
            {move || {
                let errors = summary_entries([accept.value().get()], "password");
                view! { <ErrorSummary errors /> }
            }}
            <ServerData resource=invitation view=move |invitation: Invitation| view! {
                <p>"Welcome, "{invitation.display_name}". Choose the password for "<strong>{invitation.email.clone()}</strong>
                   ". You will sign in with it from now on."</p>
                <ActionForm action=accept attr:novalidate=true>
                    <input type="hidden" name="token" value=token() />
                    // Lets password managers store the new password under the right account.
                    <input type="hidden" name="username" autocomplete="username" value=invitation.email />
                    <TextField field="password" name="password" label="New password" value=String::new()
                        error=error("password") input_type="password" autocomplete="new-password"
                        hint="At least 12 characters. A few unrelated words make a strong password." />
                    <TextField field="confirmation" name="confirmation" label="The same password again" value=String::new()
                        error=error("confirmation") input_type="password" autocomplete="new-password" />
                    <button type="submit" class="button button--primary">"Save my password and sign in"</button>
                </ActionForm>
            } />
        </Page>
    }
}
