//! `/admin/submissions` and `/admin/submissions/{id}`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    SubmissionForReview, SubmissionList, SubmissionQuery, list_submissions, load_for_review,
};
use crate::components::{SelectField, ServerData, TextField};
use crate::country::COUNTRIES;
use crate::submission::AnswerSummary;
use crate::submission::organisation::OrganisationType;
use crate::theme::Theme;

fn status_label(status: &str) -> &str {
    match status {
        "submitted" => "Sent",
        "withdrawn" => "Withdrawn",
        other => other,
    }
}

#[component]
pub fn ReviewListPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| {
        let params = params.read();
        let text = |name: &str| params.get(name).unwrap_or_default();
        SubmissionQuery {
            status: text("status"),
            country: text("country"),
            theme: text("theme"),
            organisation_type: text("organisation_type"),
            hosts: text("hosts"),
            q: text("q"),
            sort: text("sort"),
            page: text("page").parse().unwrap_or(1),
        }
    });
    let list = Resource::new(move || query.get(), list_submissions);
    view! {
        <Title text="Submissions" />
        <article class="page">
            <h1>"Submissions"</h1>
            {move || view! { <Filters query=query.get() /> }}
            <ServerData resource=list view=move |list: SubmissionList| view! { <Results list query=query.get_untracked() /> } />
        </article>
    }
}

/// The filter form: a plain GET form, so every view has an address and works without scripts.
#[component]
fn Filters(query: SubmissionQuery) -> impl IntoView {
    let none = || Signal::stored(None::<String>);
    view! {
        <form method="get" action="/admin/submissions" class="filters" role="search" aria-label="Filter submissions">
            <TextField field="q" name="q" label="Search" value=query.q error=none()
                hint="Words in the title, summary, description, organisation, place or reference" />
            <SelectField field="status" name="status" label="Status" value=query.status error=none() optional=true
                options=vec![("submitted", "Sent"), ("withdrawn", "Withdrawn")] />
            <SelectField field="country" name="country" label="Country" value=query.country error=none() optional=true
                options=COUNTRIES.to_vec() />
            <SelectField field="theme" name="theme" label="Theme" value=query.theme error=none() optional=true
                options=Theme::ALL.iter().map(|theme| (theme.slug(), theme.label())).collect() />
            <SelectField field="organisation_type" name="organisation_type" label="Type of organisation" value=query.organisation_type
                error=none() optional=true options=OrganisationType::ALL.iter().map(|kind| (kind.slug(), kind.label())).collect() />
            <SelectField field="hosts" name="hosts" label="Would host a visit" value=query.hosts error=none() optional=true
                options=vec![("yes", "Yes"), ("no", "No")] />
            <SelectField field="sort" name="sort" label="Order" value=query.sort error=none() optional=true
                options=vec![("newest", "Newest first"), ("oldest", "Oldest first"), ("title", "By title")] />
            <button type="submit" class="button button--primary">"Show submissions"</button>
            " "<a href="/admin/submissions">"Clear the filters"</a>
        </form>
    }
}

#[component]
fn Results(list: SubmissionList, query: SubmissionQuery) -> impl IntoView {
    let page_link = {
        let query = query.clone();
        move |page: u32| format!("/admin/submissions?{}", query.to_query(Some(page)))
    };
    let csv = format!("/admin/submissions.csv?{}", query.to_query(Some(1)));
    view! {
        <p role="status">
            {format!("{} submission{} found.", list.total, if list.total == 1 { "" } else { "s" })}
            " "<a href=csv>"Download this list as CSV"</a>
        </p>
        <table class="table table--wide">
            <caption class="visually-hidden">"Sent submissions"</caption>
            <thead>
                <tr>
                    <th scope="col">"Reference"</th>
                    <th scope="col">"Title"</th>
                    <th scope="col">"Organisation"</th>
                    <th scope="col">"Country"</th>
                    <th scope="col">"Themes"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Sent"</th>
                </tr>
            </thead>
            <tbody>
                {list.rows.into_iter().map(|row| view! {
                    <tr>
                        <td><a href=format!("/admin/submissions/{}", row.id)>{row.reference}</a></td>
                        <td>{row.title}</td>
                        <td>{row.organisation}</td>
                        <td>{row.country}</td>
                        <td>{row.themes.join(", ")}</td>
                        <td>{status_label(&row.status).to_owned()}</td>
                        <td>{row.submitted_at}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        {(list.pages > 1).then(|| view! {
            <nav aria-label="Pages of submissions" class="pagination">
                {(list.page > 1).then(|| view! { <a href=page_link(list.page - 1) rel="prev">"Previous page"</a> })}
                <span>{format!(" Page {} of {} ", list.page, list.pages)}</span>
                {(list.page < list.pages).then(|| view! { <a href=page_link(list.page + 1) rel="next">"Next page"</a> })}
            </nav>
        })}
    }
}

#[component]
pub fn ReviewSubmissionPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or(0)
    };
    let submission = Resource::new(id, load_for_review);
    view! {
        <Title text="Submission" />
        <article class="page page--narrow">
            <p><a href="/admin/submissions">"All submissions"</a></p>
            <ServerData resource=submission view=|found: SubmissionForReview| view! {
                <h1>{found.reference.clone()}": "{found.answers.practice.title.clone()}</h1>
                <p>"Status: "{status_label(&found.status).to_owned()}". Sent on "{found.submitted_at.clone()}"."</p>
                <AnswerSummary answers=found.answers.clone() files=found.uploads.clone() incomplete=vec![] changeable=false />
            } />
        </article>
    }
}
