### The emails the site writes itself, in the language the person used. Plain text: a blank
### line is a new paragraph. Links stand alone on their line.

## The wizard's links.

email-resume-subject = Ihr Entwurf für den offenen Aufruf des European Heritage Hub
email-resume-body =
    Guten Tag,

    Sie haben begonnen, ein Good-Practice-Beispiel für den offenen Aufruf des European Heritage Hub zu beschreiben. Ihre Antworten werden laufend gespeichert. Um fortzufahren – auf diesem oder einem anderen Gerät –, öffnen Sie:

    { $link }

    Bitte geben Sie diesen Link nicht weiter: Wer ihn hat, kann Ihren Entwurf lesen und ändern.

    Der Aufruf endet am { $closes }.

    European Heritage Hub
email-manage-subject = Ihr Link zum Praxisbeispiel { $reference }
email-manage-body =
    Guten Tag,

    Sie haben Ihren Link erneut angefordert. Ihr Praxisbeispiel { $reference } wurde beim offenen Aufruf des European Heritage Hub eingereicht. Um es anzusehen, bis zum Ende des Aufrufs zu ändern oder zurückzuziehen, öffnen Sie:

    { $link }

    Bitte geben Sie diesen Link nicht weiter: Wer ihn hat, kann Ihre Einreichung ändern. Bereits verschickte Links bleiben gültig.

    European Heritage Hub

## Workshops. $title is the workshop's title; $manage is the paragraph with the private link.

email-workshop-join = Online teilnehmen: { $link }
email-workshop-join-later = Den Link zur Teilnahme erhalten Sie vor dem Workshop per E-Mail.
email-workshop-details =
    Wann: { $when }
    Dauer: { $minutes } Minuten, online
    { $join }
email-workshop-manage =
    Um Ihre Anmeldung anzusehen, die Kalenderdatei erneut herunterzuladen oder Ihren Platz zu stornieren, öffnen Sie:

    { $link }

    Bitte geben Sie diesen Link nicht weiter: Wer ihn hat, kann Ihren Platz stornieren.
email-seat-confirmed-subject = Ihr Platz im Workshop „{ $title }“
email-seat-confirmed = Ihr Platz im Online-Workshop „{ $title }“ ist reserviert.
email-seat-promoted-subject = Ein Platz für Sie: „{ $title }“
email-seat-promoted = gute Nachrichten: Im Online-Workshop „{ $title }“ ist ein Platz frei geworden, und er gehört jetzt Ihnen. Sie müssen nichts tun, um ihn zu behalten.
email-seat-reminder-subject = Morgen: der Workshop „{ $title }“
email-seat-reminder = zur Erinnerung: Der Online-Workshop „{ $title }“ beginnt bald, und Ihr Platz ist reserviert.
email-seat-body =
    Guten Tag { $name },

    { $opening }

    { $details }

    Mit der angehängten Kalenderdatei können Sie den Workshop in Ihren Kalender eintragen.

    { $manage }

    Falls Sie doch nicht teilnehmen können, stornieren Sie bitte Ihren Platz: Er geht dann an die nächste Person auf der Warteliste.

    European Heritage Hub
email-waiting-subject = Sie stehen auf der Warteliste: „{ $title }“
email-waiting-body =
    Guten Tag { $name },

    alle Plätze im Online-Workshop „{ $title }“ sind vergeben. Sie stehen daher auf Platz { $position } der Warteliste.

    Wird ein Platz frei, geht er automatisch an die erste Person auf der Warteliste, und wir senden Ihnen den Link zur Teilnahme per E-Mail. Der Workshop findet am { $when } statt.

    { $manage }

    European Heritage Hub
email-cancelled-subject = Ihr Platz ist storniert: „{ $title }“
email-cancelled-by-holder = Vielen Dank, dass Sie uns Bescheid gegeben haben: Ihr Platz geht an eine andere Person.
email-cancelled-by-staff = Die Organisatoren haben ihn storniert. Wenn Sie das für einen Irrtum halten, antworten Sie bitte auf diese E-Mail.
email-cancelled-body =
    Guten Tag { $name },

    Ihr Platz im Online-Workshop „{ $title }“ ist storniert. { $why }

    Sie haben es sich anders überlegt? Solange die Anmeldung geöffnet ist, können Sie sich hier erneut anmelden: { $link }

    European Heritage Hub
email-workshop-cancelled-subject = Abgesagt: der Workshop „{ $title }“
email-workshop-cancelled-body =
    Guten Tag { $name },

    leider müssen wir Ihnen mitteilen, dass der Online-Workshop „{ $title }“, der am { $when } stattfinden sollte, abgesagt ist. Ihre Anmeldung ist damit ebenfalls storniert; Sie müssen nichts weiter tun.

    Die anderen Workshops finden Sie hier: { $link }

    European Heritage Hub

## Peer-learning visits. $title is the visit's title.

email-visit-where-when = { $place }, { $country }, { $dates }
email-visit-body =
    Guten Tag { $name },

    { $news }

    Der Besuch: { $title }, { $place }.

    Um Ihre Bewerbung anzusehen oder zurückzuziehen, öffnen Sie:

    { $link }

    Bitte geben Sie diesen Link nicht weiter: Wer ihn hat, kann Ihre Bewerbung zurückziehen.

    European Heritage Hub
email-visit-received-subject = Ihre Bewerbung ist eingegangen: { $title }
email-visit-received = vielen Dank für Ihre Bewerbung um die Teilnahme an der Delegation. Die Organisatoren wählen die { $size } Teilnehmenden nach Ablauf der Bewerbungsfrist am { $deadline } aus und teilen Ihnen ihre Entscheidung per E-Mail mit.
email-visit-accepted-subject = Sie sind Teil der Delegation: { $title }
email-visit-accepted = gute Nachrichten: Sie haben einen Platz in der Delegation. Das Projekt übernimmt Ihre Reise- und Aufenthaltskosten; die Organisatoren melden sich bei Ihnen zu den weiteren Einzelheiten. Falls Sie doch nicht teilnehmen können, ziehen Sie Ihre Bewerbung bitte zurück, damit Ihr Platz an eine andere Person gehen kann.
email-visit-waitlisted-subject = Sie stehen auf der Warteliste: { $title }
email-visit-waitlisted = die Delegation ist derzeit vollständig, und Sie stehen auf der Warteliste. Wird ein Platz frei, bieten die Organisatoren ihn Ihnen per E-Mail an.
email-visit-declined-subject = Ihre Bewerbung: { $title }
email-visit-declined = vielen Dank für Ihre Bewerbung. Leider konnten wir Sie diesmal nicht in die Delegation aufnehmen. Die Online-Workshops stehen allen offen; Sie finden sie auf der Website.
