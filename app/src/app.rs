//! The HTML shell, the router and the list of pages.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    Lazy, SsrMode, StaticSegment,
    components::{Route, Router, Routes},
    path,
};

use crate::components::{Layout, NotFound};

/// The name shown in titles and the header.
pub const SITE_NAME: &str = "European Heritage Hub";

/// The whole document. On the server it also hands on the per-request nonce that the
/// hydration scripts carry, for the page's Content-Security-Policy.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    share_nonce();
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

/// Where a page leaves the nonce its scripts carry, for the server to name in the page's
/// Content-Security-Policy (`server::security_headers`). The server puts an empty one into
/// every request. It does not go through Leptos' response options: a header set there was
/// now and then missing from the response (about one page in ten in a browser test of
/// `/manage/{token}`), which left the page without styles and scripts.
#[cfg(feature = "ssr")]
#[derive(Clone, Default)]
pub struct PageNonce(pub std::sync::Arc<std::sync::Mutex<Option<String>>>);

#[cfg(feature = "ssr")]
fn share_nonce() {
    let Some(nonce) = leptos::nonce::use_nonce() else {
        return;
    };
    if let Some(slot) = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<PageNonce>().cloned())
    {
        // The latest render's: a read that did not answer in time is rendered again.
        *slot
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(nonce.to_string());
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
        // The empty text stands while a page's own title is on its way: its code loads lazily.
        <Title text="" formatter=|title: String| {
            crate::components::raw_element_text(
                if title.is_empty() { SITE_NAME.to_owned() } else { format!("{title} · {SITE_NAME}") },
            )
        } />
        <Router>
            <Layout>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=StaticSegment("") view=pages::HomePage ssr=ssr.clone() />
                    <Route path=path!("/submit") view={Lazy::<pages::SubmitPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/submit/sent") view={Lazy::<pages::SentPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/submit/resend") view={Lazy::<pages::ResendPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/submit/link-sent") view={Lazy::<pages::LinkSentPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/manage/:token") view={Lazy::<pages::ManagePage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/submit/:step") view={Lazy::<pages::WizardStepPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/practices") view={Lazy::<pages::PracticesPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/practices/:slug") view={Lazy::<pages::PracticePage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/workshops") view={Lazy::<pages::WorkshopsPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/workshops/:slug") view={Lazy::<pages::WorkshopPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/visits") view={Lazy::<pages::VisitsPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/visits/:slug") view={Lazy::<pages::VisitPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/privacy") view={Lazy::<pages::PrivacyPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/accessibility") view={Lazy::<pages::AccessibilityPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin") view={Lazy::<pages::DashboardPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/login") view={Lazy::<pages::SignInPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/submissions") view={Lazy::<pages::ReviewListPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/submissions/:id") view={Lazy::<pages::ReviewSubmissionPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/login/code") view={Lazy::<pages::SignInCodePage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/account") view={Lazy::<pages::AccountPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/users") view={Lazy::<pages::StaffUsersPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/invitation/:token") view={Lazy::<pages::InvitationPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/practices") view={Lazy::<pages::PracticesAdminPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/practices/:id") view={Lazy::<pages::PracticeEditorPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/workshops") view={Lazy::<pages::WorkshopsAdminPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/workshops/:id") view={Lazy::<pages::WorkshopEditorPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/visits") view={Lazy::<pages::VisitsAdminPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/visits/:id") view={Lazy::<pages::VisitEditorPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/outbox") view={Lazy::<pages::OutboxPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/templates") view={Lazy::<pages::TemplatesPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/settings") view={Lazy::<pages::SettingsPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/privacy") view={Lazy::<pages::PrivacyAdminPage>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/audit") view={Lazy::<pages::AuditLogPage>::new()} ssr />
                </Routes>
            </Layout>
        </Router>
    }
}

/// Every page but the home page is a lazily loaded part of the browser bundle (built with
/// `cargo leptos build --split`): a visitor downloads the code of the pages they open, not the
/// wizard or the staff area. The server names the parts a page needs in `modulepreload` links,
/// so they load beside the main bundle rather than after it. The home page, where most visits
/// start, stays in the main bundle: split out, its shared parts would weigh more than it does.
///
/// A lazy page hydrates only once its part has arrived, after the rest of the document. Every
/// page marks `<html data-hydrated>` when it has hydrated, which the browser tests wait for.
mod pages {
    use leptos::prelude::*;
    use leptos_router::{LazyRoute, lazy_route};

    macro_rules! lazy_pages {
        ($($name:ident = $page:path;)*) => {$(
            pub struct $name;

            #[lazy_route]
            impl LazyRoute for $name {
                fn data() -> Self {
                    Self
                }

                fn view(_route: Self) -> AnyView {
                    Effect::new(|_| mark_hydrated());
                    untrack($page).into_any()
                }
            }
        )*};
    }

    fn mark_hydrated() {
        #[cfg(feature = "hydrate")]
        if let Some(root) = document().document_element() {
            _ = root.set_attribute("data-hydrated", "");
        }
    }

    #[component]
    pub fn HomePage() -> impl IntoView {
        Effect::new(|_| mark_hydrated());
        crate::home::HomePage()
    }

    lazy_pages! {
        SubmitPage = crate::submission::SubmitPage;
        SentPage = crate::submission::SentPage;
        ResendPage = crate::submission::ResendPage;
        LinkSentPage = crate::submission::LinkSentPage;
        WizardStepPage = crate::submission::WizardStepPage;
        ManagePage = crate::manage::ManagePage;
        PracticesPage = crate::gallery::PracticesPage;
        PracticePage = crate::gallery::PracticePage;
        WorkshopsPage = crate::workshops::WorkshopsPage;
        WorkshopPage = crate::workshops::WorkshopPage;
        VisitsPage = crate::visits::VisitsPage;
        VisitPage = crate::visits::VisitPage;
        PrivacyPage = crate::info::PrivacyPage;
        AccessibilityPage = crate::info::AccessibilityPage;
        DashboardPage = crate::admin::DashboardPage;
        SignInPage = crate::auth::SignInPage;
        ReviewListPage = crate::review::ReviewListPage;
        ReviewSubmissionPage = crate::review::ReviewSubmissionPage;
        SignInCodePage = crate::auth::SignInCodePage;
        AccountPage = crate::auth::AccountPage;
        StaffUsersPage = crate::auth::StaffUsersPage;
        InvitationPage = crate::auth::InvitationPage;
        PracticesAdminPage = crate::gallery::PracticesAdminPage;
        PracticeEditorPage = crate::gallery::PracticeEditorPage;
        WorkshopsAdminPage = crate::workshops::admin::WorkshopsAdminPage;
        WorkshopEditorPage = crate::workshops::admin::WorkshopEditorPage;
        VisitsAdminPage = crate::visits::admin::VisitsAdminPage;
        VisitEditorPage = crate::visits::admin::VisitEditorPage;
        OutboxPage = crate::outbox::OutboxPage;
        TemplatesPage = crate::notifications::TemplatesPage;
        SettingsPage = crate::settings::SettingsPage;
        PrivacyAdminPage = crate::privacy::PrivacyAdminPage;
        AuditLogPage = crate::audit::AuditLogPage;
    }
}
