### The pages people reach from the secret link in our emails (/manage/…): their sent practice,
### their workshop registration or their visit application, with the ways to change, cancel or
### withdraw it. Also the pages to have that link emailed again. Workshop and visit titles are
### written by staff and stay as they wrote them.
###
### Dates and times ($sent, $closes, $date) read as "Friday, 15 January 2027, 23:59 (Brussels
### time)" in the page's language.

## A sent practice's page.

manage-submission-title = Ձեր հայտը
# $reference is the practice's reference, such as "EHH-2027-0042".
manage-submission-heading = Ձեր փորձը՝ { $reference }
manage-submission-changed = Ձեր փոփոխություններն ուղարկված են։
manage-submission-withdrawn = Դուք հետ եք վերցրել այս փորձը կոչից։ Այն չի գնահատվի։
manage-submission-sent = Ուղարկվել է { $sent }։ Կոչը փակվում է { $closes }։
manage-submission-change = Փոփոխել իմ պատասխանները
manage-submission-answers = Ձեր պատասխանները՝ ինչպես ուղարկվել են
manage-submission-withdraw-heading = Հետ վերցնել Ձեր փորձը
manage-submission-withdraw-text = Եթե հետ վերցնեք փորձը, այն դուրս կգա կոչից և չի գնահատվի։ Այս գործողությունը հնարավոր չէ չեղարկել։
manage-submission-withdraw-confirm = Ցանկանում եմ հետ վերցնել այս փորձը կոչից։
manage-submission-withdraw = Հետ վերցնել իմ փորձը

## A workshop registration's page: the place as it is now, the details, the calendar file, and
## cancelling.

manage-registration-title = Աշխատաժողովին Ձեր գրանցումը
# $workshop is the workshop's title.
manage-registration-heading = Ձեր գրանցումը՝ { $workshop }
manage-registration-workshop-cancelled = Այս աշխատաժողովը չեղարկվել է։
manage-registration-workshop-cancelled-details = Դրա հետ միասին չեղարկվել է նաև Ձեր գրանցումը։
manage-registration-seat = Ձեզ համար տեղ է ամրագրված։
# $link is the meeting's address, as a link.
manage-registration-join-online = Միանալ առցանց՝ { $link }
manage-registration-link-follows = Միանալու հղումը կուղարկենք էլ. փոստով՝ աշխատաժողովից առաջ։
# $position counts from 1.
manage-registration-waiting = Ձեր համարը սպասման ցուցակում՝ { $position }։
manage-registration-waiting-details = Եթե տեղ ազատվի, այն ավտոմատ կերպով կտրամադրվի Ձեզ, և մենք Ձեզ կտեղեկացնենք էլ. փոստով։
manage-registration-cancelled = Ձեր տեղի ամրագրումը չեղարկված է։
manage-registration-cancelled-thanks = Շնորհակալություն, որ տեղեկացրիք մեզ։
# $link is a link to the workshop's page whose text is manage-registration-sign-up-again.
manage-registration-sign-up-again-while-open = { $link }, քանի դեռ գրանցումը բաց է։
manage-registration-sign-up-again = Գրանցվեք կրկին
manage-registration-when = Ամսաթիվը և ժամը
manage-registration-duration = Տևողությունը
manage-registration-duration-value = { $minutes ->
        [one] { $minutes } րոպե, առցանց
       *[other] { $minutes } րոպե, առցանց
    }
manage-registration-name = Անունը
manage-registration-email = Էլ. փոստ
manage-registration-registered = Գրանցման ամսաթիվը
manage-registration-calendar = Ներբեռնել օրացույցի ֆայլը (.ics)
manage-registration-cancel-heading = Չեղարկել Ձեր գրանցումը
manage-registration-cancel-text = Եթե չեք կարող մասնակցել, չեղարկեք գրանցումն այստեղ։ Ձեր տեղն անմիջապես կտրամադրվի սպասման ցուցակում առաջինը գտնվող մարդուն։
manage-registration-cancel-confirm = Ցանկանում եմ հրաժարվել այս աշխատաժողովում իմ տեղից։
manage-registration-cancel = Չեղարկել իմ գրանցումը

## A visit application's page: its state as staff last decided it, and withdrawing it.

manage-application-title = Ձեր դիմումը
# $visit is the visit's title.
manage-application-heading = Ձեր դիմումը՝ { $visit }
manage-application-status-applied = Ստացվել է, որոշումը դեռ կայացված չէ
manage-application-status-accepted = Ընդունված է
manage-application-status-waitlisted = Սպասման ցուցակում է
manage-application-status-declined = Չի ընդունվել
manage-application-status-withdrawn = Հետ է վերցվել
manage-application-applied = Դուք դիմել եք { $date }։
manage-application-about-visit = Այցի մասին
manage-application-withdraw-heading = Հետ վերցնել Ձեր դիմումը
manage-application-withdraw-text = Եթե չեք կարող մասնակցել, հետ վերցրեք դիմումն այստեղ, որպեսզի Ձեր տեղը տրամադրվի մեկ ուրիշին։
manage-application-withdraw-confirm = Ցանկանում եմ հետ վերցնել իմ դիմումը։
manage-application-withdraw = Հետ վերցնել իմ դիմումը

## "Email me my link again", for someone who lost the link to their draft or sent practice, and
## the page after it, which reads the same whether or not we know the address.

resend-title = Կրկին ուղարկել ինձ հղումը
resend-text = Կորցրե՞լ եք Ձեր սևագրի կամ ուղարկված փորձի հղումը։ Մուտքագրեք այն էլ. փոստի հասցեն, որը նշել եք ձևում։ Եթե այդ հասցեով սևագիր կամ փորձ ունենք, Ձեզ կուղարկենք նոր հղում։ Նախկինում ուղարկված հղումները շարունակում են գործել։
resend-email = Էլ. փոստի հասցե
resend-send = Ուղարկել ինձ հղումը
link-sent-title = Ստուգեք Ձեր էլ. փոստը
link-sent-text = Եթե այդ հասցեով սևագիր կամ ուղարկված փորձ կա, մենք դրա հղումն ուղարկել ենք էլ. փոստով։ Նամակը կարող է ստացվել մի քանի րոպեից։ Ստուգեք նաև սպամի թղթապանակը։
link-sent-start-new = Սկսել նոր հայտ
