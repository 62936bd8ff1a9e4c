//! The HTML shell, the router and the list of pages.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    SsrMode, StaticSegment,
    components::{Route, Router, Routes},
    path,
};

use crate::admin::DashboardPage;
use crate::audit::AuditLogPage;
use crate::auth::{AccountPage, InvitationPage, SignInCodePage, SignInPage, StaffUsersPage};
use crate::components::{Layout, NotFound};
use crate::gallery::{PracticeEditorPage, PracticePage, PracticesAdminPage, PracticesPage};
use crate::home::HomePage;
use crate::info::{AccessibilityPage, PrivacyPage};
use crate::manage::ManagePage;
use crate::notifications::TemplatesPage;
use crate::outbox::OutboxPage;
use crate::privacy::PrivacyAdminPage;
use crate::review::{ReviewListPage, ReviewSubmissionPage};
use crate::settings::SettingsPage;
use crate::submission::{LinkSentPage, ResendPage, SentPage, SubmitPage, WizardStepPage};
use crate::visits::admin::{VisitEditorPage, VisitsAdminPage};
use crate::visits::{VisitPage, VisitsPage};
use crate::workshops::admin::{WorkshopEditorPage, WorkshopsAdminPage};
use crate::workshops::{WorkshopPage, WorkshopsPage};

/// The name shown in titles and the header.
pub const SITE_NAME: &str = "European Heritage Hub";

/// The whole document. On the server it also sets the per-request Content-Security-Policy,
/// whose nonce the hydration scripts carry.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    set_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="alternate" type="application/atom+xml" title="Good practices" href="/practices.atom" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[cfg(feature = "ssr")]
fn set_content_security_policy() {
    use http::{HeaderValue, header::CONTENT_SECURITY_POLICY};
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    // 'self' stays in script-src for the module preload of the hydration bundle, which carries
    // no nonce; inline scripts need the nonce.
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(CONTENT_SECURITY_POLICY, value);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Every page renders completely before it is sent: it must read the same without
    // JavaScript, and a 404 must be known before the status line goes out.
    let ssr = SsrMode::Async;
    view! {
        <Stylesheet id="leptos" href="/pkg/heritage-hub.css" />
        <Title formatter=|title: String| {
            crate::components::raw_element_text(
                if title.is_empty() { SITE_NAME.to_owned() } else { format!("{title} · {SITE_NAME}") },
            )
        } />
        <Router>
            <Layout>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=StaticSegment("") view=HomePage ssr=ssr.clone() />
                    <Route path=path!("/submit") view=SubmitPage ssr=ssr.clone() />
                    <Route path=path!("/submit/sent") view=SentPage ssr=ssr.clone() />
                    <Route path=path!("/submit/resend") view=ResendPage ssr=ssr.clone() />
                    <Route path=path!("/submit/link-sent") view=LinkSentPage ssr=ssr.clone() />
                    <Route path=path!("/manage/:token") view=ManagePage ssr=ssr.clone() />
                    <Route path=path!("/submit/:step") view=WizardStepPage ssr=ssr.clone() />
                    <Route path=path!("/practices") view=PracticesPage ssr=ssr.clone() />
                    <Route path=path!("/practices/:slug") view=PracticePage ssr=ssr.clone() />
                    <Route path=path!("/workshops") view=WorkshopsPage ssr=ssr.clone() />
                    <Route path=path!("/workshops/:slug") view=WorkshopPage ssr=ssr.clone() />
                    <Route path=path!("/visits") view=VisitsPage ssr=ssr.clone() />
                    <Route path=path!("/visits/:slug") view=VisitPage ssr=ssr.clone() />
                    <Route path=path!("/privacy") view=PrivacyPage ssr=ssr.clone() />
                    <Route path=path!("/accessibility") view=AccessibilityPage ssr=ssr.clone() />
                    <Route path=path!("/admin") view=DashboardPage ssr=ssr.clone() />
                    <Route path=path!("/admin/login") view=SignInPage ssr=ssr.clone() />
                    <Route path=path!("/admin/submissions") view=ReviewListPage ssr=ssr.clone() />
                    <Route path=path!("/admin/submissions/:id") view=ReviewSubmissionPage ssr=ssr.clone() />
                    <Route path=path!("/admin/login/code") view=SignInCodePage ssr=ssr.clone() />
                    <Route path=path!("/admin/account") view=AccountPage ssr=ssr.clone() />
                    <Route path=path!("/admin/users") view=StaffUsersPage ssr=ssr.clone() />
                    <Route path=path!("/admin/invitation/:token") view=InvitationPage ssr=ssr.clone() />
                    <Route path=path!("/admin/practices") view=PracticesAdminPage ssr=ssr.clone() />
                    <Route path=path!("/admin/practices/:id") view=PracticeEditorPage ssr=ssr.clone() />
                    <Route path=path!("/admin/workshops") view=WorkshopsAdminPage ssr=ssr.clone() />
                    <Route path=path!("/admin/workshops/:id") view=WorkshopEditorPage ssr=ssr.clone() />
                    <Route path=path!("/admin/visits") view=VisitsAdminPage ssr=ssr.clone() />
                    <Route path=path!("/admin/visits/:id") view=VisitEditorPage ssr=ssr.clone() />
                    <Route path=path!("/admin/outbox") view=OutboxPage ssr=ssr.clone() />
                    <Route path=path!("/admin/templates") view=TemplatesPage ssr=ssr.clone() />
                    <Route path=path!("/admin/settings") view=SettingsPage ssr=ssr.clone() />
                    <Route path=path!("/admin/privacy") view=PrivacyAdminPage ssr=ssr.clone() />
                    <Route path=path!("/admin/audit") view=AuditLogPage ssr />
                </Routes>
            </Layout>
        </Router>
    }
}
