### The emails the site writes itself, in the language the person used. Plain text: a blank
### line is a new paragraph. Links stand alone on their line.

## The wizard's links.

email-resume-subject = Votre brouillon pour l’appel ouvert du European Heritage Hub
email-resume-body =
    Bonjour,

    Vous avez commencé à décrire une bonne pratique pour l’appel ouvert du European Heritage Hub. Vos réponses sont enregistrées au fur et à mesure. Pour continuer, sur cet appareil ou sur un autre, ouvrez le lien suivant :

    { $link }

    Ne communiquez ce lien à personne : quiconque le possède peut lire et modifier votre brouillon.

    L’appel se clôture le { $closes }.

    European Heritage Hub
email-manage-subject = Votre lien vers la pratique { $reference }
email-manage-body =
    Bonjour,

    Vous avez demandé à recevoir de nouveau votre lien. Votre pratique { $reference } a été envoyée à l’appel ouvert du European Heritage Hub. Pour la consulter, la modifier jusqu’à la clôture de l’appel ou la retirer, ouvrez le lien suivant :

    { $link }

    Ne communiquez ce lien à personne : quiconque le possède peut modifier votre soumission. Les liens qui vous ont été envoyés auparavant restent valables.

    European Heritage Hub

## Workshops. $title is the workshop's title; $manage is the paragraph with the private link.

email-workshop-join = Participer en ligne : { $link }
email-workshop-join-later = Le lien pour participer vous sera envoyé par e-mail avant l’atelier.
email-workshop-details =
    Date : { $when }
    Durée : { $minutes ->
        [one] { $minutes } minute, en ligne
       *[other] { $minutes } minutes, en ligne
    }
    { $join }
email-workshop-manage =
    Pour consulter votre inscription, télécharger de nouveau le fichier d’agenda ou annuler votre place, ouvrez le lien suivant :

    { $link }

    Ne communiquez ce lien à personne : quiconque le possède peut annuler votre place.
email-seat-confirmed-subject = Votre place à l’atelier « { $title } »
email-seat-confirmed = Votre place est réservée pour l’atelier en ligne « { $title } ».
email-seat-promoted-subject = Une place vous est attribuée : « { $title } »
email-seat-promoted = Bonne nouvelle : une place s’est libérée pour l’atelier en ligne « { $title } », et elle vous est désormais attribuée. Vous n’avez rien à faire pour la conserver.
email-seat-reminder-subject = Demain : l’atelier « { $title } »
email-seat-reminder = Petit rappel : l’atelier en ligne « { $title } » commence bientôt, et une place vous y est réservée.
email-seat-body =
    Bonjour { $name },

    { $opening }

    { $details }

    Le fichier d’agenda joint ajoute l’atelier à votre agenda.

    { $manage }

    Si finalement vous ne pouvez pas venir, merci d’annuler votre place : elle reviendra à la personne suivante sur la liste d’attente.

    European Heritage Hub
email-waiting-subject = Vous êtes sur la liste d’attente : « { $title } »
email-waiting-body =
    Bonjour { $name },

    Toutes les places de l’atelier en ligne « { $title } » sont prises : vous êtes donc sur la liste d’attente, en position { $position }.

    Si une place se libère, elle est attribuée automatiquement à la première personne de la liste ; si c’est vous, nous vous envoyons par e-mail le lien pour participer. L’atelier a lieu le { $when }.

    { $manage }

    European Heritage Hub
email-cancelled-subject = Votre place est annulée : « { $title } »
email-cancelled-by-holder = Merci de nous avoir prévenus : elle sera attribuée à quelqu’un d’autre.
email-cancelled-by-staff = Les organisateurs l’ont annulée ; si vous pensez qu’il s’agit d’une erreur, répondez à cet e-mail.
email-cancelled-body =
    Bonjour { $name },

    Votre place à l’atelier en ligne « { $title } » est annulée. { $why }

    Vous avez changé d’avis ? Tant que les inscriptions sont ouvertes, vous pouvez vous réinscrire à l’adresse suivante : { $link }

    European Heritage Hub
email-workshop-cancelled-subject = Annulation : l’atelier « { $title } »
email-workshop-cancelled-body =
    Bonjour { $name },

    Nous sommes désolés : l’atelier en ligne « { $title } », prévu le { $when }, est annulé. Votre inscription est donc annulée elle aussi ; vous n’avez rien à faire.

    Retrouvez les autres ateliers à l’adresse { $link }

    European Heritage Hub

## Peer-learning visits. $title is the visit's title.

email-visit-where-when = { $place }, { $country }, { $dates }
email-visit-body =
    Bonjour { $name },

    { $news }

    La visite : { $title }, { $place }.

    Pour consulter votre candidature ou la retirer, ouvrez le lien suivant :

    { $link }

    Ne communiquez ce lien à personne : quiconque le possède peut retirer votre candidature.

    European Heritage Hub
email-visit-received-subject = Nous avons bien reçu votre candidature : { $title }
email-visit-received = Merci d’avoir posé votre candidature pour rejoindre la délégation. Les organisateurs choisiront les { $size } participants après la date limite ({ $deadline }) et vous communiqueront leur décision par e-mail.
email-visit-accepted-subject = Vous faites partie de la délégation : { $title }
email-visit-accepted = Bonne nouvelle : une place vous est attribuée dans la délégation. Le projet prend en charge votre voyage et votre séjour ; les organisateurs vous écriront au sujet de l’organisation pratique. Si finalement vous ne pouvez pas venir, merci de retirer votre candidature, afin que votre place revienne à quelqu’un d’autre.
email-visit-waitlisted-subject = Vous êtes sur la liste d’attente : { $title }
email-visit-waitlisted = La délégation est complète pour le moment, et vous êtes sur sa liste d’attente. Si une place se libère, les organisateurs vous la proposeront par e-mail.
email-visit-declined-subject = Votre candidature : { $title }
email-visit-declined = Merci pour votre candidature. Nous sommes désolés : la délégation n’a pas pu vous accueillir cette fois-ci. Les ateliers en ligne sont ouverts à tous ; vous les trouverez sur le site web.
