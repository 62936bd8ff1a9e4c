### The frame of every page: navigation, footer, language choice, dates, and the pages for
### addresses that lead nowhere.

skip-link = Skip to main content
nav-label = Main
nav-menu = Menu
nav-home = Home
nav-submit = Submit a practice
nav-practices = Practices
nav-workshops = Workshops
nav-visits = Visits
footer-about = An open call for good practices in cultural heritage across Europe and the Caucasus.
footer-privacy = Privacy
footer-accessibility = Accessibility

## The language switcher and the offer of the visitor's own language. The offer is shown in
## the offered language, to someone whose browser or earlier choice prefers it.

language-switcher-label = Language
language-offer-label = Language
language-offer = This page is also available in English.
language-offer-action = Read it in English
language-offer-stay = Stay in this language

## Dates. $date is a long date such as "Friday 15 January 2027", $time a 24-hour time.

datetime-brussels = { $date }, { $time } (Brussels time)
time-left-weeks = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }{ $days ->
        [0] {""}
        [one] {" "}and { $days } day
       *[other] {" "}and { $days } days
    }
time-left-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
time-left-hours = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
time-left-less-than-an-hour = less than an hour

## The page for an address that leads nowhere.

not-found-title = Page not found
not-found-text = There is no page at this address. It may have moved, or the link may be mistyped.
not-found-you-can = You can:
not-found-home = go to the home page and read about the open call
not-found-practices = browse the selected good practices
not-found-workshops = see the upcoming online workshops

## Form fields and lists, on every page with a form or several pages of results.

form-optional = { $label } (optional)
form-not-given = Not given
form-choose = Choose…
form-error-prefix = Error:{" "}
form-error-summary = There is a problem
pagination-previous = Previous page
pagination-next = Next page
pagination-page = Page { $page } of { $pages }
loading = Loading…
