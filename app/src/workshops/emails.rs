//! What a workshop emails the people who sign up: each is queued in the transaction of the change
//! it reports, so a seat taken or given back is never left unannounced.

use chrono::{DateTime, Utc};
use sea_orm::DbErr;

use super::seats::CancelledBy;
use crate::db::entities::{workshop, workshop_registration as registration};
use crate::email::Email;
use crate::outbox::{Attachment, NewEmail};
use crate::secret::SecretToken;

/// Who gets the email: the address was checked when the person signed up.
fn recipient(person: &registration::Model) -> Result<Email, DbErr> {
    Email::parse(&person.email)
        .map_err(|_| DbErr::Custom(format!("registration {} has a bad address", person.id)))
}

/// When and how long, then how to join: the same block in every email that gives a seat.
fn seat_details(workshop: &workshop::Model) -> String {
    let join = match &workshop.meeting_url {
        Some(url) => format!("Join online: {url}"),
        None => "The link to join follows by email before the workshop.".to_owned(),
    };
    format!(
        "When: {when}\nDuration: {minutes} minutes, online\n{join}\n",
        when = crate::time::in_brussels(workshop.starts_at),
        minutes = workshop.duration_minutes,
    )
}

fn manage_paragraph(public_url: &str, link: &SecretToken) -> String {
    format!(
        "To see your registration, download the calendar file again or cancel, open:\n\n\
         {public_url}/manage/{}\n\nKeep this link to yourself: anyone who has it can cancel your place.\n",
        link.expose()
    )
}

fn calendar_file(workshop: &workshop::Model, public_url: &str, now: DateTime<Utc>) -> Attachment {
    Attachment {
        name: format!("{}.ics", workshop.slug),
        content_type: "text/calendar; charset=utf-8; method=PUBLISH".to_owned(),
        body: super::calendar::for_workshop(workshop, public_url, true, now),
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
    let title = &workshop.title;
    let (subject, opening) = match news {
        SeatNews::Confirmed => (
            format!("Your seat at the workshop “{title}”"),
            format!("you have a seat at the online workshop “{title}”."),
        ),
        SeatNews::Promoted => (
            format!("A seat is yours: “{title}”"),
            format!(
                "good news: a seat has freed up at the online workshop “{title}”, and it is now yours. \
                 You do not need to do anything to keep it."
            ),
        ),
        SeatNews::Reminder => (
            format!("Tomorrow: the workshop “{title}”"),
            format!("a reminder: the online workshop “{title}” starts soon, and you have a seat."),
        ),
    };
    let text = format!(
        "Hello {name},\n\n{opening}\n\n{details}\nThe attached calendar file adds the workshop to your calendar.\n\n\
         {manage}\nIf you cannot come after all, please cancel: your seat goes to the next person waiting.\n\n\
         European Heritage Hub\n",
        name = person.name,
        details = seat_details(workshop),
        manage = manage_paragraph(public_url, link),
    );
    Ok(NewEmail::plain(recipient(person)?, subject, text)
        .with_attachment(calendar_file(workshop, public_url, now)))
}

/// A place on the waiting list.
pub fn waiting(
    workshop: &workshop::Model,
    person: &registration::Model,
    position: u64,
    link: &SecretToken,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    let text = format!(
        "Hello {name},\n\nall seats at the online workshop “{title}” are taken, so you are on the waiting \
         list, number {position}.\n\nIf a seat frees up, it goes to the first person in line automatically, \
         and we email you the link to join. The workshop is on {when}.\n\n{manage}\n\
         European Heritage Hub\n",
        name = person.name,
        title = workshop.title,
        when = crate::time::in_brussels(workshop.starts_at),
        manage = manage_paragraph(public_url, link),
    );
    Ok(NewEmail::plain(
        recipient(person)?,
        format!("You are on the waiting list: “{}”", workshop.title),
        text,
    ))
}

/// A place cancelled, by its holder or by staff.
pub fn cancelled(
    workshop: &workshop::Model,
    person: &registration::Model,
    by: CancelledBy,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    let why = match by {
        CancelledBy::Holder => "Thank you for letting us know: it goes to someone else.",
        CancelledBy::Staff => {
            "The organisers cancelled it; reply to this email if you think that is a mistake."
        }
    };
    let text = format!(
        "Hello {name},\n\nyour place at the online workshop “{title}” is cancelled. {why}\n\n\
         Changed your mind? While sign-ups are open you can sign up again at \
         {public_url}/workshops/{slug}\n\nEuropean Heritage Hub\n",
        name = person.name,
        title = workshop.title,
        slug = workshop.slug,
    );
    Ok(NewEmail::plain(
        recipient(person)?,
        format!("Your place is cancelled: “{}”", workshop.title),
        text,
    ))
}

/// Staff cancelled the whole workshop.
pub fn workshop_cancelled(
    workshop: &workshop::Model,
    person: &registration::Model,
    public_url: &str,
) -> Result<NewEmail, DbErr> {
    let text = format!(
        "Hello {name},\n\nwe are sorry: the online workshop “{title}”, planned for {when}, is cancelled. \
         Your registration is cancelled with it; you do not need to do anything.\n\n\
         The other workshops are at {public_url}/workshops\n\nEuropean Heritage Hub\n",
        name = person.name,
        title = workshop.title,
        when = crate::time::in_brussels(workshop.starts_at),
    );
    Ok(NewEmail::plain(
        recipient(person)?,
        format!("Cancelled: the workshop “{}”", workshop.title),
        text,
    ))
}
