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
use crate::i18n::{Lang, use_lang};

/// What a secret link opens, loaded whole: one resource for the page, so that nothing waits on
/// a resource nested inside another's render.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Managed {
    Submission(Box<crate::submission::manage::ManagedSubmission>),
    WorkshopRegistration(crate::workshops::manage::ManagedRegistration),
    VisitApplication(crate::visits::manage::ManagedApplication),
}

/// What the secret link `token` opens, as its page in `lang` shows it now.
#[server(endpoint = "manage_link")]
pub async fn load_manage_page(
    token: String,
    #[server(default)] lang: Lang,
) -> Result<Managed, AppError> {
    let state = crate::state::app_state()?;
    let not_found = || AppError::NotFound("Anything for this link".to_owned());
    let secret = crate::secret::SecretToken::parse(&token).ok_or_else(not_found)?;
    if db::registration(&state.db, &secret).await?.is_some() {
        let registration = crate::workshops::manage::load_managed_registration(token, lang).await?;
        return Ok(Managed::WorkshopRegistration(registration));
    }
    if db::application(&state.db, &secret).await?.is_some() {
        let application = crate::visits::manage::load_managed_application(token, lang).await?;
        return Ok(Managed::VisitApplication(application));
    }
    Ok(Managed::Submission(Box::new(
        crate::submission::manage::load_managed(token, lang).await?,
    )))
}

#[component]
pub fn ManagePage() -> impl IntoView {
    use crate::submission::manage::{ManagedSubmissionView, WithdrawSubmission};
    use crate::visits::manage::{ManagedApplicationView, WithdrawApplication};
    use crate::workshops::manage::{CancelRegistration, RegistrationDetails};
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let withdraw_submission = ServerAction::<WithdrawSubmission>::new();
    let cancel_registration = ServerAction::<CancelRegistration>::new();
    let withdraw_application = ServerAction::<WithdrawApplication>::new();
    let lang = use_lang();
    let page = Resource::new(
        move || {
            (
                token(),
                lang,
                withdraw_submission.version().get()
                    + cancel_registration.version().get()
                    + withdraw_application.version().get(),
            )
        },
        |(token, lang, _)| load_manage_page(token, lang),
    );
    view! {
        <ServerData
            resource=page
            view=move |managed: Managed| match managed {
                Managed::Submission(sent) => view! {
                    <ManagedSubmissionView sent=*sent token=token() withdraw=withdraw_submission />
                }
                .into_any(),
                Managed::WorkshopRegistration(managed) => view! {
                    <RegistrationDetails managed token=token() cancel=cancel_registration />
                }
                .into_any(),
                Managed::VisitApplication(managed) => view! {
                    <ManagedApplicationView managed token=token() withdraw=withdraw_application />
                }
                .into_any(),
            }
        />
    }
}
