//! `/admin/submissions` and `/admin/submissions/{id}`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::criteria::Criterion;
use super::status::ReviewStatus;
use super::{
    ChangeStatus, ClearConflict, DeclareConflict, ReviewPanel, ReviewView, SaveScore,
    SubmissionForReview, SubmissionList, SubmissionQuery, list_submissions, load_for_review,
};
use crate::components::{
    CheckboxField, ErrorSummary, Pagination, RadioField, SelectField, ServerData, TextField,
    use_id_param,
};
use crate::country::COUNTRIES;
use crate::error::{field_message, summary_entries};
use crate::submission::AnswerSummary;
use crate::submission::organisation::OrganisationType;
use crate::theme::Theme;

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
            <crate::admin::StaffNav />
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
                options={ReviewStatus::ALL.iter().map(|status| (status.slug(), status.label())).collect::<Vec<_>>()} />
            <SelectField field="country" name="country" label="Country" value=query.country error=none() optional=true
                options=COUNTRIES.to_vec() />
            <SelectField field="theme" name="theme" label="Theme" value=query.theme error=none() optional=true
                options={Theme::ALL.iter().map(|theme| (theme.slug(), theme.label())).collect::<Vec<_>>()} />
            <SelectField field="organisation_type" name="organisation_type" label="Type of organisation" value=query.organisation_type
                error=none() optional=true options={OrganisationType::ALL.iter().map(|kind| (kind.slug(), kind.label())).collect::<Vec<_>>()} />
            <SelectField field="hosts" name="hosts" label="Would host a visit" value=query.hosts error=none() optional=true
                options=vec![("yes", "Yes"), ("no", "No")] />
            <SelectField field="sort" name="sort" label="Order" value=query.sort error=none() optional=true
                options=vec![("newest", "Newest first"), ("oldest", "Oldest first"), ("title", "By title"),
                    ("score", "Best weighted average first"), ("reviews", "Most reviews first")] />
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
                    <th scope="col">"Reviews"</th>
                    {list.viewer_is_admin.then(|| view! { <th scope="col">"Average"</th> })}
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
                        <td>{ReviewStatus::label_of(&row.status)}{row.over_limit.then_some(" (over the limit)")}</td>
                        <td>{row.review_count.map(|count| count.to_string()).unwrap_or_default()}</td>
                        {list.viewer_is_admin.then(|| view! {
                            <td>{row.average_score.map(|average| format!("{average:.2}")).unwrap_or_default()}</td>
                        })}
                        <td>{row.submitted_at}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <Pagination page=list.page pages=list.pages label="Pages of submissions" link=page_link />
    }
}

#[component]
pub fn ReviewSubmissionPage() -> impl IntoView {
    let id = use_id_param("id");
    let score = ServerAction::<SaveScore>::new();
    let conflict = ServerAction::<DeclareConflict>::new();
    let clear = ServerAction::<ClearConflict>::new();
    let status = ServerAction::<ChangeStatus>::new();
    let submission = Resource::new(
        move || {
            (
                id.get(),
                score.version().get(),
                conflict.version().get(),
                clear.version().get(),
                status.version().get(),
            )
        },
        |(id, ..)| load_for_review(id),
    );
    view! {
        <Title text="Submission" />
        <article class="page page--narrow">
            <crate::admin::StaffNav />
            <p><a href="/admin/submissions">"All submissions"</a></p>
            <ServerData resource=submission view=move |found: SubmissionForReview| {
                // Each failure with the field it names (`over_limit` for the limit), its
                // messages as the rules word them.
                let mut errors = summary_entries([status.value().get_untracked()], "status");
                errors.extend(summary_entries([score.value().get_untracked()], "score"));
                if found.conflicted {
                    return view! {
                        <h1>{found.reference.clone()}</h1>
                        <p>"You declared a conflict of interest with this practice, so it is not shown to you. \
                            If that was a mistake, ask an admin to clear the declaration."</p>
                    }
                        .into_any();
                }
                view! {
                    <ErrorSummary errors />
                    <h1>{found.reference.clone()}": "{found.answers.practice.title.clone()}</h1>
                    <p>
                        "Status: "<strong>{ReviewStatus::label_of(&found.status)}</strong>
                        {found.over_limit.then_some(" (selected over the call's limit)")}
                        ". Sent on "{found.submitted_at.clone()}" in "{found.lang.english_name()}
                        " (the applicant's emails are in it)."
                    </p>
                    <Reviews id=found.id panel=found.reviews.clone() score conflict clear />
                    {found.reviews.viewer_is_admin.then(|| view! {
                        <Decision id=found.id current=found.status.clone() limit=found.reviews.selection_limit status />
                    })}
                    {(found.reviews.viewer_is_admin && found.status == ReviewStatus::Selected.slug()).then(|| view! {
                        <PublicCopy id=found.id />
                    })}
                    <h2>"The answer as sent"</h2>
                    <AnswerSummary answers=found.answers.clone() files=found.uploads.clone() incomplete=vec![] changeable=false />
                    {found.reviews.viewer_is_admin.then(|| view! {
                        <h2>"History"</h2>
                        <crate::audit::AuditTable entries=found.history.clone() caption="What staff did to this submission" />
                    })}
                }
                    .into_any()
            } />
        </article>
    }
}

