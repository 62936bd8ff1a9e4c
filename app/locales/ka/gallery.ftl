### The gallery of selected practices: the list with its filters and map, and a practice's page.

practices-title = კარგი პრაქტიკები
practices-lead = შთამაგონებელი პრაქტიკები მთელი ევროპიდან და კავკასიიდან, რომლებიც კულტურული მემკვიდრეობის მეშვეობით გარემოსდაცვით, ციფრულ და სოციალურ გამოწვევებს პასუხობს.
practices-filter-label = პრაქტიკების გაფილტვრა
practices-results = შედეგები
practices-found = { $count ->
        [one] მოიძებნა { $count } პრაქტიკა.
       *[other] მოიძებნა { $count } პრაქტიკა.
    }
practices-search = ძიება
practices-search-hint = სიტყვები სათაურში, მოკლე აღწერაში, ტექსტში, ორგანიზაციის ან ადგილის დასახელებაში
practices-theme = თემა
practices-country = ქვეყანა
practices-organisation-type = ორგანიზაციის ტიპი
practices-order = დალაგება
practices-order-newest = ჯერ უახლესი
practices-order-oldest = ჯერ უძველესი
practices-order-title = სათაურის მიხედვით
practices-show = პრაქტიკების ჩვენება
practices-clear-filters = ფილტრების გასუფთავება
practices-none-found = არცერთი გამოქვეყნებული პრაქტიკა არ შეესაბამება. სცადეთ ნაკლები სიტყვა ან გაასუფთავეთ ფილტრები.
practices-pages = პრაქტიკების გვერდები
practices-themes = თემები

## The map of practices by country.

map-caption = პრაქტიკები ქვეყნების მიხედვით. აირჩიეთ ქვეყანა, რათა მისი პრაქტიკები ნახოთ.
map-country-without = { $country }: პრაქტიკები ჯერ არ არის
map-country-with = { $count ->
        [one] { $country }: { $count } პრაქტიკა
       *[other] { $country }: { $count } პრაქტიკა
    }
map-legend = ფერის სიმუქე: პრაქტიკების რაოდენობა ქვეყნის მიხედვით
map-legend-none = ჯერ არცერთი

## A practice's page.

practice-all = კარგი პრაქტიკები
practice-why-selected = რატომ შეირჩა
practice-documents = დოკუმენტები
practice-document = { $title } (PDF)
practice-links = ბმულები
practice-visit = ურთიერთსწავლების ვიზიტი
practice-visit-intro = შეგიძლიათ განაცხადი შემოიტანოთ, რათა ეს პრაქტიკა ადგილზე ნახოთ დაფინანსებული დელეგაციის შემადგენლობაში:
practice-published = გამოქვეყნდა: { $date }
practice-related = მსგავსი პრაქტიკები

## The three challenges of the "triple transformation" and the kinds of organisation.

theme-environmental = გარემოსდაცვითი
theme-digital = ციფრული
theme-social = სოციალური
organisation-type-city-administration = ქალაქის ან მუნიციპალიტეტის ადმინისტრაცია
organisation-type-regional-administration = რეგიონული ადმინისტრაცია
organisation-type-heritage-institution = კულტურული მემკვიდრეობის დაწესებულება ან სპეციალისტი
organisation-type-civil-society = სამოქალაქო საზოგადოების ორგანიზაცია ან არასამთავრობო ორგანიზაცია
organisation-type-cultural-initiative = კულტურული ინიციატივა ან პროექტი
organisation-type-local-organisation = ადგილობრივი ან რეგიონული ორგანიზაცია
organisation-type-thematic-association = თემატური ასოციაცია
organisation-type-other = სხვა
