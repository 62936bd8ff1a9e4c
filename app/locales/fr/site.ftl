### The frame of every page: navigation, footer, language choice, dates, and the pages for
### addresses that lead nowhere.

skip-link = Aller au contenu principal
nav-label = Navigation principale
nav-menu = Menu
nav-home = Accueil
nav-submit = Soumettre une pratique
nav-practices = Pratiques
nav-workshops = Ateliers
nav-visits = Visites
footer-about = Un appel ouvert pour recueillir des bonnes pratiques en matière de patrimoine culturel dans toute l’Europe et le Caucase.
footer-privacy = Confidentialité
footer-accessibility = Accessibilité

## The language switcher and the offer of the visitor's own language. The offer is shown in
## the offered language, to someone whose browser or earlier choice prefers it.

language-switcher-label = Langue
language-offer-label = Langue
language-offer = Cette page existe aussi en français.
language-offer-action = Lire en français
language-offer-stay = Rester dans cette langue

## Dates. $date is a long date such as "Friday 15 January 2027", $time a 24-hour time.

datetime-brussels = { $date } à { $time } (heure de Bruxelles)
time-left-weeks = { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }{ $days ->
        [0] {""}
        [one] {" "}et { $days } jour
       *[other] {" "}et { $days } jours
    }
time-left-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
time-left-hours = { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
time-left-less-than-an-hour = moins d’une heure

## The page for an address that leads nowhere.

not-found-title = Page introuvable
not-found-text = Aucune page ne se trouve à cette adresse. Elle a peut-être été déplacée, ou le lien contient une erreur de saisie.
not-found-you-can = Vous pouvez :
not-found-home = vous rendre sur la page d’accueil pour en savoir plus sur l’appel ouvert
not-found-practices = parcourir les bonnes pratiques sélectionnées
not-found-workshops = consulter les prochains ateliers en ligne

## Form fields and lists, on every page with a form or several pages of results.

form-optional = { $label } (facultatif)
form-not-given = Non renseigné
form-choose = Choisir…
form-error-prefix = Erreur :{" "}
form-error-summary = Il y a un problème
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-page = Page { $page } sur { $pages }
loading = Chargement…
