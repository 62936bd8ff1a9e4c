### The gallery of selected practices: the list with its filters and map, and a practice's page.

practices-title = Good-Practice-Beispiele
practices-lead = Inspirierende Praxisbeispiele aus ganz Europa und dem Kaukasus, die mithilfe des Kulturerbes ökologische, digitale und soziale Herausforderungen angehen.
practices-filter-label = Praxisbeispiele filtern
practices-results = Ergebnisse
practices-found = { $count ->
        [one] { $count } Praxisbeispiel gefunden.
       *[other] { $count } Praxisbeispiele gefunden.
    }
practices-search = Suche
practices-search-hint = Wörter im Titel, in der Zusammenfassung, im Text, in der Organisation oder im Ort
practices-theme = Thema
practices-country = Land
practices-organisation-type = Art der Organisation
practices-order = Sortierung
practices-order-newest = Neueste zuerst
practices-order-oldest = Älteste zuerst
practices-order-title = Nach Titel
practices-show = Praxisbeispiele anzeigen
practices-clear-filters = Filter zurücksetzen
practices-none-found = Kein veröffentlichtes Praxisbeispiel entspricht Ihrer Suche. Versuchen Sie es mit weniger Wörtern, oder setzen Sie die Filter zurück.
practices-pages = Seiten mit Praxisbeispielen
practices-themes = Themen

## The map of practices by country.

map-caption = Praxisbeispiele nach Land. Wählen Sie ein Land, um seine Praxisbeispiele zu sehen.
map-country-without = { $country }: noch keine Praxisbeispiele
map-country-with = { $count ->
        [one] { $country }: { $count } Praxisbeispiel
       *[other] { $country }: { $count } Praxisbeispiele
    }
map-legend = Farbabstufung: Praxisbeispiele pro Land
map-legend-none = noch keine

## A practice's page.

practice-all = Good-Practice-Beispiele
practice-why-selected = Warum es ausgewählt wurde
practice-documents = Dokumente
practice-document = { $title } (PDF)
practice-links = Links
practice-visit = Peer-Learning-Besuch
practice-visit-intro = Sie können sich bewerben, um dieses Praxisbeispiel mit einer finanzierten Delegation vor Ort kennenzulernen:
practice-published = Veröffentlicht am { $date }
practice-related = Ähnliche Praxisbeispiele

## The three challenges of the "triple transformation" and the kinds of organisation.

theme-environmental = Umwelt
theme-digital = Digitales
theme-social = Soziales
organisation-type-city-administration = Stadt- oder Gemeindeverwaltung
organisation-type-regional-administration = Regionalverwaltung
organisation-type-heritage-institution = Kulturerbe-Einrichtung oder Fachperson für Kulturerbe
organisation-type-civil-society = Zivilgesellschaftliche Organisation oder NGO
organisation-type-cultural-initiative = Kulturinitiative oder Kulturprojekt
organisation-type-local-organisation = Lokale oder regionale Organisation
organisation-type-thematic-association = Themenbezogener Verband
organisation-type-other = Sonstige
