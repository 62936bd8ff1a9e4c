### What a form says about an answer it cannot take, next to the field and in the summary.

error-required = Veuillez remplir ce champ.
error-too-long = Utilisez { $max } caractères au maximum (vous en avez { $actual }).
error-not-a-name = Indiquez uniquement un nom, sans adresse web, adresse e-mail ni caractères spéciaux.
error-web-address = Saisissez une adresse web commençant par https:// ou http://, par exemple https://example.org.
error-web-address-too-long = Une adresse web ne peut pas dépasser 500 caractères.
error-year-format = Saisissez l’année en quatre chiffres, par exemple 2021.
error-year-range = Saisissez une année comprise entre { $min } et { $max }.
error-no-choice = Choisissez l’une des options.
error-country = Choisissez un pays dans la liste.
error-email-empty = Saisissez une adresse e-mail.
error-email-format = Saisissez une adresse e-mail au format nom@example.org.
error-email-too-long = Une adresse e-mail ne peut pas dépasser 254 caractères.
error-no-theme = Choisissez au moins un défi auquel la pratique répond.
error-link-line = Ligne { $line } : saisissez une adresse web commençant par https:// ou http://, par exemple https://example.org.
error-link-line-too-long = Ligne { $line } : une adresse web ne peut pas dépasser 500 caractères.
error-too-many-links = Ajoutez { $max } liens au maximum.

## What a page says when a request failed.

error-not-found = Ce que vous cherchez est introuvable.
error-unavailable = Le service est temporairement indisponible. Veuillez réessayer dans un instant.
error-internal = Une erreur s’est produite de notre côté. Veuillez réessayer.
error-call-closed = L’appel est clos : il n’accepte plus de soumissions ni de modifications.
error-registration-closed = Les inscriptions à cet atelier ne sont pas ouvertes.
error-withdrawn = Cette soumission a été retirée : elle ne peut plus être modifiée.
error-under-review = L’évaluation de cette pratique a commencé : elle ne peut plus être modifiée.
error-unauthorized = Connectez-vous pour continuer.
error-forbidden = Votre rôle ne permet pas cette action.
error-too-many-attempts = Trop de tentatives de connexion. Attendez { $minutes } minutes, puis réessayez.
error-rate-limited = { $minutes ->
        [one] Trop de requêtes depuis votre connexion. Veuillez réessayer dans { $minutes } minute.
       *[other] Trop de requêtes depuis votre connexion. Veuillez réessayer dans { $minutes } minutes.
    }
error-invalid-fields = Certaines réponses doivent être corrigées.
error-bad-request = La requête n’a pas pu être comprise.
error-already-registered = L’adresse { $email } est déjà inscrite à cet atelier. L’e-mail que nous vous avons alors envoyé contient un lien pour consulter ou annuler cette inscription.
error-already-applied = Une candidature a déjà été envoyée pour cette visite avec l’adresse { $email }. L’e-mail que nous vous avons alors envoyé contient un lien pour consulter ou retirer cette candidature.

## A file that was not accepted, named in the message.

upload-empty = Le fichier { $file } est vide.
upload-too-large = Le fichier { $file } dépasse { $megabytes } Mo. Réduisez sa taille et téléversez-le à nouveau.
upload-not-an-image = Le fichier { $file } n’est pas une image JPEG, PNG ou WebP. Téléversez plutôt une image JPEG, PNG ou WebP.
upload-not-a-pdf = Le fichier { $file } n’est pas un document PDF. Téléversez plutôt un document PDF.
upload-too-many-images = Le fichier { $file } est en trop : vous pouvez téléverser { $max } images au maximum. Retirez-en d’abord une.
upload-too-many-documents = Le fichier { $file } est en trop : vous pouvez téléverser { $max } documents au maximum. Retirez-en d’abord un.
upload-too-many-pixels = Le fichier { $file } dépasse 40 millions de pixels, ou mesure plus de 10 000 pixels de large ou de haut. Réduisez sa taille et téléversez-le à nouveau.
upload-damaged = Le fichier { $file } n’a pas pu être lu : il semble endommagé. Enregistrez-le de nouveau, puis téléversez-le à nouveau.
