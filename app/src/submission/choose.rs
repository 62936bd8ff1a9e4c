//! `/submit/choose`: an emailed link was opened in a browser that already works on another
//! practice. Rather than replace that one silently, the browser is asked which to continue.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::components::{Page, ServerData};
use crate::error::AppError;
use crate::i18n::{Lang, around, localized, t, t_with, use_lang};

/// One of the two practices, as the question names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeLabel {
    pub title: String,
    /// Set once sent.
    pub reference: Option<String>,
    /// Whether a link to it went to an address, so the applicant can come back to it.
    pub has_emailed_link: bool,
}

impl PracticeLabel {
    fn name(&self) -> String {
        let title = match self.title.trim() {
            "" => t("choose-untitled"),
            title => t_with("choose-titled", [("title", title.into())]),
        };
        match &self.reference {
            Some(reference) => format!("{title} ({reference})"),
            None => title,
        }
    }
}

/// The two practices: the one this browser works on, and the one the link opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftChoice {
    pub in_browser: PracticeLabel,
    pub in_link: PracticeLabel,
}

#[cfg(feature = "ssr")]
mod server {
    use super::PracticeLabel;
    use crate::error::AppError;
    use crate::state::AppState;
    use crate::submission::access::AccessUse;
    use crate::submission::db::{self, Opened};

    impl From<&db::Draft> for PracticeLabel {
        fn from(draft: &db::Draft) -> Self {
            PracticeLabel {
                title: draft.answers.practice.title.clone(),
                reference: draft.reference.clone(),
                has_emailed_link: draft.resume_link_sent_to.is_some(),
            }
        }
    }

    /// What the waiting emailed link opens, and what this browser's cookie opens.
    pub async fn both(state: &AppState) -> Result<(Option<Opened>, Option<Opened>), AppError> {
        use crate::submission::{saving::opened, session};
        let now = chrono::Utc::now();
        let link = session::pending_link();
        let cookie = session::draft_token();
        Ok((
            opened(state, link.as_ref(), AccessUse::OpenEmailedLink, now).await?,
            opened(state, cookie.as_ref(), AccessUse::Wizard, now).await?,
        ))
    }
}

/// The question's two practices; `None` when there is nothing to choose (the link expired, or
/// the question was answered already).
#[server(endpoint = "draft_choice")]
pub async fn load_draft_choice() -> Result<Option<DraftChoice>, AppError> {
    let state = crate::state::app_state()?;
    Ok(match server::both(&state).await? {
        (Some(linked), Some(in_browser)) => Some(DraftChoice {
            in_browser: PracticeLabel::from(&in_browser.draft),
            in_link: PracticeLabel::from(&linked.draft),
        }),
        _ => None,
    })
}

/// Continues the practice of the link (`keep=link`) or the one this browser works on
/// (`keep=browser`).
#[server(endpoint = "choose_draft")]
pub async fn choose_draft(keep: String, #[server(default)] lang: Lang) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    let secure = state.serves_https();
    let (linked, in_browser) = server::both(&state).await?;
    let chosen = match keep.as_str() {
        "link" => match linked {
            Some(linked) => {
                let kind = crate::submission::access::AccessKind::Browser;
                let cookie =
                    crate::submission::db::add_access(&state.db, linked.draft.id, kind, None, now)
                        .await?;
                crate::submission::session::remember_draft(&cookie, secure);
                Some(linked.draft)
            }
            None => None,
        },
        "browser" => in_browser.map(|opened| opened.draft),
        _ => return Err(AppError::BadRequest("unknown choice".to_owned())),
    };
    crate::submission::session::forget_pending_link(secure);
    let destination = match chosen {
        Some(draft) => crate::submission::resume_link::destination(&state, &draft, now).await?,
        None => "/submit".to_owned(),
    };
    leptos_axum::redirect(&lang.href(&destination));
    Ok(())
}

/// One answer to the question: a form of its own, so that it works without JavaScript.
#[component]
fn ChoiceForm(
    action: ServerAction<ChooseDraft>,
    keep: &'static str,
    class: &'static str,
    label: String,
) -> impl IntoView {
    view! {
        <ActionForm action>
            <input type="hidden" name="keep" value=keep />
            <input type="hidden" name="lang" value=use_lang().code() />
            <button type="submit" class=class>{label}</button>
        </ActionForm>
    }
}

#[component]
pub fn ChoosePage() -> impl IntoView {
    let choice = Resource::new(|| (), |_| load_draft_choice());
    let choose = ServerAction::<ChooseDraft>::new();
    let question = move |choice: Option<DraftChoice>| match choice {
        Some(choice) => view! {
            <p>{t_with("choose-question", [
                ("in_browser", choice.in_browser.name().into()),
                ("in_link", choice.in_link.name().into()),
            ])}</p>
            {(!choice.in_browser.has_emailed_link).then(|| view! {
                <p class="notice">{t("choose-no-link-warning")}</p>
            })}
            <div class="choice">
                <ChoiceForm action=choose keep="link" class="button button--primary"
                    label=t_with("choose-continue", [("practice", choice.in_link.name().into())]) />
                <ChoiceForm action=choose keep="browser" class="button"
                    label=t_with("choose-keep", [("practice", choice.in_browser.name().into())]) />
            </div>
        }
        .into_any(),
        None => view! {
            <p>{around(
                "choose-nothing",
                "link",
                view! { <a href=localized("/submit")>{t("choose-continue-submission")}</a> },
                [],
            )}</p>
        }
        .into_any(),
    };
    view! {
        <Page title=t("choose-title") narrow=true>
            <ServerData resource=choice view=question />
        </Page>
    }
}
