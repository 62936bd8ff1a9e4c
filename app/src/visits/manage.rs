//! An applicant's own page at `/manage/{token}`: the application's state as staff last decided
//! it, and withdrawing it.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::components::{CheckboxField, ErrorSummary};
use crate::error::{AppError, field_message};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedApplication {
    pub visit_slug: String,
    pub visit_title: String,
    pub status: String,
    pub status_text: String,
    pub applied_at_text: String,
    pub can_withdraw: bool,
}

#[cfg(feature = "ssr")]
async fn find(
    db: &sea_orm::DatabaseConnection,
    token: &str,
) -> Result<
    (
        crate::db::entities::visit_application::Model,
        crate::db::entities::visit::Model,
    ),
    AppError,
> {
    use sea_orm::EntityTrait;
    let not_found = || AppError::NotFound("An application for this link".to_owned());
    let token = crate::secret::SecretToken::parse(token).ok_or_else(not_found)?;
    let application = crate::manage::db::application(db, &token)
        .await?
        .ok_or_else(not_found)?;
    let visit = crate::db::entities::visit::Entity::find_by_id(application.visit_id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    Ok((application, visit))
}

#[server(endpoint = "managed_application")]
pub async fn load_managed_application(token: String) -> Result<ManagedApplication, AppError> {
    let state = crate::state::app_state()?;
    let (application, visit) = find(&state.db, &token).await?;
    Ok(ManagedApplication {
        visit_slug: visit.slug,
        visit_title: visit.title,
        status_text: super::application::status_label(&application.status).to_owned(),
        can_withdraw: application.status != super::application::status::WITHDRAWN,
        status: application.status,
        applied_at_text: crate::time::in_brussels(application.created_at),
    })
}

/// Withdraws the application, once the applicant has ticked that they mean it.
#[server(endpoint = "withdraw_visit_application")]
pub async fn withdraw_application(
    token: String,
    #[server(default)] confirm: String,
) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    let (application, _) = find(&state.db, &token).await?;
    if !crate::submission::fields::is_ticked(&confirm) {
        return Err(AppError::Invalid {
            field: "confirm".to_owned(),
            message: "Tick the box to confirm that you want to withdraw your application."
                .to_owned(),
        });
    }
    super::delegation::withdraw(&state.db, &application, chrono::Utc::now()).await?;
    leptos_axum::redirect(&format!("/manage/{token}"));
    Ok(())
}

/// The visit application behind the link, as the `/manage/{token}` page shows it.
#[component]
pub fn ManagedApplicationView(
    managed: ManagedApplication,
    token: String,
    withdraw: ServerAction<WithdrawApplication>,
) -> impl IntoView {
    let token = move || token.clone();
    view! {
        <Title text="Your application" />
        <article class="page page--narrow">
            {
                let confirm_error = field_message(withdraw.value().get_untracked(), "confirm");
                let summary: Vec<(String, String)> = confirm_error
                    .iter()
                    .map(|message| ("confirm".to_owned(), message.clone()))
                    .collect();
                view! {
                    <ErrorSummary errors=summary />
                    <p class="breadcrumb"><a href="/visits">"Peer-learning visits"</a></p>
                    <h1>"Your application: "{managed.visit_title.clone()}</h1>
                    <div class="notice" role="status">
                        <p><strong>{managed.status_text.clone()}</strong></p>
                    </div>
                    <p>"You applied on "{managed.applied_at_text.clone()}". "
                        <a href=format!("/visits/{}", managed.visit_slug)>"About the visit"</a></p>
                    {managed.can_withdraw.then(|| view! {
                        <section aria-labelledby="withdraw-heading">
                            <h2 id="withdraw-heading">"Withdraw your application"</h2>
                            <p>"If you cannot come, withdraw here, so that your place can go to someone else."</p>
                            <ActionForm action=withdraw attr:novalidate=true>
                                <input type="hidden" name="token" value=token() />
                                <CheckboxField field="confirm" name="confirm" label="I want to withdraw my application."
                                    checked=false error=confirm_error.clone() />
                                <button type="submit" class="button button--danger">"Withdraw my application"</button>
                            </ActionForm>
                        </section>
                    })}
                }
            }
        </article>
    }
}
