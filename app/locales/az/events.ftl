### The online workshops and the peer-learning visits: their lists, their pages, and the forms
### to sign up for a workshop or apply to join a visit. Titles, descriptions and programmes are
### written by staff and stay as they wrote them.

## The list of workshops.

workshops-title = Onlayn seminarlar
workshops-lead = “Yerli hekayələri bölüşək” adlı dörd tematik seminarda seçilmiş yaxşı təcrübələr onları həyata keçirən insanlarla birlikdə araşdırılır. Seminarlar qərar qəbul edən şəxslər, şəhər idarəçiliyi sahəsində çalışanlar, irs mütəxəssisləri və vətəndaş cəmiyyəti üçün açıqdır.
workshops-none = Hələ heç bir seminar planlaşdırılmayıb. Bir qədər sonra yenidən baxın.
# The visitor's own time, after a date in Brussels time when their zone is another. $time is
# a date and time in the language, with the zone's name: "Sunday, 31 January 2027 at 13:00 (UTC)".
local-time = Sizin vaxtınız: { $time }.
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)". The visitor's
# own time may follow, as "Your time: …".
workshop-when = { $date } · onlayn · { $minutes ->
        [one] { $minutes } dəqiqə.
       *[other] { $minutes } dəqiqə.
    }

## A workshop's page: its seats, the calendar file, and where a sign-up landed.

workshop-seats-left = { $left ->
        [one] { $capacity } yerdən { $left } yer qalıb.
       *[other] { $capacity } yerdən { $left } yer qalıb.
    }
workshop-full = Bütün { $capacity } yer tutulub. Gözləmə siyahısına qoşula bilərsiniz.
workshop-full-waiting = { $waiting ->
        [one] Bütün { $capacity } yer tutulub və { $waiting } nəfər gözləyir. Gözləmə siyahısına qoşula bilərsiniz.
       *[other] Bütün { $capacity } yer tutulub və { $waiting } nəfər gözləyir. Gözləmə siyahısına qoşula bilərsiniz.
    }
workshop-calendar = Təqviminizə əlavə edin (.ics)
workshop-signed-up = Sizə yer ayrılıb.
workshop-signed-up-details = Təfərrüatları və qoşulma keçidini sizə e-poçtla göndərdik.
# $position counts from 1.
workshop-waiting = Gözləmə siyahısında sıra nömrəniz: { $position }.
workshop-waiting-details = Yer boşalsa, avtomatik olaraq sizə veriləcək və bu barədə sizə e-poçt göndərəcəyik.
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)", here and below.
workshop-registration-opens = Qeydiyyatın başlama vaxtı: { $date }.
workshop-registration-closed = Qeydiyyat bağlanıb.

## The sign-up form. Its heading and button say "Join the waiting list" once every seat is taken.

workshop-sign-up = Qeydiyyatdan keçin
workshop-join-waiting-list = Gözləmə siyahısına qoşulun
workshop-sign-ups-close = Qeydiyyatın bitmə vaxtı: { $date }.
workshop-email-hint = Təsdiq məktubunu və qoşulma keçidini bu ünvana göndəririk.
workshop-accessibility-hint = Məsələn, subtitrlər, işarət dilinə tərcümə və ya materialların əvvəlcədən təqdim edilməsi.
workshop-consent = Məxfilik bildirişində izah edildiyi kimi, məlumatlarımın bu seminarın təşkili üçün istifadə olunmasına razıyam.

## What a workshop's sign-up and a visit's application both ask about the person.

person-name = Adınız
person-email = E-poçt ünvanı
person-organisation = Təşkilat
person-organisation-type = Təşkilatın növü
person-country = Ölkə
person-role = Rolunuz
person-accessibility-needs = Əlçatanlıq ehtiyacları
person-privacy-notice = Məxfilik bildirişini oxuyun
attendee-role-decision-making = Siyasi və ya qərarvermə səviyyəsi
attendee-role-technical = Texniki səviyyə
attendee-role-heritage-professional = İrs mütəxəssisi
attendee-role-civil-society = Vətəndaş cəmiyyəti
attendee-role-other = Digər

## The list of visits.

visits-title = Qarşılıqlı öyrənmə səfərləri
visits-lead = Seçilmiş təcrübənin həyata keçirildiyi yerdə təşkil olunan üç səfər qərar qəbul edən şəxslərə, şəhər idarəçiliyi sahəsində çalışanlara və irs mütəxəssislərinə bir-birindən və ekspertlərdən öyrənmək imkanı verir.
visits-in-europe = Avropada şəhər və ya regionlara iki səfər.
visits-in-the-caucasus = Ermənistan, Azərbaycan və ya Gürcüstanda bir şəhər və ya regiona bir səfər.
visits-delegations = Hər səfərdə layihə tərəfindən maliyyələşdirilən 20 iştirakçıdan ibarət nümayəndə heyəti qəbul edilir.
visits-heading = Səfərlər
visits-none = Ev sahibi şəhərlər və tarixlər seçimdən sonra burada elan olunacaq; nümayəndə heyətinə qoşulmaq üçün müraciət forması da burada yerləşdiriləcək.
# $place is the host city or region, $dates as visit-dates writes them.
visits-card-meta = { $place }, { $country } · { $dates }
visits-apply-by = Son müraciət tarixi: { $date }.
visits-hosting = Səfərə ev sahibliyi
visits-hosting-text = Təcrübəsi seçilmiş şəhər və regionlar səfərə ev sahibliyi etməyi təklif edə bilər.
# $link is a link whose text is visits-hosting-link.
visits-hosting-say-so = Bunu { $link } zaman bildirə bilərsiniz.
visits-hosting-link = təcrübənizi təqdim etdiyiniz

## A visit's page.

# $start and $end are long dates such as "Tuesday 4 May 2027".
visit-dates = { $start } – { $end }
visit-where = Harada
visit-place = { $place }, { $country }
visit-when = Nə vaxt
visit-delegation = Nümayəndə heyəti
visit-delegation-size = { $size ->
        [one] { $size } iştirakçı
       *[other] { $size } iştirakçı
    }, yol və qalma xərcləri maliyyələşdirilir; indiyədək { $accepted } nəfər qəbul olunub
visit-apply-by = Son müraciət tarixi
visit-practice = Təcrübə
visit-programme = Proqram
visit-applied = Müraciətiniz alındı.
visit-applied-details = Sizə e-poçtla təsdiq məktubu göndərdik; oradakı keçid vasitəsilə müraciətinizə baxa və ya onu geri götürə bilərsiniz.
visit-applications-closed = Müraciətlərin qəbulu başa çatıb.

## The application form.

visit-apply-heading = Nümayəndə heyətinə qoşulmaq üçün müraciət edin
visit-email-hint = Təsdiq məktubunu və bütün qərarları bu ünvana göndəririk.
visit-accessibility-hint = Məsələn, pilləkənsiz giriş, sakit otaq və ya qidalanma ilə bağlı ehtiyaclar.
visit-motivation = Nə üçün qoşulmaq istəyirsiniz?
visit-motivation-hint = Hansı töhfəni verə bilərsiniz və öz şəhərinizə və ya regionunuza nə aparardınız? Ən çoxu 2000 simvol.
visit-consent = Məxfilik bildirişində izah edildiyi kimi, məlumatlarımın nümayəndə heyətinin seçilməsi və təşkili üçün istifadə olunmasına razıyam.
visit-apply = Müraciət edin
