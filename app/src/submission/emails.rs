//! The emails the wizard sends: the resume link and a fresh manage link for someone who lost
//! theirs, in the language the applicant uses. The confirmation of a submission is the admins'
//! acknowledgement template (`notifications`).

use crate::email::Email;
use crate::i18n::{Lang, t_in};
use crate::outbox::NewEmail;
use crate::secret::SecretToken;

pub fn resume_link(
    to: Email,
    public_url: &str,
    token: &SecretToken,
    closes: &str,
    lang: Lang,
) -> NewEmail {
    let link = format!(
        "{public_url}{}?draft={}",
        lang.href("/submit"),
        token.expose()
    );
    NewEmail::plain(
        to,
        t_in(lang, "email-resume-subject", []),
        t_in(
            lang,
            "email-resume-body",
            [("link", link.into()), ("closes", closes.into())],
        ),
    )
}

pub fn manage_link(
    to: Email,
    public_url: &str,
    token: &SecretToken,
    reference: &str,
    lang: Lang,
) -> NewEmail {
    let link = format!(
        "{public_url}{}",
        lang.href(&format!("/manage/{}", token.expose()))
    );
    NewEmail::plain(
        to,
        t_in(
            lang,
            "email-manage-subject",
            [("reference", reference.into())],
        ),
        t_in(
            lang,
            "email-manage-body",
            [("link", link.into()), ("reference", reference.into())],
        ),
    )
}
