//! What a visit emails its applicants: the receipt, and every decision staff take.

use sea_orm::{ConnectionTrait, DbErr};

use super::application::Decision;
use crate::db::entities::{visit, visit_application};
use crate::email::Email;
use crate::i18n::{Lang, dates, t_in};
use crate::outbox::NewEmail;
use crate::secret::SecretToken;

fn recipient(applicant: &visit_application::Model) -> Result<Email, DbErr> {
    Email::parse(&applicant.email)
        .map_err(|_| DbErr::Custom(format!("application {} has a bad address", applicant.id)))
}

/// The language the person applied in: their emails are in it.
fn lang_of(applicant: &visit_application::Model) -> Lang {
    Lang::parse(&applicant.lang).unwrap_or_default()
}

/// `visit` as `applicant` reads it: its texts in their language where staff wrote them.
pub async fn for_applicant(
    conn: &impl ConnectionTrait,
    visit: &visit::Model,
    applicant: &visit_application::Model,
) -> Result<visit::Model, DbErr> {
    let translated =
        crate::translations::db::translate_one(conn, lang_of(applicant), visit.clone()).await?;
    Ok(translated.0)
}

/// "Gyumri, Armenia, Tuesday 4 May 2027 to Thursday 6 May 2027", in `lang`.
fn where_and_when(visit: &visit::Model, lang: Lang) -> String {
    let country = crate::country::Country::parse(&visit.country)
        .map_or(visit.country.clone(), |country| {
            dates::country_name(lang, country)
        });
    t_in(
        lang,
        "email-visit-where-when",
        [
            ("place", visit.host_place.as_str().into()),
            ("country", country.into()),
            ("dates", super::db::dates_text(visit, lang).into()),
        ],
    )
}

fn email(
    visit: &visit::Model,
    applicant: &visit_application::Model,
    subject: &str,
    news: String,
    link: &SecretToken,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    let lang = lang_of(applicant);
    let address = format!(
        "{public_url}{}",
        lang.href(&format!("/manage/{}", link.expose()))
    );
    let text = t_in(
        lang,
        "email-visit-body",
        [
            ("name", applicant.name.as_str().into()),
            ("news", news.into()),
            ("title", visit.title.as_str().into()),
            ("place", where_and_when(visit, lang).into()),
            ("link", address.into()),
        ],
    );
    let subject = t_in(lang, subject, [("title", visit.title.as_str().into())]);
    Ok(NewEmail::plain(recipient(applicant)?, subject, text))
}

/// The application arrived.
pub fn received(
    visit: &visit::Model,
    applicant: &visit_application::Model,
    link: &SecretToken,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    let lang = lang_of(applicant);
    let news = t_in(
        lang,
        "email-visit-received",
        [
            ("size", visit.delegation_size.into()),
            (
                "deadline",
                dates::in_brussels(lang, visit.applications_close_at).into(),
            ),
        ],
    );
    email(
        visit,
        applicant,
        "email-visit-received-subject",
        news,
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
        Decision::Accept => ("email-visit-accepted-subject", "email-visit-accepted"),
        Decision::Waitlist => ("email-visit-waitlisted-subject", "email-visit-waitlisted"),
        Decision::Decline => ("email-visit-declined-subject", "email-visit-declined"),
    };
    let news = t_in(lang_of(applicant), news, []);
    email(visit, applicant, subject, news, link, public_url)
}
