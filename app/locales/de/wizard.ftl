### The submission wizard: its steps, their questions, review, sending and the pages around it.

## Step 7: the consents given when sending.

consent-processing = Ich bin damit einverstanden, dass der European Heritage Hub die Angaben in dieser Einreichung für die Durchführung des offenen Aufrufs verarbeitet, wie in der Datenschutzerklärung beschrieben.
consent-publication = Ich bin damit einverstanden, dass das Praxisbeispiel im Falle einer Auswahl vom European Heritage Hub veröffentlicht und bekannt gemacht wird, ohne meine Kontaktdaten.
consent-image-rights = Ich bestätige, dass ich die Rechte an den hochgeladenen Bildern besitze oder die Erlaubnis habe, sie unter der gewählten Lizenz zu veröffentlichen.
consent-contact = Sie dürfen mich zu den Online-Workshops und Peer-Learning-Besuchen kontaktieren.
consent-processing-required = Stimmen Sie der Verarbeitung Ihrer Einreichung zu, um sie abzusenden.
consent-publication-required = Stimmen Sie der Veröffentlichung Ihres Praxisbeispiels im Falle einer Auswahl zu, um es abzusenden.
consent-image-rights-required = Bestätigen Sie die Rechte an Ihren Bildern oder entfernen Sie die Bilder, um die Einreichung abzusenden.

## The steps, as the list of steps, the headings and the titles name them.

step-organisation = Sie und Ihre Organisation
step-practice = Das Praxisbeispiel
step-transformation = Dreifache Transformation
step-impact = Wirkung und Übertragbarkeit
step-peer-learning = Peer-Learning
step-media = Bilder und Dokumente
step-review = Prüfen und absenden
step-heading = Schritt { $number } von { $steps }: { $title }
steps-label = Schritte des Formulars
steps-complete = {" "}(vollständig)

## Around the steps' forms.

wizard-kicker = Praxisbeispiel einreichen
wizard-not-complete = Noch nicht vollständig: { $step }
wizard-send-changes = Meine Änderungen absenden
wizard-send = Mein Praxisbeispiel absenden
wizard-save-continue = Speichern und weiter
wizard-back = Zurück zu „{ $step }“
wizard-saved = Ihre Antworten auf dieser Seite sind gespeichert.
wizard-not-saved = Noch nicht gespeichert: { $problem }
wizard-withdrawn = Das Praxisbeispiel { $reference } wurde aus dem Aufruf zurückgezogen. Es kann nicht mehr geändert werden.
wizard-not-open = Der Aufruf ist noch nicht geöffnet. Bitte kommen Sie wieder, sobald er startet.
wizard-sent-closed = Das Praxisbeispiel { $reference } wurde abgesendet. Der Aufruf endete am { $date }, daher kann es nicht mehr geändert werden.
wizard-closed = Der Aufruf endete am { $date }. Entwürfe können nicht mehr abgesendet werden.
wizard-intro = Ihre Antworten werden bei jedem Schritt gespeichert. Wir senden Ihnen per E-Mail einen persönlichen Link, damit Sie später auf jedem Gerät weitermachen können. Der Aufruf endet am { $date }.
wizard-lost-link = Sie haben bereits begonnen und Ihren Link verloren? { $link }
wizard-resend-link = Meinen Link erneut per E-Mail senden
wizard-changing-sent = Sie ändern das bereits abgesendete Praxisbeispiel { $reference }. Die Gutachterinnen und Gutachter sehen Ihre Änderungen, sobald Sie sie im letzten Schritt erneut absenden – vor Ende des Aufrufs am { $date }.
wizard-link-opens-nothing = Dieser Link führt zu nichts
wizard-link-opens-nothing-text = Zu diesem Link wurde keine Einreichung gefunden. Möglicherweise ist der Link unvollständig: Kopieren Sie die ganze Adresse aus der E-Mail.

## After sending.

sent-title = Vielen Dank: Ihr Praxisbeispiel wurde abgesendet
sent-changes = Ihre Änderungen wurden abgesendet.
sent-reference = Ihre Referenznummer
sent-emailed = Wir haben Ihnen eine Bestätigung mit einer Zusammenfassung per E-Mail geschickt, dazu einen persönlichen Link, über den Sie Ihre Einreichung ansehen, bis zum Ende des Aufrufs ändern oder zurückziehen können.
sent-next = Wie es weitergeht
sent-review = Nach Ende des Aufrufs am { $date } begutachten Fachleute jedes Praxisbeispiel. Die Entscheidung erhalten Sie per E-Mail.
sent-home = Zurück zur Startseite
sent-nothing = Hier gibt es kein abgesendetes Praxisbeispiel anzuzeigen. { $link }
sent-start = Einreichung beginnen oder fortsetzen

## When an emailed link is opened in a browser that works on another practice.

choose-title = Mit welchem Praxisbeispiel möchten Sie weitermachen?
choose-untitled = Ihr Praxisbeispiel (noch ohne Titel)
choose-titled = „{ $title }“
choose-question = In diesem Browser wird bereits ein Praxisbeispiel bearbeitet: { $in_browser }. Der Link, den Sie geöffnet haben, führt zu: { $in_link }. Wählen Sie, welches Sie hier fortsetzen möchten; das andere bleibt unverändert.
choose-no-link-warning = Für das Praxisbeispiel in diesem Browser ist noch keine E-Mail-Adresse angegeben, daher wurde kein Link dazu verschickt: Wenn Sie es verlassen, können Sie nicht mehr dorthin zurückkehren.
choose-continue = { $practice } fortsetzen
choose-keep = Weiterhin { $practice } bearbeiten
choose-nothing = Es gibt nichts auszuwählen: Der Link ist abgelaufen oder wurde bereits verwendet. { $link }.
choose-continue-submission = Ihre Einreichung fortsetzen
