//! The privacy notice and the accessibility statement.

use crate::components::Page;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <Page
            title="Privacy notice"
            lead="This notice explains what personal data the European Heritage Hub open call \
                  collects, why, how long it is kept and what your rights are under the General Data \
                  Protection Regulation (GDPR)."
            narrow=true
        >
            <h2>"What we collect"</h2>
            <ul>
                <li>"When you submit a practice: your name, email address, role and organisation, and the description, images and documents you provide."</li>
                <li>"When you register for a workshop or apply for a visit: your name, email address, organisation, country, role and any accessibility needs you tell us about."</li>
                <li>"For staff: name, email address and a record of the changes they make."</li>
            </ul>
            <p>"We do not use tracking cookies or third-party analytics. The only cookie is a session cookie for staff who sign in."</p>
            <h2>"Why we use it"</h2>
            <ul>
                <li>"To run the open call: to review your practice, tell you the decision and, if it is selected, publish it. The legal basis is your consent, which you give when you submit."</li>
                <li>"To organise workshops and visits you sign up for, and to send you the related emails."</li>
                <li>"Your contact details are never published. A selected practice is published without personal contact data."</li>
            </ul>
            <h2>"How long we keep it"</h2>
            <ul>
                <li>"Unfinished drafts are deleted after a set period."</li>
                <li>"Submissions that are not selected are deleted a set number of months after the call closes."</li>
                <li>"Selected practices stay published for the duration of the project."</li>
            </ul>
            <h2>"Your rights"</h2>
            <p>
                "You can ask to see the data we hold about you, to correct it, to receive a copy, or to "
                "have it erased, and you can withdraw your consent at any time. Use the personal link in "
                "any email we sent you, or write to the call's organisers. You also have the right to "
                "lodge a complaint with your data protection authority."
            </p>
        </Page>
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <Page
            title="Accessibility statement"
            lead="We want everyone to be able to take part in the open call, including people who \
                  use assistive technology, a keyboard only, a slow connection or a small screen."
            narrow=true
        >
            <h2>"How accessible this site is"</h2>
            <p>
                "The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. "
                "Every page is checked automatically with axe-core in our test suite, and every form "
                "works without JavaScript."
            </p>
            <ul>
                <li>"All pages can be used with a keyboard, with a visible focus indicator and a link to skip to the main content."</li>
                <li>"Form fields have labels, errors are described next to each field and summarised at the top of the form."</li>
                <li>"Text can be resized to 200% and the layout adapts to narrow screens."</li>
                <li>"Images in published practices carry text alternatives."</li>
            </ul>
            <h2>"Known limitations"</h2>
            <p>"Documents uploaded by applicants (PDF files) may not be fully accessible. Ask us for an accessible version of any document."</p>
            <h2>"Feedback"</h2>
            <p>
                "If you find a barrier on this site, please tell the call's organisers. We aim to reply "
                "within five working days."
            </p>
        </Page>
    }
}
