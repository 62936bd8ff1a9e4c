### The questions of the wizard's seven steps, and the review of the whole answer before it is
### sent. Some labels of the questions also name the answers in the review.

## Step 1: you and your organisation.

organisation-first-name = Prénom
organisation-last-name = Nom
organisation-email = Adresse e-mail
organisation-email-hint = Nous y envoyons votre lien privé et la confirmation. Elle n’est jamais publiée.
organisation-role = Votre rôle ou votre fonction
organisation-name = Organisation
organisation-type = Type d’organisation
organisation-website = Site web
organisation-website-hint = Par exemple https://www.example.org
organisation-city-region = Ville ou région
organisation-country = Pays

## Step 2: the practice. $max is the most characters an answer may have.

practice-language = Langue dans laquelle vous décrivez la pratique
practice-language-hint = Si la pratique est sélectionnée, sa page présente vos textes tels que vous les avez rédigés, avec la mention qu’ils sont écrits dans cette langue.
practice-title = Titre de la pratique
practice-summary = Résumé
practice-summary-hint = { $max } caractères au maximum. C’est ce que les gens lisent en premier.
practice-description = Description complète
practice-description-hint = { $max } caractères au maximum : ce que vous avez fait, pourquoi, avec qui et comment.
practice-city-region = Lieu : ville ou région
practice-country = Lieu : pays
practice-status = La pratique est-elle en cours ou terminée ?
practice-status-ongoing = En cours
practice-status-completed = Terminée
practice-start-year = Année de démarrage
practice-start-year-hint = Par exemple 2021
practice-partners = Partenaires et parties prenantes
practice-target-groups = Publics cibles
# The budget is chosen among these bands, in euros.
practice-budget = Budget
practice-budget-under-10k = Moins de 10 000 €
practice-budget-10k-50k = De 10 000 € à 50 000 €
practice-budget-50k-250k = De 50 000 € à 250 000 €
practice-budget-250k-1m = De 250 000 € à 1 million d’euros
practice-budget-over-1m = Plus de 1 million d’euros
practice-funding-sources = Sources de financement

## Step 3: the triple transformation. Each challenge (theme-environmental, theme-digital,
## theme-social) is a box to tick, with the question how the practice tackles it.

transformation-intro = À quels défis de la triple transformation la pratique répond-elle ? Choisissez-en au moins un et expliquez comment.
transformation-how-environmental = Comment répond-elle au défi environnemental ?
transformation-how-digital = Comment répond-elle au défi numérique ?
transformation-how-social = Comment répond-elle au défi social ?
# $max is the most characters the answer may have.
transformation-how-hint = À remplir uniquement si vous avez coché la case ci-dessus. { $max } caractères au maximum.

## Step 4: impact and transferability.

impact-results = Résultats et éléments probants
# $max is the most characters the answer may have.
impact-results-hint = Indicateurs et chiffres qui montrent ce qui a changé. { $max } caractères au maximum.
impact-lessons = Enseignements tirés
impact-transferability = Comment une autre ville ou région pourrait-elle l’adopter ?
impact-requirements = Que faudrait-il pour cela ?
impact-requirements-hint = Personnes, compétences, financement, règles, temps.

## Step 5: peer learning. The yes and no answers are also shown in the review.

peer-learning-host = Accueilleriez-vous une visite d’apprentissage entre pairs pour une délégation d’environ 20 personnes ?
peer-learning-host-hint = La visite est financée par le projet. Si votre pratique est sélectionnée, nous en discuterons avec vous.
peer-learning-if-hosting = Si vous souhaitez accueillir une visite :
peer-learning-host-city = Ville ou région d’accueil
peer-learning-host-period = Période souhaitée
peer-learning-host-period-hint = Par exemple : printemps 2025
peer-learning-host-organiser = Qui l’organiserait ?
peer-learning-workshop = Souhaitez-vous présenter votre pratique lors d’un atelier en ligne ?
peer-learning-yes = Oui
peer-learning-no = Non

## Step 6: images and documents. Every uploaded image gets its own questions.

media-images = Images
media-images-text = Photos ou plans de la pratique. Décrivez chaque image pour que tout le monde puisse suivre, et choisissez la licence sous laquelle elle peut être publiée.
media-documents = Documents
# $file is the name of the uploaded file, such as "balcony.jpg".
media-image-about = À propos de { $file }
media-alt-text = Ce que montre l’image
# $max is the most characters the answer may have.
media-alt-text-hint = Pour les personnes qui ne peuvent pas la voir, par exemple : Des bénévoles réparent une toiture en bois. { $max } caractères au maximum.
media-caption = Légende
media-credit = Crédit photo
media-credit-hint = Par exemple : © Nino Beridze
media-licence = Licence
# The names of the Creative Commons licences stay as they are.
media-licence-cc-by = CC BY 4.0
media-licence-cc-by-sa = CC BY-SA 4.0
media-licence-cc0 = CC0 (domaine public)
media-licence-all-rights-reserved = Tous droits réservés, publiée avec autorisation
media-links = Liens vidéo ou web
# $max is the most links that may be given.
media-links-hint = Une adresse par ligne, { $max } au maximum. Par exemple une vidéo de la pratique ou un rapport.

## Step 7: the review of every answer, part by part, before sending. Each part is titled with
## its step's name and lists the answers given, each under a short label.

review-intro = Vérifiez vos réponses. Vous pouvez modifier chaque partie avant l’envoi.
review-incomplete = Cette partie n’est pas encore complète.
# A link to a part's step. $part is the step's name, read out by screen readers but not shown.
review-change = Modifier { $part }
review-name = Nom
review-role = Fonction
review-type = Type
review-place = Lieu
review-title = Titre
review-summary = Résumé
review-description = Description
review-where = Lieu
review-status = Statut
review-started = Démarrage
review-adopt = Comment d’autres pourraient l’adopter
review-adopt-needs = Ce qu’il faudrait pour l’adopter
review-would-host = Accueillerait une visite
review-organiser = Organisateur
review-would-present = Présenterait lors d’un atelier
review-image = Image
review-document = Document
review-links = Liens
# An uploaded file's name, and for an image what it shows.
review-file-described = { $file } : { $description }
review-consents = Consentements
# $link is a link whose text is review-privacy-link.
review-privacy = Lisez la { $link } pour savoir comment nous utilisons vos informations.
review-privacy-link = politique de confidentialité
