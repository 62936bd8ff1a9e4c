### The gallery of selected practices: the list with its filters and map, and a practice's page.

practices-title = Yaxşı təcrübələr
practices-lead = Avropanın və Qafqazın hər yerindən mədəni irs vasitəsilə ekoloji, rəqəmsal və sosial problemlərin həllinə yönəlmiş ilhamverici təcrübələr.
practices-filter-label = Təcrübələri filtrləyin
practices-results = Nəticələr
practices-found = { $count ->
        [one] { $count } təcrübə tapıldı.
       *[other] { $count } təcrübə tapıldı.
    }
practices-search = Axtarış
practices-search-hint = Başlıq, xülasə, mətn, təşkilat və ya yer adındakı sözlər
practices-theme = Mövzu
practices-country = Ölkə
practices-organisation-type = Təşkilatın növü
practices-order = Sıralama
practices-order-newest = Əvvəlcə ən yenilər
practices-order-oldest = Əvvəlcə ən köhnələr
practices-order-title = Başlığa görə
practices-show = Təcrübələri göstərin
practices-clear-filters = Filtrləri təmizləyin
practices-none-found = Heç bir dərc olunmuş təcrübə uyğun gəlmir. Daha az söz yazın və ya filtrləri təmizləyin.
practices-pages = Təcrübə səhifələri
practices-themes = Mövzular

## The map of practices by country.

map-caption = Ölkələr üzrə təcrübələr. Həmin ölkənin təcrübələrini görmək üçün ölkə seçin.
map-country-without = { $country }: hələ təcrübə yoxdur
map-country-with = { $count ->
        [one] { $country }: { $count } təcrübə
       *[other] { $country }: { $count } təcrübə
    }
map-legend = Rəng çalarları: hər ölkə üzrə təcrübələrin sayı
map-legend-none = hələ yoxdur

## A practice's page.

practice-all = Yaxşı təcrübələr
practice-why-selected = Nə üçün seçildi
practice-documents = Sənədlər
practice-document = { $title } (PDF)
practice-links = Keçidlər
practice-visit = Qarşılıqlı öyrənmə səfəri
practice-visit-intro = Maliyyələşdirilən nümayəndə heyətinin tərkibində bu təcrübə ilə yerində tanış olmaq üçün müraciət edə bilərsiniz:
practice-published = { $date } tarixində dərc olunub
practice-related = Əlaqəli təcrübələr

## The three challenges of the "triple transformation" and the kinds of organisation.

theme-environmental = Ekoloji
theme-digital = Rəqəmsal
theme-social = Sosial
organisation-type-city-administration = Şəhər və ya bələdiyyə administrasiyası
organisation-type-regional-administration = Regional administrasiya
organisation-type-heritage-institution = İrs qurumu və ya irs mütəxəssisi
organisation-type-civil-society = Vətəndaş cəmiyyəti təşkilatı və ya QHT
organisation-type-cultural-initiative = Mədəni təşəbbüs və ya layihə
organisation-type-local-organisation = Yerli və ya regional təşkilat
organisation-type-thematic-association = Tematik birlik
organisation-type-other = Digər
