### The gallery of selected practices: the list with its filters and map, and a practice's page.

practices-title = Good practices
practices-lead = Inspiring practices from across Europe and the Caucasus that tackle environmental, digital and social challenges through cultural heritage.
practices-filter-label = Filter practices
practices-results = Results
practices-found = { $count ->
        [one] { $count } practice found.
       *[other] { $count } practices found.
    }
practices-search = Search
practices-search-hint = Words in the title, summary, text, organisation or place
practices-theme = Theme
practices-country = Country
practices-organisation-type = Type of organisation
practices-order = Order
practices-order-newest = Newest first
practices-order-oldest = Oldest first
practices-order-title = By title
practices-show = Show practices
practices-clear-filters = Clear the filters
practices-none-found = No published practice matches. Try fewer words or clear the filters.
practices-pages = Pages of practices
practices-themes = Themes

## The map of practices by country.

map-caption = Practices by country. Choose a country to see its practices.
map-country-without = { $country }: no practices yet
map-country-with = { $count ->
        [one] { $country }: { $count } practice
       *[other] { $country }: { $count } practices
    }
map-legend = Shades: practices per country
map-legend-none = none yet

## A practice's page.

practice-all = Good practices
practice-why-selected = Why it was selected
practice-documents = Documents
practice-document = { $title } (PDF)
practice-links = Links
practice-visit = Peer-learning visit
practice-visit-intro = You can apply to see this practice on site, with a funded delegation:
practice-published = Published { $date }
practice-related = Related practices

## The three challenges of the "triple transformation" and the kinds of organisation.

theme-environmental = Environmental
theme-digital = Digital
theme-social = Social
organisation-type-city-administration = City or municipal administration
organisation-type-regional-administration = Regional administration
organisation-type-heritage-institution = Heritage institution or professional
organisation-type-civil-society = Civil-society organisation or NGO
organisation-type-cultural-initiative = Cultural initiative or project
organisation-type-local-organisation = Local or regional organisation
organisation-type-thematic-association = Thematic association
organisation-type-other = Other
