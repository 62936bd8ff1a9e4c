### The frame of every page: navigation, footer, language choice, dates, and the pages for
### addresses that lead nowhere.

skip-link = Əsas məzmuna keçin
nav-label = Əsas
nav-menu = Menyu
nav-home = Ana səhifə
nav-submit = Təcrübə təqdim edin
nav-practices = Təcrübələr
nav-workshops = Seminarlar
nav-visits = Səfərlər
footer-about = Avropada və Qafqazda mədəni irs sahəsində yaxşı təcrübələr üçün açıq çağırış.
footer-privacy = Məxfilik
footer-accessibility = Əlçatanlıq

## The language switcher and the offer of the visitor's own language. The offer is shown in
## the offered language, to someone whose browser or earlier choice prefers it.

language-switcher-label = Dil
language-offer-label = Dil
language-offer = Bu səhifə Azərbaycan dilində də mövcuddur.
language-offer-action = Azərbaycan dilində oxuyun
language-offer-stay = Bu dildə qalın

## Dates. $date is a long date such as "Friday 15 January 2027", $time a 24-hour time.

datetime-brussels = { $date }, saat { $time } (Brüssel vaxtı ilə)
time-left-weeks = { $weeks ->
        [one] { $weeks } həftə
       *[other] { $weeks } həftə
    }{ $days ->
        [0] {""}
        [one] {" "}və { $days } gün
       *[other] {" "}və { $days } gün
    }
time-left-days = { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    }
time-left-hours = { $hours ->
        [one] { $hours } saat
       *[other] { $hours } saat
    }
time-left-less-than-an-hour = bir saatdan az

## The page for an address that leads nowhere.

not-found-title = Səhifə tapılmadı
not-found-text = Bu ünvanda səhifə yoxdur. Səhifə başqa ünvana köçürülmüş və ya keçid səhv yazılmış ola bilər.
not-found-you-can = Aşağıdakıları edə bilərsiniz:
not-found-home = ana səhifəyə keçib açıq çağırış haqqında oxumaq
not-found-practices = seçilmiş yaxşı təcrübələrə baxmaq
not-found-workshops = qarşıdakı onlayn seminarlarla tanış olmaq

## Form fields and lists, on every page with a form or several pages of results.

form-optional = { $label } (məcburi deyil)
form-not-given = Göstərilməyib
form-choose = Seçin…
form-error-prefix = Xəta:{" "}
form-error-summary = Problem aşkarlandı
pagination-previous = Əvvəlki səhifə
pagination-next = Növbəti səhifə
pagination-page = Səhifə { $page } / { $pages }
loading = Yüklənir…
