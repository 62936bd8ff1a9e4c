### The online workshops and the peer-learning visits: their lists, their pages, and the forms
### to sign up for a workshop or apply to join a visit. Titles, descriptions and programmes are
### written by staff and stay as they wrote them.

## The list of workshops.

workshops-title = Ateliers en ligne
workshops-lead = Quatre ateliers thématiques « Partager des histoires locales » explorent les bonnes pratiques sélectionnées avec les personnes qui les mènent. Ils sont ouverts aux décideurs politiques, aux praticiens des villes, aux professionnels du patrimoine et à la société civile.
workshops-none = Aucun atelier n’est encore programmé. Revenez bientôt.
# The visitor's own time, after a date in Brussels time when their zone is another. $time is
# a date and time in the language, with the zone's name: "Sunday, 31 January 2027 at 13:00 (UTC)".
local-time = Votre heure : { $time }.
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)". The visitor's
# own time may follow, as "Your time: …".
workshop-when = { $date } · en ligne · { $minutes ->
        [one] { $minutes } minute.
       *[other] { $minutes } minutes.
    }

## A workshop's page: its seats, the calendar file, and where a sign-up landed.

workshop-seats-left = { $left ->
        [one] Il reste { $left } place sur { $capacity }.
       *[other] Il reste { $left } places sur { $capacity }.
    }
workshop-full = Les { $capacity } places sont toutes prises. Vous pouvez vous inscrire sur la liste d’attente.
workshop-full-waiting = { $waiting ->
        [one] Les { $capacity } places sont toutes prises et { $waiting } personne est sur liste d’attente. Vous pouvez vous inscrire sur la liste d’attente.
       *[other] Les { $capacity } places sont toutes prises et { $waiting } personnes sont sur liste d’attente. Vous pouvez vous inscrire sur la liste d’attente.
    }
workshop-calendar = Ajouter à votre agenda (.ics)
workshop-signed-up = Votre place est réservée.
workshop-signed-up-details = Nous vous avons envoyé par e-mail les informations pratiques et le lien pour participer.
# $position counts from 1.
workshop-waiting = Vous êtes en position { $position } sur la liste d’attente.
workshop-waiting-details = Si une place se libère, elle vous est attribuée automatiquement et nous vous prévenons par e-mail.
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)", here and below.
workshop-registration-opens = Les inscriptions ouvrent le { $date }.
workshop-registration-closed = Les inscriptions sont closes.

## The sign-up form. Its heading and button say "Join the waiting list" once every seat is taken.

workshop-sign-up = S’inscrire
workshop-join-waiting-list = S’inscrire sur la liste d’attente
workshop-sign-ups-close = Clôture des inscriptions le { $date }.
workshop-email-hint = C’est à cette adresse que nous enverrons la confirmation et le lien pour participer.
workshop-accessibility-hint = Par exemple : sous-titrage, interprétation en langue des signes ou documents transmis à l’avance.
workshop-consent = J’accepte que mes données soient utilisées pour l’organisation de cet atelier, comme l’explique la politique de confidentialité.

## What a workshop's sign-up and a visit's application both ask about the person.

person-name = Votre nom
person-email = Adresse e-mail
person-organisation = Organisation
person-organisation-type = Type d’organisation
person-country = Pays
person-role = Votre fonction
person-accessibility-needs = Besoins en matière d’accessibilité
person-privacy-notice = Lire la politique de confidentialité
attendee-role-decision-making = Niveau politique ou décisionnel
attendee-role-technical = Niveau technique
attendee-role-heritage-professional = Professionnel du patrimoine
attendee-role-civil-society = Société civile
attendee-role-other = Autre

## The list of visits.

visits-title = Visites d’apprentissage entre pairs
visits-lead = Trois visites sur site permettent aux décideurs politiques, aux praticiens des villes et aux professionnels du patrimoine d’apprendre les uns des autres et auprès d’experts, là où une pratique sélectionnée est mise en œuvre.
visits-in-europe = Deux visites dans des villes ou régions d’Europe.
visits-in-the-caucasus = Une visite dans une ville ou une région d’Arménie, d’Azerbaïdjan ou de Géorgie.
visits-delegations = Chaque visite accueille une délégation de 20 participants, financée par le projet.
visits-heading = Les visites
visits-none = Les villes d’accueil et les dates seront annoncées ici après la sélection, avec un formulaire de candidature pour rejoindre une délégation.
# $place is the host city or region, $dates as visit-dates writes them.
visits-card-meta = { $place }, { $country } · { $dates }
visits-apply-by = Candidatures jusqu’au { $date }.
visits-hosting = Accueillir une visite
visits-hosting-text = Les villes et les régions dont la pratique est sélectionnée peuvent proposer d’accueillir une visite.
# $link is a link whose text is visits-hosting-link.
visits-hosting-say-so = Vous pouvez l’indiquer lorsque vous { $link }.
visits-hosting-link = soumettez votre pratique

## A visit's page.

# $start and $end are long dates such as "Tuesday 4 May 2027".
visit-dates = du { $start } au { $end }
visit-where = Lieu
visit-place = { $place }, { $country }
visit-when = Dates
visit-delegation = Délégation
visit-delegation-size = { $size ->
        [one] { $size } participant
       *[other] { $size } participants
    }, voyage et séjour financés ; places attribuées à ce jour : { $accepted }
visit-apply-by = Date limite de candidature
visit-practice = La pratique
visit-programme = Programme
visit-applied = Votre candidature a bien été reçue.
visit-applied-details = Nous vous avons envoyé par e-mail un accusé de réception, avec un lien pour la consulter ou la retirer.
visit-applications-closed = Les candidatures sont closes.

## The application form.

visit-apply-heading = Postuler pour rejoindre la délégation
visit-email-hint = C’est à cette adresse que nous enverrons l’accusé de réception et chaque décision.
visit-accessibility-hint = Par exemple : accès de plain-pied, salle calme ou régime alimentaire particulier.
visit-motivation = Pourquoi souhaitez-vous participer ?
visit-motivation-hint = Qu’apporteriez-vous, et que rapporteriez-vous dans votre ville ou votre région ? 2 000 caractères au maximum.
visit-consent = J’accepte que mes données soient utilisées pour sélectionner et organiser la délégation, comme l’explique la politique de confidentialité.
visit-apply = Postuler
