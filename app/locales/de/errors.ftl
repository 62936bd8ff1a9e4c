### What a form says about an answer it cannot take, next to the field and in the summary.

error-required = Bitte füllen Sie dieses Feld aus.
error-too-long = Verwenden Sie höchstens { $max } Zeichen (derzeit { $actual }).
error-not-a-name = Geben Sie nur einen Namen ein, ohne Web- oder E-Mail-Adressen und ohne Sonderzeichen.
error-web-address = Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt, zum Beispiel https://example.org.
error-web-address-too-long = Eine Webadresse darf höchstens 500 Zeichen lang sein.
error-year-format = Geben Sie das Jahr vierstellig ein, zum Beispiel 2021.
error-year-range = Geben Sie ein Jahr zwischen { $min } und { $max } ein.
error-no-choice = Wählen Sie eine der Optionen aus.
error-country = Wählen Sie ein Land aus der Liste aus.
error-email-empty = Geben Sie eine E-Mail-Adresse ein.
error-email-format = Geben Sie eine E-Mail-Adresse im Format name@example.org ein.
error-email-too-long = Eine E-Mail-Adresse darf höchstens 254 Zeichen lang sein.
error-no-theme = Wählen Sie mindestens eine Herausforderung aus, die das Praxisbeispiel angeht.
error-link-line = Zeile { $line }: Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt, zum Beispiel https://example.org.
error-link-line-too-long = Zeile { $line }: Eine Webadresse darf höchstens 500 Zeichen lang sein.
error-too-many-links = Geben Sie höchstens { $max } Links an.

## What a page says when a request failed.

error-not-found = Was Sie suchen, wurde nicht gefunden.
error-unavailable = Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in einem Moment erneut.
error-internal = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.
error-call-closed = Der Aufruf ist beendet: Einreichungen und Änderungen sind nicht mehr möglich.
error-registration-closed = Die Anmeldung für diesen Workshop ist nicht geöffnet.
error-withdrawn = Diese Einreichung wurde zurückgezogen: Sie kann nicht mehr geändert werden.
error-under-review = Die Begutachtung dieses Praxisbeispiels hat begonnen: Es kann nicht mehr geändert werden.
error-unauthorized = Melden Sie sich an, um fortzufahren.
error-forbidden = Ihre Rolle erlaubt diese Aktion nicht.
error-too-many-attempts = { $minutes ->
        [one] Zu viele Anmeldeversuche. Warten Sie { $minutes } Minute und versuchen Sie es dann erneut.
       *[other] Zu viele Anmeldeversuche. Warten Sie { $minutes } Minuten und versuchen Sie es dann erneut.
    }
error-rate-limited = { $minutes ->
        [one] Zu viele Anfragen von Ihrer Verbindung. Bitte versuchen Sie es in { $minutes } Minute erneut.
       *[other] Zu viele Anfragen von Ihrer Verbindung. Bitte versuchen Sie es in { $minutes } Minuten erneut.
    }
error-invalid-fields = Einige Antworten müssen geändert werden.
error-bad-request = Die Anfrage konnte nicht verarbeitet werden.
error-already-registered = { $email } ist bereits für diesen Workshop angemeldet. Die E-Mail, die wir damals geschickt haben, enthält einen Link, über den Sie diese Anmeldung ansehen oder stornieren können.
error-already-applied = { $email } hat sich bereits für diesen Besuch beworben. Die E-Mail, die wir damals geschickt haben, enthält einen Link, über den Sie diese Bewerbung ansehen oder zurückziehen können.

## A file that was not accepted, named in the message.

upload-empty = { $file } ist leer.
upload-too-large = { $file } ist größer als { $megabytes } MB. Verkleinern Sie die Datei und laden Sie sie erneut hoch.
upload-not-an-image = { $file } ist kein Bild im Format JPEG, PNG oder WebP. Laden Sie stattdessen ein JPEG-, PNG- oder WebP-Bild hoch.
upload-not-a-pdf = { $file } ist kein PDF-Dokument. Laden Sie stattdessen ein PDF-Dokument hoch.
upload-too-many-images = { $file } ist eine Datei zu viel: Sie können höchstens { $max } Bilder hochladen. Entfernen Sie zuerst ein Bild.
upload-too-many-documents = { $file } ist eine Datei zu viel: Sie können höchstens { $max } Dokumente hochladen. Entfernen Sie zuerst ein Dokument.
upload-too-many-pixels = { $file } hat mehr als 40 Millionen Pixel oder ist breiter bzw. höher als 10.000 Pixel. Verkleinern Sie das Bild und laden Sie es erneut hoch.
upload-damaged = { $file } konnte nicht gelesen werden: Die Datei scheint beschädigt zu sein. Speichern Sie sie erneut und laden Sie sie noch einmal hoch.
