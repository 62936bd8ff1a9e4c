//! Stored templates, and the emails made from them.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};

use super::template::{EmailTemplate, TemplateKind, TemplateValues};
use crate::db::entities::email_template;
use crate::email::Email;
use crate::i18n::Lang;
use crate::outbox::NewEmail;
use crate::review::status::ReviewStatus;
use crate::submission::SubmissionAnswers;
use crate::translations::builtin;
use crate::translations::db::{Wanted, pick_in};

/// The English template of `kind`: the admins' version, or the built-in one.
pub async fn load(conn: &impl ConnectionTrait, kind: TemplateKind) -> Result<EmailTemplate, DbErr> {
    let stored = email_template::Entity::find_by_id(kind.slug())
        .one(conn)
        .await?
        .and_then(|row| EmailTemplate::parse(&row.subject, &row.body).ok());
    Ok(stored.unwrap_or_else(|| builtin_template(kind, Lang::En)))
}

fn builtin_template(kind: TemplateKind, lang: Lang) -> EmailTemplate {
    EmailTemplate::parse(
        builtin::title(lang, kind.builtin()),
        builtin::body(lang, kind.builtin()),
    )
    .expect("the built-in templates parse (a unit test proves it)")
}

/// The template of `kind` for a person whose language is `lang`, each part as
/// [`Shown::pick`] chooses it, and the language it is in.
pub async fn load_in(
    conn: &impl ConnectionTrait,
    kind: TemplateKind,
    lang: Lang,
) -> Result<(EmailTemplate, Lang), DbErr> {
    let english = load(conn, kind).await?;
    let [subject_name, body_name] = kind.subjects();
    let [(subject, _), (body, _)] = pick_in(
        conn,
        lang,
        [
            Wanted {
                subject: subject_name,
                english: english.subject_source(),
                builtin: builtin::title_in(lang, kind.builtin()),
            },
            Wanted {
                subject: body_name,
                english: english.body_source(),
                builtin: builtin::body_in(lang, kind.builtin()),
            },
        ],
    )
    .await?;
    // An email is in one language: English unless both parts are in the person's.
    if subject.lang != lang || body.lang != lang {
        return Ok((english, Lang::En));
    }
    Ok(match EmailTemplate::parse(&subject.text, &body.text) {
        Ok(template) => (template, lang),
        Err(_) => (english, Lang::En),
    })
}

pub async fn save(
    conn: &impl ConnectionTrait,
    kind: TemplateKind,
    template: &EmailTemplate,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    email_template::Entity::insert(email_template::ActiveModel {
        kind: Set(kind.slug().to_owned()),
        subject: Set(template.subject_source().to_owned()),
        body: Set(template.body_source().to_owned()),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(email_template::Column::Kind)
            .update_columns([
                email_template::Column::Subject,
                email_template::Column::Body,
                email_template::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(conn)
    .await
    .map(|_| ())
}

/// Where an email about a submission goes and what its placeholders say.
pub struct Recipient<'a> {
    pub answers: &'a SubmissionAnswers,
    pub reference: &'a str,
    pub manage_link: String,
    pub call_title: &'a str,
    pub public_url: &'a str,
}

/// The email `template` makes for `recipient`; `None` when the answer has no usable address.
pub fn render(template: &EmailTemplate, recipient: &Recipient) -> Option<NewEmail> {
    let organisation = &recipient.answers.organisation;
    let to = Email::parse(&organisation.email).ok()?;
    let values = TemplateValues(
        [
            organisation.first_name.trim(),
            organisation.last_name.trim(),
            organisation.organisation_name.trim(),
            recipient.answers.practice.title.trim(),
            recipient.answers.practice.summary.trim(),
            recipient.reference,
            &recipient.manage_link,
            recipient.call_title,
            recipient.public_url,
        ]
        .map(str::to_owned),
    );
    let (subject, text) = template.render(&values);
    Some(NewEmail::plain(to, subject, text))
}

/// The topic of the email that tells submission `id` its decision.
pub fn decision_topic(id: i32) -> String {
    crate::outbox::topic::decision(id)
}

/// After submission `id` moved to `to`: holds the decision email for an admin to release when
/// `to` is a decision, and discards a held one when the decision was taken back. Runs in the
/// transaction of the change.
pub async fn hold_decision_email(
    conn: &impl ConnectionTrait,
    id: i32,
    to: ReviewStatus,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let topic = decision_topic(id);
    let kind = match to {
        ReviewStatus::Selected => TemplateKind::Acceptance,
        ReviewStatus::NotSelected => TemplateKind::Rejection,
        _ => return crate::outbox::discard_held(conn, &topic).await,
    };
    let Some(found) = crate::review::db::find_sent(conn, id).await? else {
        return Ok(());
    };
    let (template, written_in) = load_in(conn, kind, found.lang).await?;
    let manage_link = if template.uses("manage_link") {
        let token = crate::submission::db::add_access(
            conn,
            id,
            crate::submission::access::AccessKind::ManageLink,
            crate::submission::db::lookup_email(&found.answers).as_deref(),
            now,
        )
        .await?;
        // The person's own pages, in their language even when the email could not be.
        format!(
            "{public_url}{}",
            found.lang.href(&format!("/manage/{}", token.expose()))
        )
    } else {
        String::new()
    };
    let call = crate::call::db::load(conn).await?;
    let call_title = crate::call::db::texts_in(conn, &call, written_in)
        .await?
        .title
        .text;
    let recipient = Recipient {
        answers: &found.answers,
        reference: &found.reference,
        manage_link,
        call_title: &call_title,
        public_url,
    };
    match render(&template, &recipient) {
        Some(email) => crate::outbox::hold(conn, email, &topic).await.map(|_| ()),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_acknowledgement_carries_name_title_reference_and_manage_link() {
        let mut answers = SubmissionAnswers::default();
        answers.organisation.first_name = " Nino ".into();
        answers.organisation.email = "nino@example.ge".into();
        answers.practice.title = "Balconies <script>".into();
        let template = builtin_template(TemplateKind::Acknowledgement, Lang::En);
        let email = render(
            &template,
            &Recipient {
                answers: &answers,
                reference: "EHH-2026-0042",
                manage_link: "https://hub.example.org/manage/abc".into(),
                call_title: "European Heritage Hub",
                public_url: "https://hub.example.org",
            },
        )
        .unwrap();
        assert_eq!(email.to.as_str(), "nino@example.ge");
        assert_eq!(email.subject, "We received your practice: EHH-2026-0042");
        assert!(email.text.starts_with("Dear Nino,"), "{}", email.text);
        assert!(email.text.contains("\"Balconies <script>\""));
        assert!(email.text.contains("https://hub.example.org/manage/abc"));
        assert!(
            email.html.is_none(),
            "plain text only: no markup to inject into"
        );
    }

    #[test]
    fn no_email_without_a_usable_address() {
        let template = EmailTemplate::parse("Hi", "Text").unwrap();
        let recipient = Recipient {
            answers: &SubmissionAnswers::default(),
            reference: "EHH-2026-0001",
            manage_link: String::new(),
            call_title: "",
            public_url: "",
        };
        assert!(render(&template, &recipient).is_none());
    }
}
