### The online workshops and the peer-learning visits: their lists, their pages, and the forms
### to sign up for a workshop or apply to join a visit. Titles, descriptions and programmes are
### written by staff and stay as they wrote them.

## The list of workshops.

workshops-title = Առցանց աշխատաժողովներ
workshops-lead = «Կիսվենք տեղական պատմություններով» խորագրով չորս թեմատիկ աշխատաժողովներում ընտրված լավ փորձերը քննարկվում են դրանք իրականացնողների հետ։ Աշխատաժողովները բաց են քաղաքականություն մշակողների, քաղաքային վարչակազմերի աշխատակիցների, ժառանգության ոլորտի մասնագետների և քաղաքացիական հասարակության ներկայացուցիչների համար։
workshops-none = Աշխատաժողովներ դեռ նախատեսված չեն։ Շուտով կրկին այցելեք։
# The visitor's own time, after a date in Brussels time when their zone is another. $time is
# a date and time in the language, with the zone's name: "Sunday, 31 January 2027 at 13:00 (UTC)".
local-time = Ձեր ժամանակը՝ { $time }։
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)". The visitor's
# own time may follow, as "Your time: …".
workshop-when = { $date } · առցանց · { $minutes ->
        [one] { $minutes } րոպե։
       *[other] { $minutes } րոպե։
    }

## A workshop's page: its seats, the calendar file, and where a sign-up landed.

workshop-seats-left = { $left ->
        [one] Մնացել է { $left } ազատ տեղ { $capacity }-ից։
       *[other] Մնացել է { $left } ազատ տեղ { $capacity }-ից։
    }
workshop-full = Բոլոր { $capacity } տեղերը զբաղված են։ Դուք կարող եք գրանցվել սպասման ցուցակում։
workshop-full-waiting = { $waiting ->
        [one] Բոլոր { $capacity } տեղերը զբաղված են, և սպասման ցուցակում է { $waiting } մարդ։ Դուք կարող եք գրանցվել սպասման ցուցակում։
       *[other] Բոլոր { $capacity } տեղերը զբաղված են, և սպասման ցուցակում են { $waiting } մարդ։ Դուք կարող եք գրանցվել սպասման ցուցակում։
    }
workshop-calendar = Ավելացնել Ձեր օրացույցում (.ics)
workshop-signed-up = Ձեզ համար տեղ է ամրագրված։
workshop-signed-up-details = Մենք Ձեզ էլ. փոստով ուղարկել ենք մանրամասները և միանալու հղումը։
# $position counts from 1.
workshop-waiting = Ձեր համարը սպասման ցուցակում՝ { $position }։
workshop-waiting-details = Եթե տեղ ազատվի, այն ավտոմատ կերպով կտրամադրվի Ձեզ, և մենք Ձեզ կտեղեկացնենք էլ. փոստով։
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)", here and below.
workshop-registration-opens = Գրանցումը կբացվի { $date }։
workshop-registration-closed = Գրանցումը փակված է։

## The sign-up form. Its heading and button say "Join the waiting list" once every seat is taken.

workshop-sign-up = Գրանցվել
workshop-join-waiting-list = Գրանցվել սպասման ցուցակում
workshop-sign-ups-close = Գրանցման վերջնաժամկետը՝ { $date }։
workshop-email-hint = Գրանցման հաստատումը և միանալու հղումը կուղարկենք այս հասցեով։
workshop-accessibility-hint = Օրինակ՝ ենթագրեր, ժեստերի լեզվի թարգմանություն կամ նյութերի նախապես տրամադրում։
workshop-consent = Համաձայն եմ, որ իմ տվյալներն օգտագործվեն այս աշխատաժողովի կազմակերպման համար, ինչպես նշված է գաղտնիության մասին ծանուցման մեջ։

## What a workshop's sign-up and a visit's application both ask about the person.

