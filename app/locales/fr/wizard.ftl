### The submission wizard: its steps, their questions, review, sending and the pages around it.

## Step 7: the consents given when sending.

consent-processing = J’accepte que le European Heritage Hub traite les informations de cette soumission pour la gestion de l’appel ouvert, comme l’explique la politique de confidentialité.
consent-publication = Si la pratique est sélectionnée, j’accepte qu’elle soit publiée et promue par le European Heritage Hub, sans mes coordonnées.
consent-image-rights = Je confirme détenir les droits sur les images que j’ai téléversées, ou avoir l’autorisation de les publier sous la licence que j’ai choisie.
consent-contact = Vous pouvez me contacter au sujet des ateliers en ligne et des visites d’apprentissage entre pairs.
consent-processing-required = Pour envoyer votre pratique, acceptez le traitement de votre soumission.
consent-publication-required = Pour envoyer votre pratique, acceptez sa publication si elle est sélectionnée.
consent-image-rights-required = Pour envoyer votre pratique, confirmez que vous détenez les droits sur vos images, ou retirez ces images.

## The steps, as the list of steps, the headings and the titles name them.

step-organisation = Vous et votre organisation
step-practice = La pratique
step-transformation = Triple transformation
step-impact = Impact et transférabilité
step-peer-learning = Apprentissage entre pairs
step-media = Images et documents
step-review = Vérification et envoi
step-heading = Étape { $number } sur { $steps } : { $title }
steps-label = Étapes du formulaire
steps-complete = {" "}(terminée)

## Around the steps' forms.

wizard-kicker = Soumettre une bonne pratique
wizard-not-complete = L’étape « { $step } » n’est pas encore complète.
wizard-send-changes = Envoyer mes modifications
wizard-send = Envoyer ma pratique
wizard-save-continue = Enregistrer et continuer
wizard-back = Retour à l’étape « { $step } »
wizard-saved = Vos réponses sur cette page sont enregistrées.
wizard-not-saved = Pas encore enregistré : { $problem }
wizard-withdrawn = La pratique { $reference } a été retirée de l’appel. Elle ne peut plus être modifiée.
wizard-not-open = L’appel n’est pas encore ouvert. Revenez dès son ouverture.
wizard-sent-closed = La pratique { $reference } a été envoyée. L’appel s’est clôturé le { $date } : elle ne peut donc plus être modifiée.
wizard-closed = L’appel s’est clôturé le { $date }. Les brouillons ne peuvent plus être envoyés.
wizard-intro = Vos réponses sont enregistrées à chaque étape. Nous vous envoyons par e-mail un lien privé pour que vous puissiez continuer plus tard, sur n’importe quel appareil. L’appel se clôture le { $date }.
wizard-lost-link = Vous avez déjà commencé et perdu votre lien ? { $link }
wizard-resend-link = Me renvoyer mon lien par e-mail
wizard-changing-sent = Vous modifiez la pratique { $reference }, qui a déjà été envoyée. Les évaluateurs verront vos modifications une fois que vous les aurez envoyées de nouveau à la dernière étape, avant la clôture de l’appel le { $date }.
wizard-link-opens-nothing = Ce lien ne mène à rien
wizard-link-opens-nothing-text = Aucune soumission ne correspond à ce lien. Il est peut-être incomplet : copiez l’adresse en entier depuis l’e-mail.

## After sending.

sent-title = Merci : votre pratique a bien été envoyée
sent-changes = Vos modifications ont bien été envoyées.
sent-reference = Votre référence
sent-emailed = Nous vous avons envoyé par e-mail une confirmation, avec un résumé et un lien privé qui vous permet de consulter votre soumission, de la modifier jusqu’à la clôture de l’appel ou de la retirer.
sent-next = Prochaines étapes
sent-review = Des experts évaluent chaque pratique après la clôture de l’appel, le { $date }. La décision vous sera communiquée par e-mail.
sent-home = Retour à la page d’accueil
sent-nothing = Aucune pratique envoyée à afficher ici. { $link }
sent-start = Commencer ou poursuivre votre soumission

## When an emailed link is opened in a browser that works on another practice.

choose-title = Quelle pratique souhaitez-vous poursuivre ?
choose-untitled = votre pratique encore sans titre
choose-titled = « { $title } »
choose-question = Vous travaillez déjà sur { $in_browser } dans ce navigateur. Le lien que vous avez ouvert mène à { $in_link }. Choisissez la pratique à poursuivre ici ; l’autre restera telle quelle.
choose-no-link-warning = La pratique en cours dans ce navigateur n’a pas encore d’adresse e-mail : aucun lien n’a donc été envoyé pour y accéder. Si vous la quittez, vous ne pourrez plus y revenir.
choose-continue = Poursuivre { $practice }
choose-keep = Continuer à travailler sur { $practice }
choose-nothing = Il n’y a rien à choisir : le lien a expiré ou ce choix a déjà été fait. { $link }.
choose-continue-submission = Poursuivre votre soumission
