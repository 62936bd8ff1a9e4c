//! The three funded peer-learning visits.

use crate::components::Page;
use leptos::prelude::*;

#[component]
pub fn VisitsPage() -> impl IntoView {
    view! {
        <Page
            title="Peer-learning visits"
            lead="Three on-site visits let policymakers, city practitioners and heritage professionals \
                  learn from each other and from experts, where a selected practice happens."
            narrow=true
        >
            <ul>
                <li>"Two visits to cities or regions in Europe."</li>
                <li>"One visit to a city or region in Armenia, Azerbaijan or Georgia."</li>
                <li>"Each visit welcomes a delegation of 20 participants, funded by the project."</li>
            </ul>
            <h2>"Hosting a visit"</h2>
            <p>
                "Cities and regions whose practice is selected can offer to host a visit. You can say "
                "so when you "<a href="/submit">"submit your practice"</a>"."
            </p>
            <h2>"Joining a delegation"</h2>
            <p>
                "The host cities and dates are announced on this page after the selection, with a form "
                "to apply to join a delegation."
            </p>
        </Page>
    }
}
