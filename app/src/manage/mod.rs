//! `/manage/{token}`: the one address every email's secret link leads to. The link may open a
//! sent submission, a workshop registration or a visit application; this finds which, and shows
//! that page.

#[cfg(feature = "ssr")]
pub mod db;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use crate::components::ServerData;
use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkOpens {
    Submission,
    WorkshopRegistration,
    VisitApplication,
}

/// What the secret link `token` opens.
#[server(endpoint = "manage_link")]
pub async fn what_link_opens(token: String) -> Result<LinkOpens, AppError> {
    let state = crate::state::app_state()?;
    let not_found = || AppError::NotFound("Anything for this link".to_owned());
    let token = crate::secret::SecretToken::parse(&token).ok_or_else(not_found)?;
    if db::registration(&state.db, &token).await?.is_some() {
        return Ok(LinkOpens::WorkshopRegistration);
    }
    if db::application(&state.db, &token).await?.is_some() {
        return Ok(LinkOpens::VisitApplication);
    }
    if crate::submission::db::find_by_token(&state.db, &token)
        .await?
        .is_some()
    {
        return Ok(LinkOpens::Submission);
    }
    Err(not_found())
}

#[component]
pub fn ManagePage() -> impl IntoView {
    let params = use_params_map();
    let opens = Resource::new(
        move || params.read().get("token").unwrap_or_default(),
        what_link_opens,
    );
    view! {
        <ServerData
            resource=opens
            view=|opens: LinkOpens| match opens {
                LinkOpens::Submission => {
                    view! { <crate::submission::manage::ManagedSubmissionPage /> }.into_any()
                }
                LinkOpens::WorkshopRegistration => {
                    view! { <crate::workshops::manage::ManagedRegistrationPage /> }.into_any()
                }
                LinkOpens::VisitApplication => {
                    view! { <crate::visits::manage::ManagedApplicationPage /> }.into_any()
                }
            }
        />
    }
}
