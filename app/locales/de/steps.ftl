### The questions of the wizard's seven steps, and the review of the whole answer before it is
### sent. Some labels of the questions also name the answers in the review.

## Step 1: you and your organisation.

organisation-first-name = Vorname
organisation-last-name = Nachname
organisation-email = E-Mail-Adresse
organisation-email-hint = An diese Adresse senden wir Ihren persönlichen Link und die Bestätigung. Sie wird nie veröffentlicht.
organisation-role = Ihre Funktion oder Position
organisation-name = Organisation
organisation-type = Art der Organisation
organisation-website = Website
organisation-website-hint = Zum Beispiel https://www.example.org
organisation-city-region = Stadt oder Region
organisation-country = Land

## Step 2: the practice. $max is the most characters an answer may have.

practice-language = Sprache, in der Sie das Praxisbeispiel beschreiben
practice-language-hint = Wenn das Praxisbeispiel ausgewählt wird, zeigt seine Seite Ihre Texte so, wie Sie sie geschrieben haben, mit dem Hinweis, dass sie in dieser Sprache verfasst sind.
practice-title = Titel des Praxisbeispiels
practice-summary = Kurze Zusammenfassung
practice-summary-hint = Höchstens { $max } Zeichen. Das lesen die Menschen zuerst.
practice-description = Ausführliche Beschreibung
practice-description-hint = Höchstens { $max } Zeichen: was Sie getan haben, warum, mit wem und wie.
practice-city-region = Ort: Stadt oder Region
practice-country = Ort: Land
practice-status = Läuft das Praxisbeispiel noch, oder ist es abgeschlossen?
practice-status-ongoing = Laufend
practice-status-completed = Abgeschlossen
practice-start-year = Jahr des Beginns
practice-start-year-hint = Zum Beispiel 2021
practice-partners = Partner und Beteiligte
practice-target-groups = Zielgruppen
# The budget is chosen among these bands, in euros.
practice-budget = Budget
practice-budget-under-10k = Weniger als 10.000 €
practice-budget-10k-50k = 10.000 € bis 50.000 €
practice-budget-50k-250k = 50.000 € bis 250.000 €
practice-budget-250k-1m = 250.000 € bis 1 Million €
practice-budget-over-1m = Mehr als 1 Million €
practice-funding-sources = Finanzierungsquellen

## Step 3: the triple transformation. Each challenge (theme-environmental, theme-digital,
## theme-social) is a box to tick, with the question how the practice tackles it.

transformation-intro = Welche Herausforderungen der dreifachen Transformation geht das Praxisbeispiel an? Wählen Sie mindestens eine aus, und beschreiben Sie, wie.
transformation-how-environmental = Wie geht es die ökologische Herausforderung an?
transformation-how-digital = Wie geht es die digitale Herausforderung an?
transformation-how-social = Wie geht es die soziale Herausforderung an?
# $max is the most characters the answer may have.
transformation-how-hint = Nur nötig, wenn Sie das Kästchen oben angekreuzt haben. Höchstens { $max } Zeichen.

## Step 4: impact and transferability.

impact-results = Ergebnisse und Nachweise
# $max is the most characters the answer may have.
impact-results-hint = Indikatoren und Zahlen, die zeigen, was sich verändert hat. Höchstens { $max } Zeichen.
impact-lessons = Erkenntnisse
impact-transferability = Wie könnte eine andere Stadt oder Region es übernehmen?
impact-requirements = Was wäre dafür nötig?
impact-requirements-hint = Personal, Kompetenzen, Geld, Regelungen, Zeit.

## Step 5: peer learning. The yes and no answers are also shown in the review.

peer-learning-host = Würden Sie einen Peer-Learning-Besuch für eine Delegation von etwa 20 Personen ausrichten?
peer-learning-host-hint = Der Besuch wird vom Projekt finanziert. Wenn Ihr Praxisbeispiel ausgewählt wird, besprechen wir die Einzelheiten mit Ihnen.
peer-learning-if-hosting = Wenn Sie einen Besuch ausrichten würden:
peer-learning-host-city = Gaststadt oder -region
peer-learning-host-period = Bevorzugter Zeitraum
peer-learning-host-period-hint = Zum Beispiel: Frühjahr 2025
peer-learning-host-organiser = Wer würde ihn organisieren?
peer-learning-workshop = Möchten Sie Ihr Praxisbeispiel in einem Online-Workshop vorstellen?
peer-learning-yes = Ja
peer-learning-no = Nein

## Step 6: images and documents. Every uploaded image gets its own questions.

media-images = Bilder
media-images-text = Fotos oder Pläne des Praxisbeispiels. Beschreiben Sie jedes Bild, damit alle folgen können, und wählen Sie die Lizenz, unter der es veröffentlicht werden darf.
media-documents = Dokumente
# $file is the name of the uploaded file, such as "balcony.jpg".
media-image-about = Angaben zu { $file }
media-alt-text = Was das Bild zeigt
# $max is the most characters the answer may have.
media-alt-text-hint = Für Menschen, die es nicht sehen können, zum Beispiel: Freiwillige reparieren ein Holzdach. Höchstens { $max } Zeichen.
media-caption = Bildunterschrift
media-credit = Bildnachweis
media-credit-hint = Zum Beispiel: © Nino Beridze
media-licence = Lizenz
# The names of the Creative Commons licences stay as they are.
media-licence-cc-by = CC BY 4.0
media-licence-cc-by-sa = CC BY-SA 4.0
media-licence-cc0 = CC0 (gemeinfrei)
media-licence-all-rights-reserved = Alle Rechte vorbehalten, Veröffentlichung mit Genehmigung
media-links = Video- oder Weblinks
# $max is the most links that may be given.
media-links-hint = Eine Adresse pro Zeile, höchstens { $max }. Zum Beispiel ein Video über das Praxisbeispiel oder ein Bericht.

## Step 7: the review of every answer, part by part, before sending. Each part is titled with
## its step's name and lists the answers given, each under a short label.

review-intro = Prüfen Sie Ihre Antworten. Sie können jeden Teil ändern, bevor Sie absenden.
review-incomplete = Dieser Teil ist noch nicht vollständig.
# A link to a part's step. $part is the step's name, read out by screen readers but not shown.
review-change = Ändern { $part }
review-name = Name
review-role = Funktion
review-type = Art
review-place = Ort
review-title = Titel
review-summary = Zusammenfassung
review-description = Beschreibung
review-where = Ort
review-status = Status
review-started = Beginn
review-adopt = Wie andere es übernehmen könnten
review-adopt-needs = Was dafür nötig wäre
review-would-host = Würde einen Besuch ausrichten
review-organiser = Organisation des Besuchs
review-would-present = Würde in einem Workshop präsentieren
review-image = Bild
review-document = Dokument
review-links = Links
# An uploaded file's name, and for an image what it shows.
review-file-described = { $file }: { $description }
review-consents = Einwilligungen
# $link is a link whose text is review-privacy-link.
review-privacy = Lesen Sie die { $link }, um zu erfahren, wie wir Ihre Angaben verwenden.
review-privacy-link = Datenschutzerklärung
