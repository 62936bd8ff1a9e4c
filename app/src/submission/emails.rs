//! The emails the wizard sends: the resume link and a fresh manage link for someone who lost
//! theirs. The confirmation of a submission is the admins' acknowledgement template
//! (`notifications`).

use crate::email::Email;
use crate::outbox::NewEmail;
use crate::secret::SecretToken;

pub fn resume_link(to: Email, public_url: &str, token: &SecretToken, closes: &str) -> NewEmail {
    let link = format!("{public_url}/submit?draft={}", token.expose());
    NewEmail::plain(
        to,
        "Your draft for the European Heritage Hub open call".to_owned(),
        format!(
            "Hello,\n\nyou started describing a good practice for the European Heritage Hub open call. \
             Your answers are saved as you go. To continue, on this or any other device, open:\n\n{link}\n\n\
             Keep this link to yourself: anyone who has it can read and change your draft.\n\n\
             The call closes on {closes}.\n\nEuropean Heritage Hub\n"
        ),
    )
}

pub fn manage_link(to: Email, public_url: &str, token: &SecretToken, reference: &str) -> NewEmail {
    let link = format!("{public_url}/manage/{}", token.expose());
    NewEmail::plain(
        to,
        format!("Your link to practice {reference}"),
        format!(
            "Hello,\n\nyou asked for your link again. Your practice {reference} has been sent to the \
             European Heritage Hub open call. To read it, change it until the call closes, or withdraw \
             it, open:\n\n{link}\n\nKeep this link to yourself: anyone who has it can change your \
             submission. Links sent to you before keep working.\n\nEuropean Heritage Hub\n"
        ),
    )
}
