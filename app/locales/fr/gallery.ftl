### The gallery of selected practices: the list with its filters and map, and a practice's page.

practices-title = Bonnes pratiques
practices-lead = Des pratiques inspirantes venues de toute l’Europe et du Caucase, qui relèvent des défis environnementaux, numériques et sociaux grâce au patrimoine culturel.
practices-filter-label = Filtrer les pratiques
practices-results = Résultats
practices-found = { $count ->
        [one] { $count } pratique trouvée.
       *[other] { $count } pratiques trouvées.
    }
practices-search = Rechercher
practices-search-hint = Mots du titre, du résumé, du texte, de l’organisation ou du lieu
practices-theme = Thème
practices-country = Pays
practices-organisation-type = Type d’organisation
practices-order = Tri
practices-order-newest = Les plus récentes d’abord
practices-order-oldest = Les plus anciennes d’abord
practices-order-title = Par titre
practices-show = Afficher les pratiques
practices-clear-filters = Effacer les filtres
practices-none-found = Aucune pratique publiée ne correspond. Essayez avec moins de mots ou effacez les filtres.
practices-pages = Pages de pratiques
practices-themes = Thèmes

## The map of practices by country.

map-caption = Pratiques par pays. Choisissez un pays pour voir ses pratiques.
map-country-without = { $country } : aucune pratique pour l’instant
map-country-with = { $count ->
        [one] { $country } : { $count } pratique
       *[other] { $country } : { $count } pratiques
    }
map-legend = Nuances : nombre de pratiques par pays
map-legend-none = aucune pour l’instant

## A practice's page.

practice-all = Bonnes pratiques
practice-why-selected = Pourquoi elle a été sélectionnée
practice-documents = Documents
practice-document = { $title } (PDF)
practice-links = Liens
practice-visit = Visite d’apprentissage entre pairs
practice-visit-intro = Vous pouvez postuler pour découvrir cette pratique sur place, au sein d’une délégation dont le déplacement est financé :
practice-published = Publiée le { $date }
practice-related = Pratiques associées

## The three challenges of the "triple transformation" and the kinds of organisation.

theme-environmental = Environnement
theme-digital = Numérique
theme-social = Social
organisation-type-city-administration = Administration d’une ville ou d’une commune
organisation-type-regional-administration = Administration régionale
organisation-type-heritage-institution = Institution ou professionnel du patrimoine
organisation-type-civil-society = Organisation de la société civile ou ONG
organisation-type-cultural-initiative = Initiative ou projet culturel
organisation-type-local-organisation = Organisation locale ou régionale
organisation-type-thematic-association = Association thématique
organisation-type-other = Autre
