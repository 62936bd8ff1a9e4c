//! The HTML shell, the router and the list of pages.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    Lazy, ParamSegment, SsrMode, StaticSegment,
    components::{Route, Router, Routes},
    path,
};

use crate::components::{Layout, NotFound};
use crate::i18n::{LanguagePrefix, PAGE_SCRIPT_ID, provide_i18n};

/// The name shown in titles and the header.
pub const SITE_NAME: &str = "European Heritage Hub";

/// The whole document. On the server it also hands on the per-request nonce that the
/// hydration scripts carry, for the page's Content-Security-Policy.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    share_nonce();
    let i18n = provide_i18n();
    #[cfg(feature = "ssr")]
    let (page_script, alternates) = (i18n.page_script(), language_alternates());
    #[cfg(not(feature = "ssr"))]
    let (page_script, alternates) = (String::new(), ());
    view! {
        <!DOCTYPE html>
        <html lang=i18n.lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="alternate" type="application/atom+xml" title="Good practices" href="/practices.atom" />
                {alternates}
                <script type="application/json" id=PAGE_SCRIPT_ID nonce=leptos::nonce::use_nonce() inner_html=page_script></script>
                <AutoReload options=options.clone() />
                <HydrationScript options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The page's address in every language, for search engines (`hreflang`); English is also the
/// default for other languages. Staff pages have only English.
#[cfg(feature = "ssr")]
fn language_alternates() -> Option<impl IntoView> {
    let parts = use_context::<http::request::Parts>()?;
    let base = crate::state::app_state().ok()?.public_url;
    let (_, path) = crate::i18n::Lang::split_path(parts.uri.path());
    if path == "/admin" || path.starts_with("/admin/") {
        return None;
    }
    let link = move |hreflang: &'static str, lang: crate::i18n::Lang| {
        view! { <link rel="alternate" hreflang=hreflang href=format!("{base}{}", lang.href(path)) /> }
    };
    Some(view! {
        {crate::i18n::Lang::ALL.map(|lang| link(lang.code(), lang))}
        {link("x-default", crate::i18n::Lang::En)}
    })
}

/// Loads and starts the browser bundle once the document has been parsed. Leptos'
/// `HydrationScripts` also preloads the wasm from the head, which on a slow connection shares
/// the line with the page's own first paint (Lighthouse put `/submit`'s largest paint at 2.4 s
/// with the preload, 1.7 s without): the page reads and works without the bundle, so it waits.
/// The script itself, 7 KB, is still preloaded.
#[component]
fn HydrationScript(options: LeptosOptions) -> impl IntoView {
    let bundle = format!("/{}/{}", options.site_pkg_dir, options.output_name);
    let nonce = leptos::nonce::use_nonce();
    let start = format!(
        "import init, {{ hydrate }} from '{bundle}.js';\
         init({{ module_or_path: '{bundle}.wasm' }}).then(() => hydrate());"
    );
    view! {
        <link rel="modulepreload" href=format!("{bundle}.js") />
        <script type="module" nonce=nonce>{start}</script>
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
    provide_i18n();
    // Every page renders completely before it is sent: it must read the same without
    // JavaScript, and a 404 must be known before the status line goes out.
    // A public page's address may start with a language (`/fr/practices`); staff pages are
    // English only.
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
                    <Route path=(LanguagePrefix, StaticSegment("")) view=pages::HomePage ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("submit")) view={Lazy::<pages::wizard::Submit>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("submit"), StaticSegment("sent")) view={Lazy::<pages::wizard::Sent>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("submit"), StaticSegment("resend")) view={Lazy::<pages::wizard::Resend>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("submit"), StaticSegment("link-sent")) view={Lazy::<pages::wizard::LinkSent>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("submit"), StaticSegment("choose")) view={Lazy::<pages::wizard::Choose>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("manage"), ParamSegment("token")) view={Lazy::<pages::manage::Manage>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("submit"), ParamSegment("step")) view={Lazy::<pages::wizard::WizardStep>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("practices")) view={Lazy::<pages::practices::Practices>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("practices"), ParamSegment("slug")) view={Lazy::<pages::practice::Practice>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("workshops")) view={Lazy::<pages::events::Workshops>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("workshops"), ParamSegment("slug")) view={Lazy::<pages::events::Workshop>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("visits")) view={Lazy::<pages::events::Visits>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("visits"), ParamSegment("slug")) view={Lazy::<pages::events::Visit>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("privacy")) view={Lazy::<pages::info::Privacy>::new()} ssr=ssr.clone() />
                    <Route path=(LanguagePrefix, StaticSegment("accessibility")) view={Lazy::<pages::info::Accessibility>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin") view={Lazy::<pages::staff::Dashboard>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/login") view={Lazy::<pages::staff::SignIn>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/submissions") view={Lazy::<pages::staff::ReviewList>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/submissions/:id") view={Lazy::<pages::staff::ReviewSubmission>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/login/code") view={Lazy::<pages::staff::SignInCode>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/account") view={Lazy::<pages::staff::Account>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/users") view={Lazy::<pages::staff::StaffUsers>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/invitation/:token") view={Lazy::<pages::staff::Invitation>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/practices") view={Lazy::<pages::staff::PracticesAdmin>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/practices/:id") view={Lazy::<pages::staff::PracticeEditor>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/workshops") view={Lazy::<pages::staff::WorkshopsAdmin>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/workshops/:id") view={Lazy::<pages::staff::WorkshopEditor>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/visits") view={Lazy::<pages::staff::VisitsAdmin>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/visits/:id") view={Lazy::<pages::staff::VisitEditor>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/outbox") view={Lazy::<pages::staff::Outbox>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/templates") view={Lazy::<pages::staff::Templates>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/settings") view={Lazy::<pages::staff::Settings>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/privacy") view={Lazy::<pages::staff::PrivacyAdmin>::new()} ssr=ssr.clone() />
                    <Route path=path!("/admin/audit") view={Lazy::<pages::staff::AuditLog>::new()} ssr />
                </Routes>
            </Layout>
        </Router>
    }
}

