//! `/admin/users`: admins invite staff by email, change their role and deactivate them.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::DisplayName;
use super::Role;
use crate::components::{ErrorSummary, SelectField, ServerData, TextField};
use crate::error::{AppError, field_message, summary_entries};

/// A staff account as admins see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub active: bool,
    /// Invited, and has not set a password yet.
    pub invitation_pending: bool,
    /// The admin looking at the list.
    pub is_you: bool,
}

#[server(endpoint = "staff/users")]
pub async fn load_staff_members() -> Result<Vec<StaffMember>, AppError> {
    let admin = super::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    Ok(super::db::list(&state.db)
        .await?
        .into_iter()
        .filter_map(|account| {
            Some(StaffMember {
                role: Role::parse(&account.role)?,
                invitation_pending: account.password_hash.is_none()
                    && account.invitation_hash.is_some(),
                is_you: account.id == admin.id,
                id: account.id,
                email: account.email,
                display_name: account.display_name,
                active: account.active,
            })
        })
        .collect())
}

#[cfg(feature = "ssr")]
fn invalid(field: &str, message: impl Into<crate::i18n::Message>) -> AppError {
    AppError::invalid(field.to_owned(), message)
}

#[cfg(feature = "ssr")]
fn parse_role(role: &str) -> Result<Role, AppError> {
    Role::parse(role).ok_or_else(|| invalid("role", "Choose a role."))
}

/// Creates an account for `email` and emails it a one-time link to set a password.
#[server(endpoint = "staff/invite")]
pub async fn invite_staff(
    #[server(default)] email: String,
    #[server(default)] display_name: String,
    #[server(default)] role: String,
) -> Result<(), AppError> {
    let admin = super::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    let email = super::StaffEmail::parse(&email).map_err(|error| invalid("email", error))?;
    let name = DisplayName::parse(&display_name).map_err(|error| invalid("display_name", error))?;
    let role = parse_role(&role)?;
    let now = chrono::Utc::now();
    let token = crate::secret::SecretToken::generate();
    let invitation = super::emails::invitation(
        email.email().clone(),
        &state.public_url,
        &token,
        role,
        &admin,
    );
    crate::audit::db::audited(
        &state,
        &admin,
        async |conn| {
            let super::db::Invited::Sent(account) =
                super::db::invite(conn, &email, name.as_str(), role, &token, now).await?
            else {
                return Err(invalid(
                    "email",
                    format!(
                        "{email} already has an account. Change its role or reactivate it in the list."
                    ),
                ));
            };
            crate::outbox::queue(conn, invitation).await?;
            Ok(account.id)
        },
        |id| {
            let summary = format!("Invited {} <{email}> as {}", name.as_str(), role.label());
            (format!("staff:{id}"), summary)
        },
    )
    .await?;
    leptos_axum::redirect("/admin/users?invited=1");
    Ok(())
}

/// Admins cannot demote or deactivate themselves, so the call never loses its last admin by
/// accident.
#[cfg(feature = "ssr")]
async fn other_account(
    admin: &super::StaffIdentity,
    id: i32,
    field: &str,
) -> Result<crate::db::entities::staff_user::Model, AppError> {
    use sea_orm::EntityTrait;
    if id == admin.id {
        return Err(invalid(
            field,
            "You cannot change your own account here; ask another admin.",
        ));
    }
    let state = crate::state::app_state()?;
    crate::db::entities::staff_user::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::NotFound("This staff account".to_owned()))
}

#[server(endpoint = "staff/role")]
pub async fn change_role(id: i32, #[server(default)] role: String) -> Result<(), AppError> {
    let admin = super::require(Role::Admin).await?;
    let role = parse_role(&role)?;
    let account = other_account(&admin, id, "role").await?;
    let state = crate::state::app_state()?;
    crate::audit::db::audited(
        &state,
        &admin,
        async |conn| Ok(super::db::set_role(conn, id, role).await?),
        |_| {
            let summary = format!(
                "Made {} <{}> {}",
                account.display_name,
                account.email,
                role.label()
            );
            (format!("staff:{id}"), summary)
        },
    )
    .await?;
    leptos_axum::redirect("/admin/users");
    Ok(())
}

/// Deactivates (`active` = `no`) or reactivates (`yes`) an account. Deactivation ends its
/// sessions at once.
#[server(endpoint = "staff/active")]
pub async fn set_staff_active(id: i32, #[server(default)] active: String) -> Result<(), AppError> {
    let admin = super::require(Role::Admin).await?;
    let active = crate::submission::fields::parse_yes_no(&active)
        .map_err(|_| invalid("active", "Choose whether the account is active."))?;
    let account = other_account(&admin, id, "active").await?;
    let state = crate::state::app_state()?;
    let verb = if active { "Reactivated" } else { "Deactivated" };
    crate::audit::db::audited(
        &state,
        &admin,
        async |conn| Ok(super::db::set_active(conn, id, active).await?),
        |_| {
            let summary = format!("{verb} {} <{}>", account.display_name, account.email);
            (format!("staff:{id}"), summary)
        },
    )
    .await?;
    leptos_axum::redirect("/admin/users");
    Ok(())
}

