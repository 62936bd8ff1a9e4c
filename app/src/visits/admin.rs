//! `/admin/visits`: admins plan the peer-learning visits (host, linked practice, dates,
//! programme, delegation size, deadline), publish them, and accept, waitlist or decline the
//! applicants, never accepting more than the delegation has places. Each decision emails the
//! applicant and is audited in the same transaction.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::translations::editor::{Owner, Translations};
use serde::{Deserialize, Serialize};

use super::application::status_label;
#[cfg(feature = "ssr")]
use crate::audit::db::staff_change;
#[cfg(feature = "ssr")]
use crate::auth::Role;
use crate::components::{ErrorSummary, SelectField, ServerData, TextField, use_id_param};
use crate::error::{AppError, field_message, summary_entries};

/// The visit as the form shows and posts it; the deadline in Brussels time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VisitForm {
    pub title: String,
    pub slug: String,
    pub host_place: String,
    pub country: String,
    /// A published practice's id, or empty.
    pub practice: String,
    pub starts_on: String,
    pub ends_on: String,
    pub programme: String,
    pub delegation_size: String,
    pub applications_close_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationRow {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub role: String,
    pub motivation: String,
    pub accessibility_needs: String,
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitEditor {
    pub id: i32,
    pub form: VisitForm,
    pub published: bool,
    pub accepted: u64,
    /// Published practices to link: id and title.
    pub practices: Vec<(String, String)>,
    pub applications: Vec<ApplicationRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitRow {
    pub id: i32,
    pub title: String,
    pub dates_text: String,
    pub published: bool,
}

#[cfg(feature = "ssr")]
mod checked {
    use chrono::{DateTime, NaiveDate, Utc};

    use super::VisitForm;
    use crate::country::Country;
    use crate::gallery::editing::Slug;
    use crate::submission::fields::{FieldErrors, ShortText, Text};

    pub struct VisitEdit {
        pub title: ShortText,
        pub slug: Slug,
        pub host_place: ShortText,
        pub country: Country,
        pub practice_id: Option<i32>,
        pub starts_on: NaiveDate,
        pub ends_on: NaiveDate,
        pub programme: Text<20_000>,
        pub delegation_size: i32,
        pub applications_close_at: DateTime<Utc>,
    }

    fn date(input: &str) -> Result<NaiveDate, &'static str> {
        NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d")
            .map_err(|_| "Enter a date, such as 2027-05-04.")
    }

    impl VisitForm {
        /// Every problem at once, in the order of the form.
        pub fn parse(&self) -> Result<VisitEdit, FieldErrors> {
            let mut errors = FieldErrors::default();
            let title = errors.check("title", ShortText::parse(&self.title));
            let slug = errors.check("slug", Slug::parse(&self.slug));
            let host_place = errors.check("host_place", ShortText::parse(&self.host_place));
            let country = errors.check("country", Country::parse(&self.country));
            let practice_id = errors.check(
                "practice",
                match self.practice.trim() {
                    "" => Ok(None),
                    id => id
                        .parse()
                        .map(Some)
                        .map_err(|_| "Choose a practice from the list."),
                },
            );
            let starts_on = errors.check("starts_on", date(&self.starts_on));
            let ends_on = errors.check("ends_on", date(&self.ends_on));
            if let (Some(starts), Some(ends)) = (starts_on, ends_on)
                && ends < starts
            {
                errors.add("ends_on", "The visit must end on or after its first day.");
            }
            let programme = errors.check("programme", Text::<20_000>::parse(&self.programme));
            let delegation_size = errors.check(
                "delegation_size",
                self.delegation_size
                    .trim()
                    .parse::<i32>()
                    .ok()
                    .filter(|size| (1..=200).contains(size))
                    .ok_or("Enter a whole number from 1 to 200."),
            );
            let applications_close_at = errors.check(
                "applications_close_at",
                crate::time::from_local_input(
                    &self.applications_close_at,
                    chrono_tz::Europe::Brussels,
                )
                .ok_or("Enter a date and time, such as 2027-03-31 23:59, that exists in Brussels."),
            );
            if let (Some(close), Some(starts)) = (applications_close_at, starts_on)
                && close.date_naive() >= starts
            {
                errors.add(
                    "applications_close_at",
                    "Applications must close before the visit starts.",
                );
            }
            let edit = (|| {
                Some(VisitEdit {
                    title: title?,
                    slug: slug?,
                    host_place: host_place?,
                    country: country?,
                    practice_id: practice_id?,
                    starts_on: starts_on?,
                    ends_on: ends_on?,
                    programme: programme?,
                    delegation_size: delegation_size?,
                    applications_close_at: applications_close_at?,
                })
            })();
            errors.into_result(edit)
        }
    }
}

#[server(endpoint = "staff/visits")]
pub async fn load_visits_admin() -> Result<Vec<VisitRow>, AppError> {
    crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    Ok(super::db::all(&state.db)
        .await?
        .into_iter()
        .map(|row| VisitRow {
            id: row.id,
            dates_text: format!("{} to {}", row.starts_on, row.ends_on),
            published: row.status == crate::workshops::lifecycle::PUBLISHED,
            title: row.title,
        })
        .collect())
}

#[server(endpoint = "staff/visit")]
pub async fn load_visit_editor(id: i32) -> Result<VisitEditor, AppError> {
    crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    super::db::editor(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound("This visit".to_owned()))
}

/// `GET /admin/visits/{id}/applications.csv`: everyone who applied, for admins.
#[cfg(feature = "ssr")]
pub async fn applications_csv(
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
            "Motivation",
            "Accessibility needs",
            "Status",
        ];
        let rows = editor
            .applications
            .into_iter()
            .map(|row| {
                [
                    row.name,
                    row.email,
                    row.organisation,
                    row.country,
                    row.role,
                    row.motivation,
                    row.accessibility_needs,
                    status_label(&row.status).to_owned(),
                ]
            })
            .collect();
        (
            format!("{}-applications.csv", editor.form.slug),
            header,
            rows,
        )
    })
    .await
}

