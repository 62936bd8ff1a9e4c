//! `/admin/workshops`: admins plan workshops (draft, publish, cancel), see who signed up, move
//! people by hand (give a waiting person a free seat, cancel a place) and export the list as
//! CSV. Every change goes through the seat lock and into the audit log in one transaction.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::translations::editor::{Owner, Translations};
use serde::{Deserialize, Serialize};

use super::editing::{TIME_ZONES, WorkshopForm};
#[cfg(feature = "ssr")]
use crate::audit::db::staff_change;
#[cfg(feature = "ssr")]
use crate::auth::Role;
use crate::components::{
    CheckboxField, ErrorSummary, SelectField, ServerData, TextField, use_id_param,
};
use crate::error::{AppError, field_message, summary_entries};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopRow {
    pub id: i32,
    pub title: String,
    pub starts_at_text: String,
    pub status: String,
    pub confirmed: u64,
    pub capacity: i32,
    pub waiting: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationRow {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub role: String,
    pub accessibility_needs: String,
    pub status: String,
    /// In line, from 1, while waiting.
    pub position: Option<u64>,
    pub registered_at_text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopEditor {
    pub id: i32,
    pub form: WorkshopForm,
    pub status: String,
    pub slug: String,
    pub confirmed: u64,
    pub waiting: u64,
    pub registrations: Vec<RegistrationRow>,
}

#[server(endpoint = "staff/workshops")]
pub async fn load_workshops_admin() -> Result<Vec<WorkshopRow>, AppError> {
    crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    Ok(super::db::all_with_counts(&state.db).await?)
}

#[server(endpoint = "staff/workshop")]
pub async fn load_workshop_editor(id: i32) -> Result<WorkshopEditor, AppError> {
    crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    super::db::editor(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound("This workshop".to_owned()))
}

#[cfg(feature = "ssr")]
fn not_found() -> AppError {
    AppError::NotFound("This workshop".to_owned())
}

/// Starts a draft workshop with sensible defaults and opens it in the editor.
#[server(endpoint = "staff/workshop_new")]
pub async fn new_workshop() -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    let id = crate::audit::db::audited(
        &state,
        &admin,
        async |txn| Ok(super::db::blank_draft(txn, chrono::Utc::now()).await?),
        |id| (format!("workshop:{id}"), "Started a workshop".to_owned()),
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/workshops/{id}"));
    Ok(())
}

/// Saves the form; a raised capacity gives the new seats to the first in line at once.
#[server(endpoint = "staff/workshop_save")]
pub async fn save_workshop(
    id: i32,
    #[server(default)] workshop: WorkshopForm,
) -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    let edit = workshop.parse().map_err(AppError::InvalidFields)?;
    let summary = format!("Saved the workshop “{}”", edit.title.as_str());
    staff_change(
        &admin,
        format!("workshop:{}", id),
        summary,
        async |txn, public_url| {
            super::db::save(txn, id, &edit, workshop.time_zone.trim(), public_url).await
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/workshops/{id}?saved=1"));
    Ok(())
}

/// Publishes the workshop (`publish=yes`) or takes it back to a draft.
#[server(endpoint = "staff/workshop_publish")]
pub async fn publish_workshop(id: i32, #[server(default)] publish: String) -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    let publish = crate::submission::fields::is_ticked(&publish);
    let (target, summary) = if publish {
        (super::db::PUBLISHED, "Published the workshop")
    } else {
        (super::db::DRAFT, "Took the workshop back to a draft")
    };
    staff_change(
        &admin,
        format!("workshop:{}", id),
        summary.to_owned(),
        async |txn, public_url| super::db::set_status(txn, id, target, public_url).await,
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/workshops/{id}"));
    Ok(())
}

/// Calls the whole workshop off and emails everyone who holds a place.
#[server(endpoint = "staff/workshop_cancel")]
pub async fn cancel_workshop(id: i32, #[server(default)] confirm: String) -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    if !crate::submission::fields::is_ticked(&confirm) {
        return Err(AppError::invalid(
            "confirm".to_owned(),
            "Tick the box to confirm that the workshop is cancelled for everyone.".to_owned(),
        ));
    }
    staff_change(
        &admin,
        format!("workshop:{}", id),
        "Cancelled the workshop and told everyone signed up".to_owned(),
        async |txn, public_url| {
            super::seats::cancel_workshop(txn, id, chrono::Utc::now(), public_url)
                .await?
                .ok_or_else(not_found)
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/workshops/{id}"));
    Ok(())
}

/// Gives a waiting person a free seat out of turn.
#[server(endpoint = "staff/registration_seat")]
pub async fn give_seat(registration: i32) -> Result<(), AppError> {
    use super::seats::SeatRefusal;
    let admin = crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    let found = super::db::registration(&state.db, registration)
        .await?
        .ok_or_else(|| AppError::NotFound("This registration".to_owned()))?;
    let summary = format!("Gave {} a seat out of turn", found.name);
    staff_change(
        &admin,
        crate::audit::subject::registration(found.workshop_id, found.id),
        summary,
        async |txn, public_url| match super::seats::give_seat_in(
            txn,
            &found,
            chrono::Utc::now(),
            public_url,
        )
        .await?
        {
            Ok(_) => Ok(()),
            Err(refusal) => Err(AppError::invalid(
                "registrations",
                match refusal {
                    SeatRefusal::Full => {
                        "Every seat is taken: raise the capacity or cancel a place first."
                    }
                    SeatRefusal::NotWaiting => "This person is not on the waiting list any more.",
                },
            )),
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/workshops/{}", found.workshop_id));
    Ok(())
}

/// Cancels one person's place; a freed seat goes to the first in line.
#[server(endpoint = "staff/registration_cancel")]
pub async fn cancel_place(registration: i32) -> Result<(), AppError> {
    use super::seats::CancelledBy;
    let admin = crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    let found = super::db::registration(&state.db, registration)
        .await?
        .ok_or_else(|| AppError::NotFound("This registration".to_owned()))?;
    let summary = format!("Cancelled the place of {}", found.name);
    staff_change(
        &admin,
        crate::audit::subject::registration(found.workshop_id, found.id),
        summary,
        async |txn, public_url| {
            super::seats::cancel_in(
                txn,
                &found,
                CancelledBy::Staff,
                chrono::Utc::now(),
                public_url,
            )
            .await?;
            Ok(())
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/workshops/{}", found.workshop_id));
    Ok(())
}

/// `GET /admin/workshops/{id}/registrations.csv`: everyone who signed up, for admins.
#[cfg(feature = "ssr")]
pub async fn registrations_csv(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    headers: axum::http::HeaderMap,
    axum::extract::Path(id): axum::extract::Path<i32>,
) -> axum::response::Response {
    let load = super::db::editor(&state.db, id);
    crate::review::csv::admin_download(&state, &headers, load, |editor| {
        let header = [
            "Name",
            "Email",
            "Organisation",
            "Country",
            "Role",
            "Accessibility needs",
            "Status",
            "Place in line",
            "Registered (Brussels time)",
        ];
        let rows = editor
            .registrations
            .into_iter()
            .map(|row| {
                [
                    row.name,
                    row.email,
                    row.organisation,
                    row.country,
                    row.role,
                    row.accessibility_needs,
                    row.status,
                    row.position.map(|p| p.to_string()).unwrap_or_default(),
                    row.registered_at_text,
                ]
            })
            .collect();
        (format!("{}-registrations.csv", editor.slug), header, rows)
    })
    .await
}

/// A workshop's or a place's state, as staff read it.
fn status_label(status: &str) -> &'static str {
    use super::lifecycle::{CANCELLED, PUBLISHED};
    use super::registration::status::{CONFIRMED, WAITING};
    match status {
        PUBLISHED => "Published",
        CANCELLED => "Cancelled",
        CONFIRMED => "Seat",
        WAITING => "Waiting",
        _ => "Draft",
    }
}

#[component]
pub fn WorkshopsAdminPage() -> impl IntoView {
    let new = ServerAction::<NewWorkshop>::new();
    let workshops = Resource::new(|| (), |_| load_workshops_admin());
    view! {
        <Title text="Workshops" />
        <article class="page">
            <crate::admin::StaffNav />
            <h1>"Workshops"</h1>
            <p class="lead">"Plan the online workshops, publish them for sign-ups, and see who is coming."</p>
            <ActionForm action=new>
                <button type="submit" class="button button--secondary">"Plan a new workshop"</button>
            </ActionForm>
            <ServerData resource=workshops view={|rows: Vec<WorkshopRow>| view! {
                <table class="table table--wide">
                    <caption class="visually-hidden">"Workshops"</caption>
                    <thead><tr>
                        <th scope="col">"Title"</th>
                        <th scope="col">"Starts"</th>
                        <th scope="col">"State"</th>
                        <th scope="col">"Seats taken"</th>
                        <th scope="col">"Waiting"</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! {
                            <tr>
                                <td><a href=format!("/admin/workshops/{}", row.id)>{row.title}</a></td>
                                <td>{row.starts_at_text}</td>
                                <td>{status_label(&row.status)}</td>
                                <td>{format!("{} of {}", row.confirmed, row.capacity)}</td>
                                <td>{row.waiting}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }} />
        </article>
    }
}

#[component]
pub fn WorkshopEditorPage() -> impl IntoView {
    let id = use_id_param("id");
    let save = ServerAction::<SaveWorkshop>::new();
    let publish = ServerAction::<PublishWorkshop>::new();
    let cancel = ServerAction::<CancelWorkshop>::new();
    let seat = ServerAction::<GiveSeat>::new();
    let cancel_place = ServerAction::<CancelPlace>::new();
    let editor = Resource::new(
        move || {
            (
                id.get(),
                save.version().get(),
                publish.version().get(),
                cancel.version().get(),
                seat.version().get() + cancel_place.version().get(),
            )
        },
        |(id, ..)| load_workshop_editor(id),
    );
    view! {
        <Title text="Workshop" />
        <article class="page">
            <crate::admin::StaffNav />
            <p><a href="/admin/workshops">"All workshops"</a></p>
            {move || {
                let mut errors = summary_entries([save.value().get()], "title");
                errors.extend(summary_entries([publish.value().get(), cancel.value().get()], "confirm"));
                errors.extend(summary_entries([seat.value().get(), cancel_place.value().get()], "registrations"));
                view! { <ErrorSummary errors /> }
            }}
            <ServerData resource=editor view={move |editor: WorkshopEditor| {
                let id = editor.id;
                view! {
                    <Editor editor save publish cancel seat cancel_place />
                    <Translations owner=Owner::Workshop id />
                }
            }} />
        </article>
    }
}

#[component]
fn Editor(
    editor: WorkshopEditor,
    save: ServerAction<SaveWorkshop>,
    publish: ServerAction<PublishWorkshop>,
    cancel: ServerAction<CancelWorkshop>,
    seat: ServerAction<GiveSeat>,
    cancel_place: ServerAction<CancelPlace>,
) -> impl IntoView {
    let WorkshopEditor {
        id,
        form,
        status,
        slug,
        confirmed,
        waiting,
        registrations,
    } = editor;
    let error =
        move |field: &'static str| Signal::derive(move || field_message(save.value().get(), field));
    let cancelled = status == super::lifecycle::CANCELLED;
    let published = status == super::lifecycle::PUBLISHED;
    let field = |name: &str| format!("workshop[{name}]");
    view! {
        <h1>{form.title.clone()}</h1>
        <p>
            {format!("{}. ", status_label(&status))}
            {format!("{confirmed} of {} seats taken, {waiting} waiting. ", form.capacity)}
            {published.then(|| view! { <a href=format!("/workshops/{slug}")>"Its public page"</a> })}
        </p>
        <ActionForm action=save attr:novalidate=true>
            <input type="hidden" name="id" value=id />
            <TextField field="title" name=field("title") label="Title" value=form.title.clone() error=error("title") />
            <TextField field="slug" name=field("slug") label="Address" value=form.slug.clone() error=error("slug")
                hint="The page is /workshops/ followed by this." />
            <TextField field="theme" name=field("theme") label="Theme" value=form.theme.clone() error=error("theme") />
            <TextField field="description" name=field("description") label="Description" value=form.description.clone()
                error=error("description") rows=5 />
            <SelectField field="time_zone" name=field("time_zone") label="Time zone of the times below" value=form.time_zone.clone()
                error=error("time_zone") options=TIME_ZONES.to_vec()
                hint="Times are stored in UTC and shown to visitors in Brussels time and their own." />
            <TextField field="starts_at" name=field("starts_at") label="Starts" value=form.starts_at.clone()
                error=error("starts_at") input_type="datetime-local" />
            <TextField field="duration_minutes" name=field("duration_minutes") label="Duration in minutes"
                value=form.duration_minutes.clone() error=error("duration_minutes") input_type="number" />
            <TextField field="capacity" name=field("capacity") label="Seats" value=form.capacity.clone()
                error=error("capacity") input_type="number"
                hint="Raising it gives the new seats to the first people waiting, at once." />
            <TextField field="meeting_url" name=field("meeting_url") label="Online meeting link" value=form.meeting_url.clone()
                error=error("meeting_url") input_type="url" optional=true
                hint="Only people with a seat see it: in their emails and on their own page." />
            <TextField field="registration_opens_at" name=field("registration_opens_at") label="Sign-ups open"
                value=form.registration_opens_at.clone() error=error("registration_opens_at") input_type="datetime-local" />
            <TextField field="registration_closes_at" name=field("registration_closes_at") label="Sign-ups close"
                value=form.registration_closes_at.clone() error=error("registration_closes_at") input_type="datetime-local" />
            <button type="submit" class="button button--primary" disabled=cancelled>"Save"</button>
        </ActionForm>
        {(!cancelled).then(|| view! {
            <ActionForm action=publish>
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="publish" value=if published { "" } else { "yes" } />
                <button type="submit" class="button button--secondary">
                    {if published { "Take back to a draft" } else { "Publish for sign-ups" }}
                </button>
            </ActionForm>
        })}
        <section aria-labelledby="registrations-heading">
            <h2 id="registrations-heading">"Registrations"</h2>
            <p><a href=format!("/admin/workshops/{id}/registrations.csv") download="">"Download as CSV"</a></p>
            <RegistrationTable registrations seat cancel_place can_move=!cancelled />
        </section>
        {(!cancelled).then(|| view! {
            <section aria-labelledby="cancel-heading">
                <h2 id="cancel-heading">"Cancel the workshop"</h2>
                <p>"Everyone signed up is emailed that it is cancelled. This cannot be undone."</p>
                <ActionForm action=cancel attr:novalidate=true>
                    <input type="hidden" name="id" value=id />
                    <CheckboxField field="confirm" name="confirm" label="Cancel this workshop for everyone."
                        checked=false error=Signal::derive(move || field_message(cancel.value().get(), "confirm")) />
                    <button type="submit" class="button button--danger">"Cancel the workshop"</button>
                </ActionForm>
            </section>
        })}
    }
}

#[component]
fn RegistrationTable(
    registrations: Vec<RegistrationRow>,
    seat: ServerAction<GiveSeat>,
    cancel_place: ServerAction<CancelPlace>,
    can_move: bool,
) -> impl IntoView {
    if registrations.is_empty() {
        return view! { <p id="registrations">"Nobody has signed up yet."</p> }.into_any();
    }
    view! {
        <table class="table table--wide" id="registrations">
            <caption class="visually-hidden">"Registrations"</caption>
            <thead><tr>
                <th scope="col">"Name"</th>
                <th scope="col">"Email"</th>
                <th scope="col">"Organisation"</th>
                <th scope="col">"Country"</th>
                <th scope="col">"Role"</th>
                <th scope="col">"Accessibility needs"</th>
                <th scope="col">"State"</th>
                <th scope="col">"Actions"</th>
            </tr></thead>
            <tbody>
                {registrations.into_iter().map(|row| {
                    let state = match row.position {
                        Some(position) => format!("Waiting, number {position}"),
                        None => status_label(&row.status).to_owned(),
                    };
                    let live = can_move && row.status != super::registration::status::CANCELLED;
                    let waiting = row.position.is_some();
                    let seat_label = format!("Give {} a seat", row.name);
                    let cancel_label = format!("Cancel the place of {}", row.name);
                    view! {
                        <tr>
                            <td>{row.name.clone()}</td>
                            <td>{row.email}</td>
                            <td>{row.organisation}</td>
                            <td>{row.country}</td>
                            <td>{row.role}</td>
                            <td>{row.accessibility_needs}</td>
                            <td>{state}</td>
                            <td>
                                {(live && waiting).then(|| view! {
                                    <ActionForm action=seat>
                                        <input type="hidden" name="registration" value=row.id />
                                        <button type="submit" class="button button--small"
                                            aria-label=seat_label>"Give a seat"</button>
                                    </ActionForm>
                                })}
                                {live.then(|| view! {
                                    <ActionForm action=cancel_place>
                                        <input type="hidden" name="registration" value=row.id />
                                        <button type="submit" class="button button--small button--danger"
                                            aria-label=cancel_label>"Cancel place"</button>
                                    </ActionForm>
                                })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
