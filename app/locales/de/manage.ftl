### The pages people reach from the secret link in our emails (/manage/…): their sent practice,
### their workshop registration or their visit application, with the ways to change, cancel or
### withdraw it. Also the pages to have that link emailed again. Workshop and visit titles are
### written by staff and stay as they wrote them.
###
### Dates and times ($sent, $closes, $date) read as "Friday, 15 January 2027, 23:59 (Brussels
### time)" in the page's language.

## A sent practice's page.

manage-submission-title = Ihre Einreichung
# $reference is the practice's reference, such as "EHH-2027-0042".
manage-submission-heading = Ihr Praxisbeispiel { $reference }
manage-submission-changed = Ihre Änderungen wurden abgesendet.
manage-submission-withdrawn = Sie haben dieses Praxisbeispiel aus dem Aufruf zurückgezogen. Es wird nicht begutachtet.
manage-submission-sent = Abgesendet am { $sent }. Der Aufruf endet am { $closes }.
manage-submission-change = Meine Antworten ändern
manage-submission-answers = Ihre Antworten, wie abgesendet
manage-submission-withdraw-heading = Praxisbeispiel zurückziehen
manage-submission-withdraw-text = Wenn Sie es zurückziehen, scheidet es aus dem Aufruf aus und wird nicht begutachtet. Dies kann nicht rückgängig gemacht werden.
manage-submission-withdraw-confirm = Ich möchte dieses Praxisbeispiel aus dem Aufruf zurückziehen.
manage-submission-withdraw = Mein Praxisbeispiel zurückziehen

## A workshop registration's page: the place as it is now, the details, the calendar file, and
## cancelling.

manage-registration-title = Ihre Anmeldung zum Workshop
# $workshop is the workshop's title.
manage-registration-heading = Ihre Anmeldung: { $workshop }
manage-registration-workshop-cancelled = Dieser Workshop wurde abgesagt.
manage-registration-workshop-cancelled-details = Ihre Anmeldung ist damit ebenfalls storniert.
manage-registration-seat = Ihr Platz ist reserviert.
# $link is the meeting's address, as a link.
manage-registration-join-online = Online teilnehmen: { $link }
manage-registration-link-follows = Den Link zur Teilnahme erhalten Sie vor dem Workshop per E-Mail.
# $position counts from 1.
manage-registration-waiting = Sie stehen auf Platz { $position } der Warteliste.
manage-registration-waiting-details = Wenn ein Platz frei wird, erhalten Sie ihn automatisch, und wir benachrichtigen Sie per E-Mail.
manage-registration-cancelled = Ihr Platz ist storniert.
manage-registration-cancelled-thanks = Vielen Dank, dass Sie uns Bescheid gegeben haben.
# $link is a link to the workshop's page whose text is manage-registration-sign-up-again.
manage-registration-sign-up-again-while-open = { $link }, solange die Anmeldung geöffnet ist.
manage-registration-sign-up-again = Erneut anmelden
manage-registration-when = Wann
manage-registration-duration = Dauer
manage-registration-duration-value = { $minutes ->
        [one] { $minutes } Minute, online
       *[other] { $minutes } Minuten, online
    }
manage-registration-name = Name
manage-registration-email = E-Mail
manage-registration-registered = Angemeldet am
manage-registration-calendar = Kalenderdatei herunterladen (.ics)
manage-registration-cancel-heading = Platz stornieren
manage-registration-cancel-text = Wenn Sie nicht teilnehmen können, stornieren Sie bitte hier: Ihr Platz geht sofort an die erste Person auf der Warteliste.
manage-registration-cancel-confirm = Ich möchte meinen Platz in diesem Workshop freigeben.
manage-registration-cancel = Meinen Platz stornieren

## A visit application's page: its state as staff last decided it, and withdrawing it.

manage-application-title = Ihre Bewerbung
# $visit is the visit's title.
manage-application-heading = Ihre Bewerbung: { $visit }
manage-application-status-applied = Eingegangen, noch nicht entschieden
manage-application-status-accepted = Angenommen
manage-application-status-waitlisted = Auf der Warteliste
manage-application-status-declined = Nicht angenommen
manage-application-status-withdrawn = Zurückgezogen
manage-application-applied = Sie haben sich am { $date } beworben.
manage-application-about-visit = Über den Besuch
manage-application-withdraw-heading = Bewerbung zurückziehen
manage-application-withdraw-text = Wenn Sie nicht teilnehmen können, ziehen Sie Ihre Bewerbung bitte hier zurück, damit Ihr Platz an jemand anderen gehen kann.
manage-application-withdraw-confirm = Ich möchte meine Bewerbung zurückziehen.
manage-application-withdraw = Meine Bewerbung zurückziehen

## "Email me my link again", for someone who lost the link to their draft or sent practice, and
## the page after it, which reads the same whether or not we know the address.

resend-title = Meinen Link erneut per E-Mail senden
resend-text = Sie haben den Link zu Ihrem Entwurf oder zu Ihrem abgesendeten Praxisbeispiel verloren? Geben Sie die E-Mail-Adresse ein, die Sie im Formular angegeben haben. Wenn zu dieser Adresse ein Entwurf oder ein Praxisbeispiel vorliegt, senden wir Ihnen einen neuen Link per E-Mail. Bereits verschickte Links bleiben gültig.
resend-email = E-Mail-Adresse
resend-send = Link per E-Mail senden
link-sent-title = Bitte prüfen Sie Ihre E-Mails
link-sent-text = Wenn zu dieser Adresse ein Entwurf oder ein abgesendetes Praxisbeispiel vorliegt, haben wir Ihnen einen Link dazu per E-Mail geschickt. Es kann einige Minuten dauern, bis er ankommt; sehen Sie bitte auch in Ihrem Spam-Ordner nach.
link-sent-start-new = Neue Einreichung beginnen
