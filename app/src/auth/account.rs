//! `/admin/account`: a staff member's own account, where they turn two-step sign-in (a code
//! from an authenticator app after the password) on or off.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use super::Role;
use crate::components::{ErrorSummary, ServerData, TextField};
use crate::error::{AppError, field_message};

/// What an authenticator app needs to start making codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotpSetup {
    /// Base32, to type in by hand.
    pub secret: String,
    /// The QR code of the `otpauth://` address, as SVG made on the server.
    pub qr_svg: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub two_step: bool,
    /// A fresh secret to turn two-step sign-in on with; `None` while it is on.
    pub setup: Option<TotpSetup>,
}

#[cfg(feature = "ssr")]
fn wrong_code() -> AppError {
    AppError::invalid(
        "code".to_owned(),
        "The code is not right. Enter the 6 digits your app shows now.".to_owned(),
    )
}

#[cfg(feature = "ssr")]
async fn own_account(
    staff: &super::StaffIdentity,
) -> Result<crate::db::entities::staff_user::Model, AppError> {
    use sea_orm::EntityTrait;
    let state = crate::state::app_state()?;
    crate::db::entities::staff_user::Entity::find_by_id(staff.id)
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthorized)
}

#[server(endpoint = "staff/account")]
pub async fn load_account() -> Result<AccountView, AppError> {
    let staff = super::require(Role::Reviewer).await?;
    let state = crate::state::app_state()?;
    let account = own_account(&staff).await?;
    let setup = if super::db::has_two_step(&account) {
        None
    } else {
        let secret = super::db::pending_totp(&state.db, &account).await?;
        let qr_svg = qrcode::QrCode::new(secret.otpauth_uri(&staff.email).as_bytes())
            .map(|code| {
                code.render::<qrcode::render::svg::Color>()
                    .min_dimensions(200, 200)
                    .build()
            })
            .unwrap_or_default();
        Some(TotpSetup {
            secret: secret.to_base32(),
            qr_svg,
        })
    };
    Ok(AccountView {
        two_step: setup.is_none(),
        setup,
        email: staff.email,
        display_name: staff.display_name,
        role: staff.role,
    })
}

/// Turns two-step sign-in on once a code from the app proves it holds the secret being set up;
/// that code's step counts as used.
#[server(endpoint = "staff/two_step_on")]
pub async fn turn_two_step_on(#[server(default)] code: String) -> Result<(), AppError> {
    let staff = super::require(Role::Reviewer).await?;
    let state = crate::state::app_state()?;
    let account = own_account(&staff).await?;
    let now = chrono::Utc::now();
    if super::db::has_two_step(&account) {
        return Ok(());
    }
    let step = account
        .totp_secret
        .as_deref()
        .and_then(super::totp::TotpSecret::from_base32)
        .and_then(|secret| secret.verify(&code, now, None))
        .ok_or_else(wrong_code)?;
    crate::audit::db::audited(
        &state,
        &staff,
        async |conn| Ok(super::db::spend_totp_step(conn, staff.id, step).await?),
        |_| {
            (
                format!("staff:{}", staff.id),
                "Turned on two-step sign-in".to_owned(),
            )
        },
    )
    .await?;
    leptos_axum::redirect("/admin/account");
    Ok(())
}

/// Turns two-step sign-in off; a current code is needed, so a session left open on a shared
/// computer cannot quietly remove the second factor.
#[server(endpoint = "staff/two_step_off")]
pub async fn turn_two_step_off(#[server(default)] code: String) -> Result<(), AppError> {
    let staff = super::require(Role::Reviewer).await?;
    let state = crate::state::app_state()?;
    let account = own_account(&staff).await?;
    let now = chrono::Utc::now();
    if !super::db::has_two_step(&account) {
        return Ok(());
    }
    account
        .totp_secret
        .as_deref()
        .and_then(super::totp::TotpSecret::from_base32)
        .and_then(|secret| secret.verify(&code, now, account.totp_last_step))
        .ok_or_else(wrong_code)?;
    crate::audit::db::audited(
        &state,
        &staff,
        async |conn| Ok(super::db::remove_totp(conn, staff.id).await?),
        |_| {
            (
                format!("staff:{}", staff.id),
                "Turned off two-step sign-in".to_owned(),
            )
        },
    )
    .await?;
    leptos_axum::redirect("/admin/account");
    Ok(())
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let on = ServerAction::<TurnTwoStepOn>::new();
    let off = ServerAction::<TurnTwoStepOff>::new();
    let account = Resource::new(
        move || (on.version().get(), off.version().get()),
        |_| load_account(),
    );
    let error = Signal::derive(move || {
        field_message(on.value().get(), "code").or_else(|| field_message(off.value().get(), "code"))
    });
    view! {
        <Title text="Your account" />
        <article class="page page--narrow">
            <crate::admin::StaffNav />
            <h1>"Your account"</h1>
            {move || {
                let errors: Vec<(String, String)> = error.get().map(|message| ("code".to_owned(), message)).into_iter().collect();
                view! { <ErrorSummary errors /> }
            }}
            <ServerData resource=account view={move |account: AccountView| view! {
                <p>{account.display_name}", "{account.email}" ("{account.role.label()}")."</p>
                <h2>"Two-step sign-in"</h2>
                {match account.setup {
                    None => view! {
                        <p>"Two-step sign-in is "<strong>"on"</strong>": after your password, you enter the code from your authenticator app."</p>
                        <ActionForm action=off attr:novalidate=true>
                            <TextField field="code" name="code" label="Current code from your app" value=String::new()
                                error input_type="text" autocomplete="one-time-code"
                                hint="To turn it off, prove you still hold the app." />
                            <button type="submit" class="button button--secondary">"Turn two-step sign-in off"</button>
                        </ActionForm>
                    }.into_any(),
                    Some(setup) => view! {
                        <p>
                            "Two-step sign-in is "<strong>"off"</strong>". Turn it on, and a stolen password alone no longer "
                            "opens your account: you also enter a code from an authenticator app on your phone."
                        </p>
                        <ol>
                            <li>"In your authenticator app, add an account by scanning this code:"
                                <div class="qr" role="img" aria-label="QR code for your authenticator app" inner_html=setup.qr_svg></div>
                            </li>
                            <li>"Or type in this key: "<code class="secret-key">{setup.secret}</code></li>
                            <li>"Enter the 6-digit code the app shows."</li>
                        </ol>
                        <ActionForm action=on attr:novalidate=true>
                            <TextField field="code" name="code" label="Code from your app" value=String::new()
                                error input_type="text" autocomplete="one-time-code" />
                            <button type="submit" class="button button--primary">"Turn two-step sign-in on"</button>
                        </ActionForm>
                    }.into_any(),
                }}
            }} />
        </article>
    }
}
