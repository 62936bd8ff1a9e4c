//! What a workshop emails the people who sign up: each is queued in the transaction of the change
//! it reports, so a seat taken or given back is never left unannounced. Each is in the language
//! the person signed up in, the workshop's texts too where staff wrote them in it
//! ([`for_person`]).

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr};

use super::seats::CancelledBy;
use crate::db::entities::{workshop, workshop_registration as registration};
use crate::email::Email;
use crate::i18n::dates::in_brussels;
use crate::i18n::{Arg, Lang, t_in};
use crate::outbox::{Attachment, NewEmail};
use crate::secret::SecretToken;

/// Who gets the email: the address was checked when the person signed up.
fn recipient(person: &registration::Model) -> Result<Email, DbErr> {
    Email::parse(&person.email)
        .map_err(|_| DbErr::Custom(format!("registration {} has a bad address", person.id)))
}

/// The language the person signed up in: their emails are in it.
fn lang_of(person: &registration::Model) -> Lang {
    Lang::parse(&person.lang).unwrap_or_default()
}

/// `workshop` as `person` reads it: its texts in their language where staff wrote them.
pub async fn for_person(
    conn: &impl ConnectionTrait,
    workshop: &workshop::Model,
    person: &registration::Model,
) -> Result<workshop::Model, DbErr> {
    let translated =
        crate::translations::db::translate_one(conn, lang_of(person), workshop.clone()).await?;
    Ok(translated.0)
}

/// When and how long, then how to join: the same block in every email that gives a seat.
fn seat_details(workshop: &workshop::Model, lang: Lang) -> String {
    let join = match &workshop.meeting_url {
        Some(url) => t_in(lang, "email-workshop-join", [("link", url.as_str().into())]),
        None => t_in(lang, "email-workshop-join-later", []),
    };
    t_in(
        lang,
        "email-workshop-details",
        [
            ("when", in_brussels(lang, workshop.starts_at).into()),
            ("minutes", workshop.duration_minutes.into()),
            ("join", join.into()),
        ],
    )
}

fn manage_paragraph(public_url: &str, link: &SecretToken, lang: Lang) -> String {
    let address = format!(
        "{public_url}{}",
        lang.href(&format!("/manage/{}", link.expose()))
    );
    t_in(lang, "email-workshop-manage", [("link", address.into())])
}

fn calendar_file(
    workshop: &workshop::Model,
    public_url: &str,
    now: DateTime<Utc>,
    lang: Lang,
) -> Attachment {
    Attachment {
        name: format!("{}.ics", workshop.slug),
        content_type: "text/calendar; charset=utf-8; method=PUBLISH".to_owned(),
        body: super::calendar::for_workshop(workshop, public_url, true, now, lang),
    }
}

/// Why an email gives the person a seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeatNews {
    /// Taken at sign-up.
    Confirmed,
    /// Freed by someone else and given to the first in line, or given by staff.
    Promoted,
    /// A day before the workshop.
    Reminder,
}

/// An email that gives the person a seat: the details, the meeting link and the `.ics`.
pub fn seat(
    news: SeatNews,
    workshop: &workshop::Model,
    person: &registration::Model,
    link: &SecretToken,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<NewEmail, DbErr> {
    let lang = lang_of(person);
    let title = || ("title", Arg::from(workshop.title.as_str()));
    let (subject, opening) = match news {
        SeatNews::Confirmed => ("email-seat-confirmed-subject", "email-seat-confirmed"),
        SeatNews::Promoted => ("email-seat-promoted-subject", "email-seat-promoted"),
        SeatNews::Reminder => ("email-seat-reminder-subject", "email-seat-reminder"),
    };
    let text = t_in(
        lang,
        "email-seat-body",
        [
            ("name", person.name.as_str().into()),
            ("opening", t_in(lang, opening, [title()]).into()),
            ("details", seat_details(workshop, lang).into()),
            ("manage", manage_paragraph(public_url, link, lang).into()),
        ],
    );
    Ok(
        NewEmail::plain(recipient(person)?, t_in(lang, subject, [title()]), text)
            .with_attachment(calendar_file(workshop, public_url, now, lang)),
    )
}

/// A place on the waiting list.
pub fn waiting(
    workshop: &workshop::Model,
    person: &registration::Model,
    position: u64,
    link: &SecretToken,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    let lang = lang_of(person);
    let text = t_in(
        lang,
        "email-waiting-body",
        [
            ("name", person.name.as_str().into()),
            ("title", workshop.title.as_str().into()),
            ("position", position.into()),
            ("when", in_brussels(lang, workshop.starts_at).into()),
            ("manage", manage_paragraph(public_url, link, lang).into()),
        ],
    );
    let subject = t_in(
        lang,
        "email-waiting-subject",
        [("title", workshop.title.as_str().into())],
    );
    Ok(NewEmail::plain(recipient(person)?, subject, text))
}

/// A place cancelled, by its holder or by staff.
pub fn cancelled(
    workshop: &workshop::Model,
    person: &registration::Model,
    by: CancelledBy,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    let lang = lang_of(person);
    let why = match by {
        CancelledBy::Holder => "email-cancelled-by-holder",
        CancelledBy::Staff => "email-cancelled-by-staff",
    };
    let address = format!(
        "{public_url}{}",
        lang.href(&format!("/workshops/{}", workshop.slug))
    );
    let text = t_in(
        lang,
        "email-cancelled-body",
        [
            ("name", person.name.as_str().into()),
            ("title", workshop.title.as_str().into()),
            ("why", t_in(lang, why, []).into()),
            ("link", address.into()),
        ],
    );
    let subject = t_in(
        lang,
        "email-cancelled-subject",
        [("title", workshop.title.as_str().into())],
    );
    Ok(NewEmail::plain(recipient(person)?, subject, text))
}

/// Staff cancelled the whole workshop.
pub fn workshop_cancelled(
    workshop: &workshop::Model,
    person: &registration::Model,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    let lang = lang_of(person);
    let text = t_in(
        lang,
        "email-workshop-cancelled-body",
        [
            ("name", person.name.as_str().into()),
            ("title", workshop.title.as_str().into()),
            ("when", in_brussels(lang, workshop.starts_at).into()),
            (
                "link",
                format!("{public_url}{}", lang.href("/workshops")).into(),
            ),
        ],
    );
    let subject = t_in(
        lang,
        "email-workshop-cancelled-subject",
        [("title", workshop.title.as_str().into())],
    );
    Ok(NewEmail::plain(recipient(person)?, subject, text))
}