fn role_options() -> Vec<(&'static str, &'static str)> {
    Role::ALL
        .iter()
        .map(|role| (role.as_str(), role.label()))
        .collect()
}

#[component]
pub fn StaffUsersPage() -> impl IntoView {
    let invite = ServerAction::<InviteStaff>::new();
    let role = ServerAction::<ChangeRole>::new();
    let active = ServerAction::<SetStaffActive>::new();
    let members = Resource::new(
        move || {
            (
                invite.version().get(),
                role.version().get(),
                active.version().get(),
            )
        },
        |_| load_staff_members(),
    );
    let invited = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("invited")
        .is_some();
    let error = move |field: &'static str| {
        Signal::derive(move || field_message(invite.value().get(), field))
    };
    view! {
        <Title text="Staff accounts" />
        <article class="page">
            <crate::admin::StaffNav />
            <h1>"Staff accounts"</h1>
            {move || {
                let mut errors = summary_entries([role.value().get(), active.value().get()], "users");
                errors.extend(summary_entries([invite.value().get()], "email"));
                view! { <ErrorSummary errors /> }
            }}
            {move || (invited || matches!(invite.value().get(), Some(Ok(())))).then(|| view! {
                <p class="notice notice--success" role="status">"The invitation is on its way. The link in it works once, for seven days."</p>
            })}
            <ServerData resource=members view={move |members: Vec<StaffMember>| view! {
                <StaffTable members role active />
            }} />
            <h2 id="invite-heading">"Invite a staff member"</h2>
            <ActionForm action=invite attr:novalidate=true attr:aria-labelledby="invite-heading">
                <TextField field="email" name="email" label="Email address" value=String::new()
                    error=error("email") input_type="email" autocomplete="off" />
                <TextField field="display_name" name="display_name" label="Name" value=String::new()
                    error=error("display_name") hint="As colleagues and the audit log will show it" autocomplete="off" />
                <SelectField field="role" name="role" label="Role" value="reviewer" error=error("role")
                    options=role_options()
                    hint="Reviewers read and score submissions. Admins also decide, notify, and manage the call and its staff." />
                <button type="submit" class="button button--primary">"Send the invitation"</button>
            </ActionForm>
        </article>
    }
}

#[component]
fn StaffTable(
    members: Vec<StaffMember>,
    role: ServerAction<ChangeRole>,
    active: ServerAction<SetStaffActive>,
) -> impl IntoView {
    view! {
        <table class="table table--wide">
            <caption class="visually-hidden">"Staff accounts"</caption>
            <thead>
                <tr>
                    <th scope="col">"Name"</th>
                    <th scope="col">"Email"</th>
                    <th scope="col">"State"</th>
                    <th scope="col">"Role"</th>
                    <th scope="col">"Access"</th>
                </tr>
            </thead>
            <tbody>
                {members.into_iter().map(|member| {
                    let state = match (member.active, member.invitation_pending) {
                        (false, _) => "Deactivated",
                        (true, true) => "Invited, no password yet",
                        (true, false) => "Active",
                    };
                    let role_label = format!("Role of {}", member.display_name);
                    let access_label = format!(
                        "{} {}", if member.active { "Deactivate" } else { "Reactivate" }, member.display_name
                    );
                    view! {
                        <tr>
                            <th scope="row">{member.display_name.clone()}{member.is_you.then_some(" (you)")}</th>
                            <td>{member.email.clone()}</td>
                            <td>{state}</td>
                            {if member.is_you {
                                view! { <td>{member.role.label()}</td><td></td> }.into_any()
                            } else {
                                view! {
                                    <td>
                                        <ActionForm action=role attr:class="inline-form">
                                            <input type="hidden" name="id" value=member.id />
                                            <select name="role" aria-label=role_label>
                                                {Role::ALL.into_iter().map(|option| view! {
                                                    <option value=option.as_str() selected=option == member.role>{option.label()}</option>
                                                }).collect_view()}
                                            </select>
                                            " "<button type="submit" class="button button--secondary">"Change"</button>
                                        </ActionForm>
                                    </td>
                                    <td>
                                        <ActionForm action=active attr:class="inline-form">
                                            <input type="hidden" name="id" value=member.id />
                                            <input type="hidden" name="active" value=if member.active { "no" } else { "yes" } />
                                            <button type="submit" class="button button--secondary" aria-label=access_label>
                                                {if member.active { "Deactivate" } else { "Reactivate" }}
                                            </button>
                                        </ActionForm>
                                    </td>
                                }.into_any()
                            }}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