person-name = Ձեր անունը և ազգանունը
person-email = Էլ. փոստի հասցե
person-organisation = Կազմակերպություն
person-organisation-type = Կազմակերպության տեսակ
person-country = Երկիր
person-role = Ձեր դերը
person-accessibility-needs = Մատչելիության կարիքներ
person-privacy-notice = Կարդալ գաղտնիության մասին ծանուցումը
attendee-role-decision-making = Քաղաքական կամ որոշումների կայացման մակարդակ
attendee-role-technical = Տեխնիկական մակարդակ
attendee-role-heritage-professional = Ժառանգության ոլորտի մասնագետ
attendee-role-civil-society = Քաղաքացիական հասարակություն
attendee-role-other = Այլ

## The list of visits.

visits-title = Փոխադարձ ուսուցման այցեր
visits-lead = Տեղում անցկացվող երեք այցերը հնարավորություն են տալիս քաղաքականություն մշակողներին, քաղաքային վարչակազմերի աշխատակիցներին և ժառանգության ոլորտի մասնագետներին սովորել միմյանցից և փորձագետներից այնտեղ, որտեղ իրականացվում է ընտրված լավ փորձը։
visits-in-europe = Երկու այց Եվրոպայի քաղաքներ կամ մարզեր։
visits-in-the-caucasus = Մեկ այց Հայաստանի, Ադրբեջանի կամ Վրաստանի քաղաքներից կամ մարզերից մեկը։
visits-delegations = Յուրաքանչյուր այցին մասնակցում է 20 մասնակցից բաղկացած պատվիրակություն՝ նախագծի ֆինանսավորմամբ։
visits-heading = Այցերը
visits-none = Հյուրընկալող քաղաքները և ամսաթվերը կհրապարակվեն այստեղ ընտրությունից հետո՝ պատվիրակությանը միանալու դիմումի ձևի հետ միասին։
# $place is the host city or region, $dates as visit-dates writes them.
visits-card-meta = { $place }, { $country } · { $dates }
visits-apply-by = Դիմումների ընդունման վերջնաժամկետը՝ { $date }։
visits-hosting = Այցի հյուրընկալում
visits-hosting-text = Քաղաքները և մարզերը, որոնց փորձն ընտրվել է, կարող են առաջարկել հյուրընկալել այց։
# $link is a link whose text is visits-hosting-link.
visits-hosting-say-so = Դուք կարող եք նշել այդ մասին, երբ { $link }։
visits-hosting-link = ներկայացնեք Ձեր փորձը

## A visit's page.

# $start and $end are long dates such as "Tuesday 4 May 2027".
visit-dates = { $start } – { $end }
visit-where = Վայրը
visit-place = { $place }, { $country }
visit-when = Ամսաթվերը
visit-delegation = Պատվիրակություն
visit-delegation-size = { $size ->
        [one] { $size } մասնակից
       *[other] { $size } մասնակից
    }, ճանապարհորդության և կեցության ծախսերը ֆինանսավորվում են․ մինչ այժմ ընդունված մասնակիցներ՝ { $accepted }
visit-apply-by = Դիմելու վերջնաժամկետը
visit-practice = Լավ փորձը
visit-programme = Ծրագիր
visit-applied = Ձեր դիմումը ստացվել է։
visit-applied-details = Մենք Ձեզ էլ. փոստով ուղարկել ենք դիմումի ստացման հաստատումը՝ հղումով, որով կարող եք դիտել կամ հետ վերցնել այն։
visit-applications-closed = Դիմումների ընդունումն ավարտված է։

## The application form.

visit-apply-heading = Դիմել՝ պատվիրակությանը միանալու համար
visit-email-hint = Ստացման հաստատումը և բոլոր որոշումները կուղարկենք այս հասցեով։
visit-accessibility-hint = Օրինակ՝ առանց աստիճանների մուտք, հանգիստ սենյակ կամ սննդակարգի հետ կապված կարիքներ։
visit-motivation = Ինչո՞ւ եք ցանկանում միանալ։
visit-motivation-hint = Ի՞նչ կներդնեք Դուք, և ի՞նչ կտանեք Ձեր քաղաք կամ մարզ։ Առավելագույնը 2000 նիշ։
visit-consent = Համաձայն եմ, որ իմ տվյալներն օգտագործվեն պատվիրակության ընտրության և կազմակերպման համար, ինչպես նշված է գաղտնիության մասին ծանուցման մեջ։
visit-apply = Դիմել