#[server(endpoint = "staff/visit_new")]
pub async fn new_visit() -> Result<(), AppError> {
    let admin = crate::auth::require(Role::Admin).await?;
    let state = crate::state::app_state()?;
    let id = crate::audit::db::audited(
        &state,
        &admin,
        async |txn| Ok(super::db::blank_draft(txn, chrono::Utc::now()).await?),
        |id| (format!("visit:{id}"), "Started a visit".to_owned()),
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/visits/{id}"));
    Ok(())
}

#[server(endpoint = "staff/visit_save")]
pub async fn save_visit(id: i32, #[server(default)] visit: VisitForm) -> Result<(), AppError> {
    use crate::db::entities::visit;
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
    let admin = crate::auth::require(Role::Admin).await?;
    let edit = visit.parse().map_err(AppError::InvalidFields)?;
    let summary = format!("Saved the visit “{}”", edit.title.as_str());
    staff_change(&admin, format!("visit:{}", id), summary, async |txn, _| {
        let taken = visit::Entity::find()
            .filter(visit::Column::Slug.eq(edit.slug.as_str()))
            .filter(visit::Column::Id.ne(id))
            .one(txn)
            .await?;
        if taken.is_some() {
            return Err(AppError::invalid(
                "slug".to_owned(),
                "Another visit has this address: choose another.".to_owned(),
            ));
        }
        let current = visit::Entity::find_by_id(id)
            .one(txn)
            .await?
            .ok_or_else(|| AppError::NotFound("This visit".to_owned()))?;
        let mut row: visit::ActiveModel = current.into();
        row.title = Set(edit.title.as_str().to_owned());
        row.slug = Set(edit.slug.as_str().to_owned());
        row.host_place = Set(edit.host_place.as_str().to_owned());
        row.country = Set(edit.country.code().to_owned());
        row.practice_id = Set(edit.practice_id);
        row.starts_on = Set(edit.starts_on);
        row.ends_on = Set(edit.ends_on);
        row.programme = Set(edit.programme.as_str().to_owned());
        row.delegation_size = Set(edit.delegation_size);
        row.applications_close_at = Set(edit.applications_close_at);
        row.update(txn).await?;
        Ok(())
    })
    .await?;
    leptos_axum::redirect(&format!("/admin/visits/{id}"));
    Ok(())
}

/// Publishes the visit (`publish=yes`) or takes it back to a draft.
#[server(endpoint = "staff/visit_publish")]
pub async fn publish_visit(id: i32, #[server(default)] publish: String) -> Result<(), AppError> {
    use crate::db::entities::visit;
    use crate::workshops::lifecycle::{DRAFT, PUBLISHED};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    let admin = crate::auth::require(Role::Admin).await?;
    let publish = crate::submission::fields::is_ticked(&publish);
    let summary = if publish {
        "Published the visit"
    } else {
        "Took the visit back to a draft"
    };
    staff_change(
        &admin,
        format!("visit:{}", id),
        summary.to_owned(),
        async |txn, _| {
            let changed = visit::Entity::update_many()
                .col_expr(
                    visit::Column::Status,
                    Expr::value(if publish { PUBLISHED } else { DRAFT }),
                )
                .filter(visit::Column::Id.eq(id))
                .exec(txn)
                .await?;
            if changed.rows_affected == 0 {
                return Err(AppError::NotFound("This visit".to_owned()));
            }
            Ok(())
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/visits/{id}"));
    Ok(())
}

/// Accepts, waitlists or declines an application (`decision` = accept, waitlist, decline).
#[server(endpoint = "staff/visit_decide")]
pub async fn decide_application(application: i32, decision: String) -> Result<(), AppError> {
    use super::delegation::DecisionRefusal;
    use sea_orm::EntityTrait;
    let admin = crate::auth::require(Role::Admin).await?;
    let decision = super::application::Decision::parse(&decision).ok_or_else(|| {
        AppError::BadRequest("decision must be accept, waitlist or decline".to_owned())
    })?;
    let state = crate::state::app_state()?;
    let found = crate::db::entities::visit_application::Entity::find_by_id(application)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::NotFound("This application".to_owned()))?;
    let summary = format!(
        "{} the application of {}",
        match decision {
            super::application::Decision::Accept => "Accepted",
            super::application::Decision::Waitlist => "Waitlisted",
            super::application::Decision::Decline => "Declined",
        },
        found.name
    );
    staff_change(
        &admin,
        crate::audit::subject::application(found.visit_id, found.id),
        summary,
        async |txn, public_url| match super::delegation::decide_in(
            txn,
            &found,
            decision,
            chrono::Utc::now(),
            public_url,
        )
        .await?
        {
            Ok(_) => Ok(()),
            Err(refusal) => Err(AppError::invalid(
                "applications",
                match refusal {
                    DecisionRefusal::Full => {
                        "Every place in the delegation is taken: decline or waitlist someone first."
                    }
                    DecisionRefusal::Withdrawn => "This person has withdrawn their application.",
                    DecisionRefusal::Unchanged => "The application is in that state already.",
                },
            )),
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/visits/{}", found.visit_id));
    Ok(())
}

#[component]
pub fn VisitsAdminPage() -> impl IntoView {
    let new = ServerAction::<NewVisit>::new();
    let visits = Resource::new(|| (), |_| load_visits_admin());
    view! {
        <Title text="Visits" />
        <article class="page">
            <crate::admin::StaffNav />
            <h1>"Peer-learning visits"</h1>
            <p class="lead">"Plan the visits, publish them for applications, and choose each delegation."</p>
            <ActionForm action=new>
                <button type="submit" class="button button--secondary">"Plan a new visit"</button>
            </ActionForm>
            <ServerData resource=visits view={|rows: Vec<VisitRow>| view! {
                <table class="table table--wide">
                    <caption class="visually-hidden">"Visits"</caption>
                    <thead><tr>
                        <th scope="col">"Title"</th>
                        <th scope="col">"Dates"</th>
                        <th scope="col">"State"</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! {
                            <tr>
                                <td><a href=format!("/admin/visits/{}", row.id)>{row.title}</a></td>
                                <td>{row.dates_text}</td>
                                <td>{if row.published { "Published" } else { "Draft" }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }} />
        </article>
    }
}

#[component]
pub fn VisitEditorPage() -> impl IntoView {
    let id = use_id_param("id");
    let save = ServerAction::<SaveVisit>::new();
    let publish = ServerAction::<PublishVisit>::new();
    let decide = ServerAction::<DecideApplication>::new();
    let editor = Resource::new(
        move || {
            (
                id.get(),
                save.version().get() + publish.version().get() + decide.version().get(),
            )
        },
        |(id, _)| load_visit_editor(id),
    );
    view! {
        <Title text="Visit" />
        <article class="page">
            <crate::admin::StaffNav />
            <p><a href="/admin/visits">"All visits"</a></p>
            {move || {
                let mut errors = summary_entries([save.value().get()], "title");
                errors.extend(summary_entries([publish.value().get(), decide.value().get()], "applications"));
                view! { <ErrorSummary errors /> }
            }}
            <ServerData resource=editor view={move |editor: VisitEditor| {
                let id = editor.id;
                view! {
                    <Editor editor save publish decide />
                    <Translations owner=Owner::Visit id />
                }
            }} />
        </article>
    }
}

#[component]
fn Editor(
    editor: VisitEditor,
    save: ServerAction<SaveVisit>,
    publish: ServerAction<PublishVisit>,
    decide: ServerAction<DecideApplication>,
) -> impl IntoView {
    let VisitEditor {
        id,
        form,
        published,
        accepted,
        practices,
        applications,
    } = editor;
    let error =
        move |field: &'static str| Signal::derive(move || field_message(save.value().get(), field));
    let field = |name: &str| format!("visit[{name}]");
    view! {
        <h1>{form.title.clone()}</h1>
        <p>
            {format!("{}. {accepted} of {} places taken. ", if published { "Published" } else { "Draft" }, form.delegation_size)}
            {published.then(|| view! { <a href=format!("/visits/{}", form.slug)>"Its public page"</a> })}
        </p>
        <ActionForm action=save attr:novalidate=true>
            <input type="hidden" name="id" value=id />
            <TextField field="title" name=field("title") label="Title" value=form.title.clone() error=error("title") />
            <TextField field="slug" name=field("slug") label="Address" value=form.slug.clone() error=error("slug")
                hint="The page is /visits/ followed by this." />
            <TextField field="host_place" name=field("host_place") label="Host city or region" value=form.host_place.clone()
                error=error("host_place") />
            <SelectField field="country" name=field("country") label="Country" value=form.country.clone()
                error=error("country") options=crate::country::COUNTRIES.to_vec() />
            <SelectField field="practice" name=field("practice") label="The practice it shows" value=form.practice.clone()
                error=error("practice") options=practices optional=true />
            <TextField field="starts_on" name=field("starts_on") label="First day" value=form.starts_on.clone()
                error=error("starts_on") input_type="date" />
            <TextField field="ends_on" name=field("ends_on") label="Last day" value=form.ends_on.clone()
                error=error("ends_on") input_type="date" />
            <TextField field="programme" name=field("programme") label="Programme (Markdown)" value=form.programme.clone()
                error=error("programme") rows=10 optional=true />
            <TextField field="delegation_size" name=field("delegation_size") label="Places in the delegation"
                value=form.delegation_size.clone() error=error("delegation_size") input_type="number" />
            <TextField field="applications_close_at" name=field("applications_close_at") label="Applications close (Brussels time)"
                value=form.applications_close_at.clone() error=error("applications_close_at") input_type="datetime-local" />
            <button type="submit" class="button button--primary">"Save"</button>
        </ActionForm>
        <ActionForm action=publish>
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="publish" value=if published { "" } else { "yes" } />
            <button type="submit" class="button button--secondary">
                {if published { "Take back to a draft" } else { "Publish for applications" }}
            </button>
        </ActionForm>
        <section aria-labelledby="applications-heading">
            <h2 id="applications-heading">"Applications"</h2>
            <p><a href=format!("/admin/visits/{id}/applications.csv") download="">"Download as CSV"</a></p>
            <ApplicationTable applications decide />
        </section>
    }
}

#[component]
fn ApplicationTable(
    applications: Vec<ApplicationRow>,
    decide: ServerAction<DecideApplication>,
) -> impl IntoView {
    if applications.is_empty() {
        return view! { <p id="applications">"Nobody has applied yet."</p> }.into_any();
    }
    view! {
        <table class="table table--wide" id="applications">
            <caption class="visually-hidden">"Applications"</caption>
            <thead><tr>
                <th scope="col">"Name"</th>
                <th scope="col">"Email"</th>
                <th scope="col">"Organisation"</th>
                <th scope="col">"Country"</th>
                <th scope="col">"Role"</th>
                <th scope="col">"Motivation"</th>
                <th scope="col">"Accessibility needs"</th>
                <th scope="col">"State"</th>
                <th scope="col">"Decide"</th>
            </tr></thead>
            <tbody>
                {applications.into_iter().map(|row| {
                    let open = row.status != super::application::status::WITHDRAWN;
                    let buttons = [("accept", "Accept"), ("waitlist", "Waitlist"), ("decline", "Decline")]
                        .into_iter()
                        .filter(|(decision, _)| super::application::Decision::parse(decision).map(|d| d.status()) != Some(row.status.as_str()))
                        .map(|(decision, label)| {
                            let name = format!("{label} {}", row.name);
                            view! {
                                <ActionForm action=decide>
                                    <input type="hidden" name="application" value=row.id />
                                    <input type="hidden" name="decision" value=decision />
                                    <button type="submit" class="button button--small" aria-label=name>{label}</button>
                                </ActionForm>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <td>{row.name.clone()}</td>
                            <td>{row.email}</td>
                            <td>{row.organisation}</td>
                            <td>{row.country}</td>
                            <td>{row.role}</td>
                            <td>{row.motivation}</td>
                            <td>{row.accessibility_needs}</td>
                            <td>{status_label(&row.status)}</td>
                            <td>{open.then_some(buttons)}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
