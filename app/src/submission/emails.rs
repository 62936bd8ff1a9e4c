//! The emails the wizard sends: the resume link, the confirmation of a submission, and a fresh
//! manage link for someone who lost theirs.

use super::SubmissionAnswers;
use crate::email::Email;
use crate::outbox::NewEmail;
use crate::secret::SecretToken;

pub fn resume_link(to: Email, public_url: &str, token: &SecretToken, closes: &str) -> NewEmail {
    let link = format!("{public_url}/submit?draft={}", token.expose());
    NewEmail {
        to,
        subject: "Your draft for the European Heritage Hub open call".to_owned(),
        text: format!(
            "Hello,\n\nyou started describing a good practice for the European Heritage Hub open call. \
             Your answers are saved as you go. To continue, on this or any other device, open:\n\n{link}\n\n\
             Keep this link to yourself: anyone who has it can read and change your draft.\n\n\
             The call closes on {closes}.\n\nEuropean Heritage Hub\n"
        ),
        html: None,
    }
}

pub fn manage_link(to: Email, public_url: &str, token: &SecretToken, reference: &str) -> NewEmail {
    let link = format!("{public_url}/manage/{}", token.expose());
    NewEmail {
        to,
        subject: format!("Your link to practice {reference}"),
        text: format!(
            "Hello,\n\nyou asked for your link again. Your practice {reference} has been sent to the \
             European Heritage Hub open call. To read it, change it until the call closes, or withdraw \
             it, open:\n\n{link}\n\nKeep this link to yourself: anyone who has it can change your \
             submission. Links sent to you before keep working.\n\nEuropean Heritage Hub\n"
        ),
        html: None,
    }
}

pub fn confirmation(
    to: Email,
    public_url: &str,
    reference: &str,
    manage_token: &SecretToken,
    answers: &SubmissionAnswers,
) -> NewEmail {
    let link = format!("{public_url}/manage/{}", manage_token.expose());
    let title = answers.practice.title.trim();
    let summary = answers.practice.summary.trim();
    let name = answers.organisation.first_name.trim();
    let text = format!(
        "Dear {name},\n\nthank you: your practice \"{title}\" has reached the European Heritage Hub open call.\n\n\
         Reference: {reference}\n\nSummary:\n{summary}\n\n\
         You can read your submission, change it until the call closes, or withdraw it here:\n{link}\n\n\
         What happens next: experts review every practice; you will hear the decision by email.\n\n\
         European Heritage Hub\n"
    );
    let html = format!(
        "<p>Dear {name},</p><p>thank you: your practice <strong>{title}</strong> has reached the \
         European Heritage Hub open call.</p><p>Reference: <strong>{reference}</strong></p>\
         <p>Summary:</p><blockquote>{summary}</blockquote><p><a href=\"{link}\">Read, change or \
         withdraw your submission</a> (you can change it until the call closes).</p>\
         <p>What happens next: experts review every practice; you will hear the decision by email.</p>\
         <p>European Heritage Hub</p>",
        name = escape(name),
        title = escape(title),
        summary = escape(summary),
    );
    NewEmail {
        to,
        subject: format!("We received your practice: {reference}"),
        text,
        html: Some(html),
    }
}

/// Applicants' text goes into the HTML email as text, never as markup.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_confirmation_carries_reference_summary_and_manage_link_with_html_escaped() {
        let mut answers = SubmissionAnswers::default();
        answers.organisation.first_name = "Nino".into();
        answers.practice.title = "Balconies <script>".into();
        answers.practice.summary = "Residents & craftspeople".into();
        let token = SecretToken::generate();
        let email = confirmation(
            Email::parse("nino@example.ge").unwrap(),
            "https://hub.example.org",
            "EHH-2026-0042",
            &token,
            &answers,
        );
        assert_eq!(email.subject, "We received your practice: EHH-2026-0042");
        assert!(email.text.contains(&format!(
            "https://hub.example.org/manage/{}",
            token.expose()
        )));
        assert!(email.text.contains("Residents & craftspeople"));
        let html = email.html.unwrap();
        assert!(html.contains("Balconies &lt;script&gt;") && !html.contains("<script>"));
        assert!(html.contains("Residents &amp; craftspeople"));
    }
}
