### The frame of every page: navigation, footer, language choice, dates, and the pages for
### addresses that lead nowhere.

skip-link = Անցնել հիմնական բովանդակությանը
nav-label = Հիմնական ընտրացանկ
nav-menu = Ընտրացանկ
nav-home = Գլխավոր
nav-submit = Ներկայացնել փորձ
nav-practices = Լավ փորձեր
nav-workshops = Աշխատաժողովներ
nav-visits = Այցեր
footer-about = Բաց կոչ՝ մշակութային ժառանգության ոլորտում լավ փորձեր ներկայացնելու համար ամբողջ Եվրոպայում և Կովկասում։
footer-privacy = Գաղտնիություն
footer-accessibility = Մատչելիություն

## The language switcher and the offer of the visitor's own language. The offer is shown in
## the offered language, to someone whose browser or earlier choice prefers it.

language-switcher-label = Լեզու
language-offer-label = Լեզու
language-offer = Այս էջը հասանելի է նաև հայերենով։
language-offer-action = Կարդալ հայերենով
language-offer-stay = Մնալ այս լեզվով

## Dates. $date is a long date such as "Friday 15 January 2027", $time a 24-hour time.

datetime-brussels = { $date }, ժամը { $time } (Բրյուսելի ժամանակով)
time-left-weeks = { $weeks ->
        [one] { $weeks } շաբաթ
       *[other] { $weeks } շաբաթ
    }{ $days ->
        [0] {""}
        [one] {" "}և { $days } օր
       *[other] {" "}և { $days } օր
    }
time-left-days = { $days ->
        [one] { $days } օր
       *[other] { $days } օր
    }
time-left-hours = { $hours ->
        [one] { $hours } ժամ
       *[other] { $hours } ժամ
    }
time-left-less-than-an-hour = մեկ ժամից պակաս

## The page for an address that leads nowhere.

not-found-title = Էջը չի գտնվել
not-found-text = Այս հասցեով էջ չկա։ Հնարավոր է՝ այն տեղափոխվել է, կամ հղումը սխալ է մուտքագրված։
not-found-you-can = Դուք կարող եք՝
not-found-home = անցնել գլխավոր էջ և կարդալ բաց կոչի մասին
not-found-practices = դիտել ընտրված լավ փորձերը
not-found-workshops = տեսնել առաջիկա առցանց աշխատաժողովները

## Form fields and lists, on every page with a form or several pages of results.

form-optional = { $label } (ոչ պարտադիր)
form-not-given = Նշված չէ
form-choose = Ընտրել…
form-error-prefix = Սխալ՝{" "}
form-error-summary = Առկա է խնդիր
pagination-previous = Նախորդ էջ
pagination-next = Հաջորդ էջ
pagination-page = Էջ { $page }՝ { $pages }-ից
loading = Բեռնվում է…
