### The frame of every page: navigation, footer, language choice, dates, and the pages for
### addresses that lead nowhere.

skip-link = Zum Hauptinhalt springen
nav-label = Hauptnavigation
nav-menu = Menü
nav-home = Startseite
nav-submit = Praxisbeispiel einreichen
nav-practices = Praxisbeispiele
nav-workshops = Workshops
nav-visits = Besuche
footer-about = Ein offener Aufruf für Good-Practice-Beispiele im Bereich des Kulturerbes in ganz Europa und im Kaukasus.
footer-privacy = Datenschutz
footer-accessibility = Barrierefreiheit

## The language switcher and the offer of the visitor's own language. The offer is shown in
## the offered language, to someone whose browser or earlier choice prefers it.

language-switcher-label = Sprache
language-offer-label = Sprache
language-offer = Diese Seite gibt es auch auf Deutsch.
language-offer-action = Auf Deutsch lesen
language-offer-stay = In dieser Sprache bleiben

## Dates. $date is a long date such as "Friday 15 January 2027", $time a 24-hour time.

datetime-brussels = { $date }, { $time } Uhr (Brüsseler Zeit)
time-left-weeks = { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }{ $days ->
        [0] {""}
        [one] {" "}und { $days } Tag
       *[other] {" "}und { $days } Tage
    }
time-left-days = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
time-left-hours = { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }
time-left-less-than-an-hour = weniger als eine Stunde

## The page for an address that leads nowhere.

not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es keine Seite. Möglicherweise wurde sie verschoben, oder der Link ist fehlerhaft.
not-found-you-can = Sie können:
not-found-home = zur Startseite gehen und mehr über den offenen Aufruf erfahren
not-found-practices = die ausgewählten Good-Practice-Beispiele ansehen
not-found-workshops = die kommenden Online-Workshops ansehen

## Form fields and lists, on every page with a form or several pages of results.

form-optional = { $label } (optional)
form-not-given = Keine Angabe
form-choose = Bitte wählen…
form-error-prefix = Fehler:{" "}
form-error-summary = Es ist ein Problem aufgetreten
pagination-previous = Vorherige Seite
pagination-next = Nächste Seite
pagination-page = Seite { $page } von { $pages }
loading = Wird geladen…
