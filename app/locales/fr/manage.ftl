### The pages people reach from the secret link in our emails (/manage/…): their sent practice,
### their workshop registration or their visit application, with the ways to change, cancel or
### withdraw it. Also the pages to have that link emailed again. Workshop and visit titles are
### written by staff and stay as they wrote them.
###
### Dates and times ($sent, $closes, $date) read as "Friday, 15 January 2027, 23:59 (Brussels
### time)" in the page's language.

## A sent practice's page.

manage-submission-title = Votre soumission
# $reference is the practice's reference, such as "EHH-2027-0042".
manage-submission-heading = Votre pratique { $reference }
manage-submission-changed = Vos modifications ont bien été envoyées.
manage-submission-withdrawn = Vous avez retiré cette pratique de l’appel. Elle ne sera pas évaluée.
manage-submission-sent = Envoyée le { $sent }. L’appel se clôture le { $closes }.
manage-submission-change = Modifier mes réponses
manage-submission-answers = Vos réponses telles qu’envoyées
manage-submission-withdraw-heading = Retirer votre pratique
manage-submission-withdraw-text = Si vous la retirez, elle quitte l’appel et ne sera pas évaluée. Cette action est irréversible.
manage-submission-withdraw-confirm = Je souhaite retirer cette pratique de l’appel.
manage-submission-withdraw = Retirer ma pratique

## A workshop registration's page: the place as it is now, the details, the calendar file, and
## cancelling.

manage-registration-title = Votre inscription à l’atelier
# $workshop is the workshop's title.
manage-registration-heading = Votre inscription : { $workshop }
manage-registration-workshop-cancelled = Cet atelier a été annulé.
manage-registration-workshop-cancelled-details = Votre inscription est donc annulée elle aussi.
manage-registration-seat = Votre place est réservée.
# $link is the meeting's address, as a link.
manage-registration-join-online = Participer en ligne : { $link }
manage-registration-link-follows = Le lien pour participer vous sera envoyé par e-mail avant l’atelier.
# $position counts from 1.
manage-registration-waiting = Vous êtes en position { $position } sur la liste d’attente.
manage-registration-waiting-details = Si une place se libère, elle vous est attribuée automatiquement et nous vous prévenons par e-mail.
manage-registration-cancelled = Votre place est annulée.
manage-registration-cancelled-thanks = Merci de nous avoir prévenus.
# $link is a link to the workshop's page whose text is manage-registration-sign-up-again.
manage-registration-sign-up-again-while-open = { $link } tant que les inscriptions sont ouvertes.
manage-registration-sign-up-again = Réinscrivez-vous
manage-registration-when = Date
manage-registration-duration = Durée
manage-registration-duration-value = { $minutes ->
        [one] { $minutes } minute, en ligne
       *[other] { $minutes } minutes, en ligne
    }
manage-registration-name = Nom
manage-registration-email = Adresse e-mail
manage-registration-registered = Date d’inscription
manage-registration-calendar = Télécharger le fichier d’agenda (.ics)
manage-registration-cancel-heading = Annuler votre place
manage-registration-cancel-text = Si vous ne pouvez pas venir, annulez ici : votre place revient aussitôt à la première personne de la liste d’attente.
manage-registration-cancel-confirm = Je souhaite renoncer à ma place à cet atelier.
manage-registration-cancel = Annuler ma place

## A visit application's page: its state as staff last decided it, and withdrawing it.

manage-application-title = Votre candidature
# $visit is the visit's title.
manage-application-heading = Votre candidature : { $visit }
manage-application-status-applied = Reçue, décision en attente
manage-application-status-accepted = Acceptée
manage-application-status-waitlisted = Sur liste d’attente
manage-application-status-declined = Non retenue
manage-application-status-withdrawn = Retirée
manage-application-applied = Vous avez postulé le { $date }.
manage-application-about-visit = À propos de la visite
manage-application-withdraw-heading = Retirer votre candidature
manage-application-withdraw-text = Si vous ne pouvez pas venir, retirez-la ici, afin que votre place puisse revenir à quelqu’un d’autre.
manage-application-withdraw-confirm = Je souhaite retirer ma candidature.
manage-application-withdraw = Retirer ma candidature

## "Email me my link again", for someone who lost the link to their draft or sent practice, and
## the page after it, which reads the same whether or not we know the address.

resend-title = Me renvoyer mon lien par e-mail
resend-text = Vous avez perdu le lien vers votre brouillon ou votre pratique envoyée ? Saisissez l’adresse e-mail indiquée dans le formulaire. Si nous avons un brouillon ou une pratique associés à cette adresse, nous vous envoyons un nouveau lien par e-mail. Les liens envoyés auparavant restent valables.
resend-email = Adresse e-mail
resend-send = M’envoyer mon lien par e-mail
link-sent-title = Consultez votre messagerie
link-sent-text = S’il existe un brouillon ou une pratique envoyée pour cette adresse, nous vous avons envoyé un lien par e-mail. Il peut mettre quelques minutes à arriver ; pensez aussi à vérifier votre dossier de courrier indésirable.
link-sent-start-new = Commencer une nouvelle soumission