/// Every page but the home page is lazily loaded (built with `cargo leptos build --split`): a
/// visitor downloads the code of the pages they open, not the wizard or the staff area. A page's
/// parts load once the main bundle runs (Leptos 0.8's preload links for them do not reach the
/// page's head). The home page, where most visits start, stays in the main bundle: split out,
/// its shared parts would weigh more than it does.
///
/// Pages that are used together load together: one split point per group below, not per page.
/// wasm-split cuts one part per set of split points that share code, so split points per page
/// (33 of them) made about 540 parts, and a first visit to `/submit` fetched 253 files, each a
/// request and a module for the main thread to instantiate. The gallery's two pages, where
/// visitors arrive from search engines and links, keep a split point each.
///
/// A lazy page hydrates only once its part has arrived, after the rest of the document. Every
/// page marks `<html data-hydrated>` when it has hydrated, which the browser tests wait for.
mod pages {
    use leptos::prelude::*;

    /// `page_group!(name: Route = page; ...)` makes module `name` with one lazily loaded
    /// function that renders any page of the group, and a `LazyRoute` per page that calls it.
    /// The pages' code is reachable only through that function, so it lands in the group's part.
    macro_rules! page_group {
        ($group:ident: $($route:ident = $page:path;)*) => {
            pub mod $group {
                use leptos::prelude::*;

                #[derive(Clone, Copy)]
                pub enum Page {
                    $($route,)*
                }

                #[leptos::lazy($group)]
                fn render(page: Page) -> AnyView {
                    Effect::new(|_| super::mark_hydrated());
                    match page {
                        $(Page::$route => untrack($page).into_any(),)*
                    }
                }

                $(
                    pub struct $route;

                    impl leptos_router::LazyRoute for $route {
                        fn data() -> Self {
                            Self
                        }

                        async fn view(_route: Self) -> AnyView {
                            render(Page::$route).await
                        }

                        async fn preload() {
                            #[cfg(feature = "hydrate")]
                            __preload_render().await;
                        }
                    }
                )*
            }
        };
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

    page_group!(wizard:
        Submit = crate::submission::SubmitPage;
        WizardStep = crate::submission::WizardStepPage;
        Sent = crate::submission::SentPage;
        Resend = crate::submission::ResendPage;
        LinkSent = crate::submission::LinkSentPage;
        Choose = crate::submission::ChoosePage;
    );
    page_group!(manage: Manage = crate::manage::ManagePage;);
    page_group!(practices: Practices = crate::gallery::PracticesPage;);
    page_group!(practice: Practice = crate::gallery::PracticePage;);
    page_group!(events:
        Workshops = crate::workshops::WorkshopsPage;
        Workshop = crate::workshops::WorkshopPage;
        Visits = crate::visits::VisitsPage;
        Visit = crate::visits::VisitPage;
    );
    page_group!(info:
        Privacy = crate::info::PrivacyPage;
        Accessibility = crate::info::AccessibilityPage;
    );
    page_group!(staff:
        SignIn = crate::auth::SignInPage;
        SignInCode = crate::auth::SignInCodePage;
        Invitation = crate::auth::InvitationPage;
        Account = crate::auth::AccountPage;
        StaffUsers = crate::auth::StaffUsersPage;
        Dashboard = crate::admin::DashboardPage;
        ReviewList = crate::review::ReviewListPage;
        ReviewSubmission = crate::review::ReviewSubmissionPage;
        PracticesAdmin = crate::gallery::PracticesAdminPage;
        PracticeEditor = crate::gallery::PracticeEditorPage;
        WorkshopsAdmin = crate::workshops::admin::WorkshopsAdminPage;
        WorkshopEditor = crate::workshops::admin::WorkshopEditorPage;
        VisitsAdmin = crate::visits::admin::VisitsAdminPage;
        VisitEditor = crate::visits::admin::VisitEditorPage;
        Outbox = crate::outbox::OutboxPage;
        Templates = crate::notifications::TemplatesPage;
        Settings = crate::settings::SettingsPage;
        PrivacyAdmin = crate::privacy::PrivacyAdminPage;
        AuditLog = crate::audit::AuditLogPage;
    );
}
