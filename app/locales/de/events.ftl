### The online workshops and the peer-learning visits: their lists, their pages, and the forms
### to sign up for a workshop or apply to join a visit. Titles, descriptions and programmes are
### written by staff and stay as they wrote them.

## The list of workshops.

workshops-title = Online-Workshops
workshops-lead = In vier thematischen Workshops unter dem Motto „Lokale Geschichten teilen“ werden die ausgewählten Good-Practice-Beispiele gemeinsam mit den Menschen vorgestellt, die sie umsetzen. Sie stehen politischen Entscheidungsträgerinnen und -trägern, Fachleuten aus Städten, Fachleuten für Kulturerbe und der Zivilgesellschaft offen.
workshops-none = Es sind noch keine Workshops geplant. Schauen Sie bald wieder vorbei.
# The visitor's own time, after a date in Brussels time when their zone is another. $time is
# a date and time in the language, with the zone's name: "Sunday, 31 January 2027 at 13:00 (UTC)".
local-time = Ihre Zeit: { $time }.
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)". The visitor's
# own time may follow, as "Your time: …".
workshop-when = { $date } · online · { $minutes ->
        [one] { $minutes } Minute.
       *[other] { $minutes } Minuten.
    }

## A workshop's page: its seats, the calendar file, and where a sign-up landed.

workshop-seats-left = { $left ->
        [one] Noch { $left } von { $capacity } Plätzen frei.
       *[other] Noch { $left } von { $capacity } Plätzen frei.
    }
workshop-full = Alle { $capacity } Plätze sind vergeben. Sie können sich auf die Warteliste setzen lassen.
workshop-full-waiting = { $waiting ->
        [one] Alle { $capacity } Plätze sind vergeben, und { $waiting } Person steht auf der Warteliste. Sie können sich ebenfalls auf die Warteliste setzen lassen.
       *[other] Alle { $capacity } Plätze sind vergeben, und { $waiting } Personen stehen auf der Warteliste. Sie können sich ebenfalls auf die Warteliste setzen lassen.
    }
workshop-calendar = Zum Kalender hinzufügen (.ics)
workshop-signed-up = Ihr Platz ist reserviert.
workshop-signed-up-details = Wir haben Ihnen die Details und den Link zur Teilnahme per E-Mail geschickt.
# $position counts from 1.
workshop-waiting = Sie stehen auf Platz { $position } der Warteliste.
workshop-waiting-details = Wenn ein Platz frei wird, erhalten Sie ihn automatisch, und wir benachrichtigen Sie per E-Mail.
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)", here and below.
workshop-registration-opens = Die Anmeldung beginnt am { $date }.
workshop-registration-closed = Die Anmeldung ist geschlossen.

## The sign-up form. Its heading and button say "Join the waiting list" once every seat is taken.

workshop-sign-up = Anmelden
workshop-join-waiting-list = Auf die Warteliste setzen
workshop-sign-ups-close = Anmeldeschluss: { $date }.
workshop-email-hint = An diese Adresse senden wir die Bestätigung und den Link zur Teilnahme.
workshop-accessibility-hint = Zum Beispiel Untertitel, Gebärdensprachdolmetschen oder Unterlagen vorab.
workshop-consent = Ich bin damit einverstanden, dass meine Angaben für die Durchführung dieses Workshops verwendet werden, wie in der Datenschutzerklärung beschrieben.

## What a workshop's sign-up and a visit's application both ask about the person.

person-name = Ihr Name
person-email = E-Mail-Adresse
person-organisation = Organisation
person-organisation-type = Art der Organisation
person-country = Land
person-role = Ihre Funktion
person-accessibility-needs = Bedarf an Barrierefreiheit
person-privacy-notice = Datenschutzerklärung lesen
attendee-role-decision-making = Politische Ebene oder Entscheidungsebene
attendee-role-technical = Fachliche Ebene
attendee-role-heritage-professional = Fachperson für Kulturerbe
attendee-role-civil-society = Zivilgesellschaft
attendee-role-other = Sonstiges

## The list of visits.

visits-title = Peer-Learning-Besuche
visits-lead = Bei drei Besuchen vor Ort lernen politische Entscheidungsträgerinnen und -träger, Fachleute aus Städten und Fachleute für Kulturerbe voneinander und von Expertinnen und Experten – dort, wo ein ausgewähltes Praxisbeispiel umgesetzt wird.
visits-in-europe = Zwei Besuche in Städten oder Regionen in Europa.
visits-in-the-caucasus = Ein Besuch in einer Stadt oder Region in Armenien, Aserbaidschan oder Georgien.
visits-delegations = Jeder Besuch empfängt eine Delegation von 20 Teilnehmenden, die vom Projekt finanziert wird.
visits-heading = Die Besuche
visits-none = Die Gaststädte und Termine werden nach der Auswahl hier bekannt gegeben, zusammen mit einem Formular, mit dem Sie sich für die Teilnahme an einer Delegation bewerben können.
# $place is the host city or region, $dates as visit-dates writes them.
visits-card-meta = { $place }, { $country } · { $dates }
visits-apply-by = Bewerbung bis { $date }.
visits-hosting = Einen Besuch ausrichten
visits-hosting-text = Städte und Regionen, deren Praxisbeispiel ausgewählt wird, können anbieten, einen Besuch auszurichten.
# $link is a link whose text is visits-hosting-link.
visits-hosting-say-so = Sie können dies angeben, wenn Sie { $link }.
visits-hosting-link = Ihr Praxisbeispiel einreichen

## A visit's page.

# $start and $end are long dates such as "Tuesday 4 May 2027".
visit-dates = { $start } bis { $end }
visit-where = Ort
visit-place = { $place }, { $country }
visit-when = Zeitraum
visit-delegation = Delegation
visit-delegation-size = { $size ->
        [one] { $size } teilnehmende Person
       *[other] { $size } Teilnehmende
    }, Reise- und Aufenthaltskosten werden übernommen; bisher { $accepted } zugelassen
visit-apply-by = Bewerbungsschluss
visit-practice = Das Praxisbeispiel
visit-programme = Programm
visit-applied = Ihre Bewerbung ist eingegangen.
visit-applied-details = Wir haben Ihnen eine Eingangsbestätigung per E-Mail geschickt, mit einem Link, über den Sie Ihre Bewerbung ansehen oder zurückziehen können.
visit-applications-closed = Die Bewerbungsfrist ist abgelaufen.

## The application form.

visit-apply-heading = Für die Teilnahme an der Delegation bewerben
visit-email-hint = An diese Adresse senden wir die Eingangsbestätigung und jede Entscheidung.
visit-accessibility-hint = Zum Beispiel stufenloser Zugang, ein ruhiger Raum oder besondere Ernährungsbedürfnisse.
visit-motivation = Warum möchten Sie teilnehmen?
visit-motivation-hint = Was würden Sie einbringen, und was würden Sie in Ihre Stadt oder Region mitnehmen? Höchstens 2.000 Zeichen.
visit-consent = Ich bin damit einverstanden, dass meine Angaben für die Auswahl und Organisation der Delegation verwendet werden, wie in der Datenschutzerklärung beschrieben.
visit-apply = Bewerben
