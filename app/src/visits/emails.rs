//! What a visit emails its applicants: the receipt, and every decision staff take.

use sea_orm::DbErr;

use super::application::Decision;
use crate::db::entities::{visit, visit_application};
use crate::email::Email;
use crate::outbox::NewEmail;
use crate::secret::SecretToken;

fn recipient(applicant: &visit_application::Model) -> Result<Email, DbErr> {
    Email::parse(&applicant.email)
        .map_err(|_| DbErr::Custom(format!("application {} has a bad address", applicant.id)))
}

/// "Gyumri, Armenia, 4–6 May 2027".
fn where_and_when(visit: &visit::Model) -> String {
    let country = crate::country::Country::parse(&visit.country)
        .map_or(visit.country.as_str(), |country| country.name());
    format!(
        "{}, {country}, {} to {}",
        visit.host_place,
        visit.starts_on.format("%-d %B %Y"),
        visit.ends_on.format("%-d %B %Y")
    )
}

fn email(
    visit: &visit::Model,
    applicant: &visit_application::Model,
    subject: String,
    news: &str,
    link: &SecretToken,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    let text = format!(
        "Hello {name},\n\n{news}\n\nThe visit: {title}, {place}.\n\n\
         To see your application, or withdraw it, open:\n\n{public_url}/manage/{link}\n\n\
         Keep this link to yourself: anyone who has it can withdraw your application.\n\n\
         European Heritage Hub\n",
        name = applicant.name,
        title = visit.title,
        place = where_and_when(visit),
        link = link.expose(),
    );
    Ok(NewEmail::plain(recipient(applicant)?, subject, text))
}

/// The application arrived.
pub fn received(
    visit: &visit::Model,
    applicant: &visit_application::Model,
    link: &SecretToken,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    email(
        visit,
        applicant,
        format!("We received your application: {}", visit.title),
        &format!(
            "thank you for applying to join the delegation. The organisers choose the {} participants \
             after the deadline, {}, and email you their decision.",
            visit.delegation_size,
            crate::time::in_brussels(visit.applications_close_at)
        ),
        link,
        public_url,
    )
}

/// Staff accepted, waitlisted or declined the application.
pub fn decided(
    visit: &visit::Model,
    applicant: &visit_application::Model,
    decision: Decision,
    link: &SecretToken,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    let (subject, news) = match decision {
        Decision::Accept => (
            format!("You are in the delegation: {}", visit.title),
            "good news: you have a place in the delegation. The project covers your travel and stay; \
             the organisers will write to you about the arrangements. If you cannot come after all, \
             please withdraw, so that your place goes to someone else.",
        ),
        Decision::Waitlist => (
            format!("You are on the waiting list: {}", visit.title),
            "the delegation is full for now, and you are on its waiting list. If a place frees up, \
             the organisers will offer it to you by email.",
        ),
        Decision::Decline => (
            format!("Your application: {}", visit.title),
            "thank you for applying. We are sorry: the delegation could not take you this time. \
             The online workshops are open to everyone; you find them on the website.",
        ),
    };
    email(visit, applicant, subject, news, link, public_url)
}