fn points_text(view: &ReviewView) -> String {
    match &view.score {
        None => "Conflict of interest declared".to_owned(),
        Some(score) => Criterion::ALL
            .iter()
            .zip(score.points)
            .map(|(criterion, points)| format!("{}: {points}", criterion.label()))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// One review; an admin can clear a declared conflict of interest from it (`clear`).
#[component]
fn ReviewItem(
    review: ReviewView,
    #[prop(optional)] clear: Option<(i32, ServerAction<ClearConflict>)>,
) -> impl IntoView {
    let clear = clear.filter(|_| review.score.is_none()).map(|(id, clear)| {
        view! {
            <ActionForm action=clear>
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="reviewer" value=review.reviewer_id />
                <button type="submit" class="button button--secondary">"Clear this conflict of interest"</button>
            </ActionForm>
        }
    });
    view! {
        <li>
            <strong>{review.reviewer.clone()}</strong>
            {review.weighted.map(|weighted| format!(" — weighted {weighted:.2}"))}
            <br />{points_text(&review)}
            {review.score.as_ref().and_then(|score| score.comment.clone()).map(|comment| view! {
                <br /><q>{comment.as_str().to_owned()}</q>
            })}
            {clear}
        </li>
    }
}

/// The reviews the viewer may see, and their own scoring form.
#[component]
fn Reviews(
    id: i32,
    panel: ReviewPanel,
    score: ServerAction<SaveScore>,
    conflict: ServerAction<DeclareConflict>,
    clear: ServerAction<ClearConflict>,
) -> impl IntoView {
    let clearable = panel.viewer_is_admin.then_some((id, clear));
    let error = move |field: &'static str| {
        Signal::derive(move || field_message(score.value().get(), field))
    };
    let mine = panel.mine.clone();
    let chosen = move |index: usize| {
        mine.as_ref()
            .and_then(|mine| mine.score.as_ref())
            .map(|score| score.points[index].to_string())
            .unwrap_or_default()
    };
    let comment = panel
        .mine
        .as_ref()
        .and_then(|mine| mine.score.as_ref())
        .and_then(|score| score.comment.as_ref())
        .map(|comment| comment.as_str().to_owned())
        .unwrap_or_default();
    view! {
        <section aria-labelledby="reviews-heading">
            <h2 id="reviews-heading">"Reviews"</h2>
            {panel.average.map(|average| view! { <p>"Weighted average: "<strong>{format!("{average:.2}")}</strong></p> })}
            <ul class="reviews">
                {panel.mine.clone().map(|mine| view! { <ReviewItem review=ReviewView { reviewer: "You".to_owned(), ..mine } /> })}
                {panel.others.iter().cloned().map(|review| match clearable {
                    Some(clear) => view! { <ReviewItem review clear /> }.into_any(),
                    None => view! { <ReviewItem review /> }.into_any(),
                }).collect_view()}
            </ul>
            {(panel.hidden > 0).then(|| view! {
                <p>{format!("{} other review{} will show once you have scored.", panel.hidden, if panel.hidden == 1 { "" } else { "s" })}</p>
            })}
            <h3>{if panel.mine.is_some() { "Change your score" } else { "Your score" }}</h3>
            <ActionForm action=score attr:novalidate=true>
                <input type="hidden" name="id" value=id />
                {Criterion::ALL.into_iter().enumerate().map(|(index, criterion)| view! {
                    <RadioField field=criterion.slug() name=format!("score[{}]", criterion.slug()) legend=criterion.label()
                        value=chosen(index) error=error(criterion.slug())
                        options=vec![("1", "1 (weak)"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5 (excellent)")] />
                }).collect_view()}
                <TextField field="comment" name="score[comment]" label="Comment" value=comment rows=4 optional=true error=error("comment") />
                <button type="submit" class="button button--primary">"Save my score"</button>
            </ActionForm>
            <ActionForm action=conflict>
                <input type="hidden" name="id" value=id />
                <p>"If you know the applicants or could gain from the decision, declare it instead of scoring."</p>
                <button type="submit" class="button button--secondary">"I have a conflict of interest"</button>
            </ActionForm>
        </section>
    }
}

/// Admins move the submission through its statuses.
#[component]
fn Decision(
    id: i32,
    current: String,
    limit: u32,
    status: ServerAction<ChangeStatus>,
) -> impl IntoView {
    let error = move |field: &'static str| {
        Signal::derive(move || field_message(status.value().get(), field))
    };
    view! {
        <section aria-labelledby="decision-heading">
            <h2 id="decision-heading">"Decision"</h2>
            <ActionForm action=status attr:novalidate=true>
                <input type="hidden" name="id" value=id />
                <SelectField field="status" name="status" label="Move to" value=current error=error("status")
                    options={ReviewStatus::DECIDABLE.iter().map(|status| (status.slug(), status.label())).collect::<Vec<_>>()} />
                <CheckboxField field="over_limit" name="over_limit"
                    label=format!("Select it even if {limit} practices are already selected") checked=false error=error("over_limit") />
                <button type="submit" class="button button--primary">"Change the status"</button>
            </ActionForm>
        </section>
    }
}

/// For a selected practice: the way to its public copy in the gallery.
#[component]
fn PublicCopy(id: i32) -> impl IntoView {
    let make = ServerAction::<crate::gallery::PracticeFromSubmission>::new();
    view! {
        <section aria-labelledby="public-heading">
            <h2 id="public-heading">"In the gallery"</h2>
            <p>"Selected practices are published as an edited copy, without the applicant's contact details."</p>
            <ActionForm action=make>
                <input type="hidden" name="submission" value=id />
                <button type="submit" class="button button--primary">"Open its public practice"</button>
            </ActionForm>
        </section>
    }
}
