### The gallery of selected practices: the list with its filters and map, and a practice's page.

practices-title = Լավ փորձեր
practices-lead = Ոգեշնչող փորձեր ամբողջ Եվրոպայից և Կովկասից, որոնք մշակութային ժառանգության միջոցով արձագանքում են բնապահպանական, թվային և սոցիալական մարտահրավերներին։
practices-filter-label = Զտել լավ փորձերը
practices-results = Արդյունքներ
practices-found = { $count ->
        [one] Գտնվել է { $count } լավ փորձ։
       *[other] Գտնվել է { $count } լավ փորձ։
    }
practices-search = Որոնում
practices-search-hint = Բառեր վերնագրից, ամփոփումից, տեքստից, կազմակերպության անվանումից կամ վայրից
practices-theme = Թեմա
practices-country = Երկիր
practices-organisation-type = Կազմակերպության տեսակ
practices-order = Դասավորություն
practices-order-newest = Սկզբում՝ նորերը
practices-order-oldest = Սկզբում՝ հները
practices-order-title = Ըստ վերնագրի
practices-show = Ցույց տալ լավ փորձերը
practices-clear-filters = Մաքրել զտիչները
practices-none-found = Հրապարակված լավ փորձերից ոչ մեկը չի համապատասխանում որոնմանը։ Նշեք ավելի քիչ բառեր կամ մաքրեք զտիչները։
practices-pages = Լավ փորձերի էջեր
practices-themes = Թեմաներ

## The map of practices by country.

map-caption = Լավ փորձերն ըստ երկրների։ Ընտրեք երկիրը՝ նրա լավ փորձերը տեսնելու համար։
map-country-without = { $country }՝ դեռ լավ փորձեր չկան
map-country-with = { $count ->
        [one] { $country }՝ { $count } լավ փորձ
       *[other] { $country }՝ { $count } լավ փորձ
    }
map-legend = Երանգներ՝ լավ փորձերի քանակն ըստ երկրների
map-legend-none = դեռ չկան

## A practice's page.

practice-all = Լավ փորձեր
practice-why-selected = Ինչու է այն ընտրվել
practice-documents = Փաստաթղթեր
practice-document = { $title } (PDF ֆայլ)
practice-links = Հղումներ
practice-visit = Փոխադարձ ուսուցման այց
practice-visit-intro = Դուք կարող եք դիմել՝ այս փորձը տեղում տեսնելու համար ֆինանսավորվող պատվիրակության կազմում՝
practice-published = Հրապարակվել է { $date }
practice-related = Առնչվող լավ փորձեր

## The three challenges of the "triple transformation" and the kinds of organisation.

theme-environmental = Բնապահպանական
theme-digital = Թվային
theme-social = Սոցիալական
organisation-type-city-administration = Քաղաքային կամ համայնքային վարչակազմ
organisation-type-regional-administration = Մարզային վարչակազմ
organisation-type-heritage-institution = Ժառանգության ոլորտի հաստատություն կամ մասնագետ
organisation-type-civil-society = Քաղաքացիական հասարակության կազմակերպություն կամ ՀԿ
organisation-type-cultural-initiative = Մշակութային նախաձեռնություն կամ նախագիծ
organisation-type-local-organisation = Տեղական կամ մարզային կազմակերպություն
organisation-type-thematic-association = Թեմատիկ ասոցիացիա
organisation-type-other = Այլ
