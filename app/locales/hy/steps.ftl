### The questions of the wizard's seven steps, and the review of the whole answer before it is
### sent. Some labels of the questions also name the answers in the review.

## Step 1: you and your organisation.

organisation-first-name = Անուն
organisation-last-name = Ազգանուն
organisation-email = Էլ. փոստի հասցե
organisation-email-hint = Այս հասցեով կուղարկենք Ձեր անձնական հղումը և հաստատումը։ Այն երբեք չի հրապարակվի։
organisation-role = Ձեր դերը կամ պաշտոնը
organisation-name = Կազմակերպություն
organisation-type = Կազմակերպության տեսակ
organisation-website = Կայք
organisation-website-hint = Օրինակ՝ https://www.example.org
organisation-city-region = Քաղաք կամ մարզ
organisation-country = Երկիր

## Step 2: the practice. $max is the most characters an answer may have.

practice-language = Լեզուն, որով նկարագրում եք փորձը
practice-language-hint = Եթե փորձն ընտրվի, դրա էջում Ձեր տեքստերը կցուցադրվեն այնպես, ինչպես գրել եք դրանք, և կնշվի, որ դրանք գրված են այս լեզվով։
practice-title = Փորձի վերնագիրը
practice-summary = Համառոտ ամփոփում
practice-summary-hint = Առավելագույնը { $max } նիշ։ Մարդիկ առաջինը կարդում են հենց սա։
practice-description = Ամբողջական նկարագրություն
practice-description-hint = Առավելագույնը { $max } նիշ՝ ինչ եք արել, ինչու, ում հետ և ինչպես։
practice-city-region = Վայրը՝ քաղաք կամ մարզ
practice-country = Վայրը՝ երկիր
practice-status = Փորձը շարունակվում է, թե՞ ավարտված է։
practice-status-ongoing = Շարունակվում է
practice-status-completed = Ավարտված է
practice-start-year = Մեկնարկի տարեթիվը
practice-start-year-hint = Օրինակ՝ 2021
practice-partners = Գործընկերներ և շահագրգիռ կողմեր
practice-target-groups = Թիրախային խմբեր
# The budget is chosen among these bands, in euros.
practice-budget = Բյուջե
practice-budget-under-10k = 10 000 եվրոյից պակաս
practice-budget-10k-50k = 10 000-ից 50 000 եվրո
practice-budget-50k-250k = 50 000-ից 250 000 եվրո
practice-budget-250k-1m = 250 000 եվրոյից 1 միլիոն եվրո
practice-budget-over-1m = 1 միլիոն եվրոյից ավելի
practice-funding-sources = Ֆինանսավորման աղբյուրներ

## Step 3: the triple transformation. Each challenge (theme-environmental, theme-digital,
## theme-social) is a box to tick, with the question how the practice tackles it.

transformation-intro = Եռակի փոխակերպման ո՞ր մարտահրավերներին է արձագանքում փորձը։ Ընտրեք առնվազն մեկը և նկարագրեք, թե ինչպես։
transformation-how-environmental = Ինչպե՞ս է այն արձագանքում բնապահպանական մարտահրավերին։
transformation-how-digital = Ինչպե՞ս է այն արձագանքում թվային մարտահրավերին։
transformation-how-social = Ինչպե՞ս է այն արձագանքում սոցիալական մարտահրավերին։
# $max is the most characters the answer may have.
transformation-how-hint = Պարտադիր է միայն այն դեպքում, եթե նշել եք վերևի վանդակը։ Առավելագույնը { $max } նիշ։

## Step 4: impact and transferability.

impact-results = Արդյունքներ և ապացույցներ
# $max is the most characters the answer may have.
impact-results-hint = Ցուցանիշներ և թվեր, որոնք ցույց են տալիս, թե ինչ է փոխվել։ Առավելագույնը { $max } նիշ։
impact-lessons = Քաղված դասեր
impact-transferability = Ինչպե՞ս կարող է այլ քաղաք կամ մարզ կիրառել այս փորձը։
impact-requirements = Ի՞նչ կպահանջվի դրա համար։
impact-requirements-hint = Մարդկային ռեսուրսներ, հմտություններ, ֆինանսներ, կանոնակարգեր, ժամանակ։

## Step 5: peer learning. The yes and no answers are also shown in the review.

peer-learning-host = Պատրա՞ստ եք հյուրընկալել փոխադարձ ուսուցման այց՝ մոտ 20 հոգուց բաղկացած պատվիրակության համար։
peer-learning-host-hint = Այցը ֆինանսավորվում է նախագծի կողմից։ Եթե Ձեր փորձն ընտրվի, մենք այն մանրամասն կքննարկենք Ձեզ հետ։
peer-learning-if-hosting = Եթե պատրաստ եք հյուրընկալել այց՝
peer-learning-host-city = Հյուրընկալող քաղաք կամ մարզ
peer-learning-host-period = Նախընտրելի ժամանակահատված
peer-learning-host-period-hint = Օրինակ՝ 2025 թ. գարուն
peer-learning-host-organiser = Ո՞վ կկազմակերպի այն։
peer-learning-workshop = Կցանկանա՞ք ներկայացնել Ձեր փորձն առցանց աշխատաժողովում։
peer-learning-yes = Այո
peer-learning-no = Ոչ

## Step 6: images and documents. Every uploaded image gets its own questions.

media-images = Պատկերներ
media-images-text = Փորձի լուսանկարներ կամ հատակագծեր։ Նկարագրեք յուրաքանչյուր պատկեր, որպեսզի այն հասկանալի լինի բոլորին, և ընտրեք այն լիցենզիան, որով այն կարող է հրապարակվել։
media-documents = Փաստաթղթեր
# $file is the name of the uploaded file, such as "balcony.jpg".
media-image-about = { $file } ֆայլի մասին
media-alt-text = Ինչ է պատկերված
# $max is the most characters the answer may have.
media-alt-text-hint = Նրանց համար, ովքեր չեն կարող տեսնել պատկերը, օրինակ՝ Կամավորները նորոգում են փայտե տանիքը։ Առավելագույնը { $max } նիշ։
media-caption = Մակագրություն
media-credit = Լուսանկարի հեղինակ
media-credit-hint = Օրինակ՝ © Նինո Բերիձե
media-licence = Լիցենզիա
# The names of the Creative Commons licences stay as they are.
media-licence-cc-by = CC BY 4.0
media-licence-cc-by-sa = CC BY-SA 4.0
media-licence-cc0 = CC0 (հանրային սեփականություն)
media-licence-all-rights-reserved = Բոլոր իրավունքները պաշտպանված են, հրապարակվում է թույլտվությամբ
media-links = Տեսանյութերի կամ կայքերի հղումներ
# $max is the most links that may be given.
media-links-hint = Յուրաքանչյուր տողում՝ մեկ հասցե, առավելագույնը { $max }։ Օրինակ՝ փորձի մասին տեսանյութ կամ զեկույց։

## Step 7: the review of every answer, part by part, before sending. Each part is titled with
## its step's name and lists the answers given, each under a short label.

review-intro = Ստուգեք Ձեր պատասխանները։ Ուղարկելուց առաջ կարող եք փոփոխել ցանկացած բաժին։
review-incomplete = Այս բաժինը դեռ լրացված չէ։
# A link to a part's step. $part is the step's name, read out by screen readers but not shown.
review-change = Փոփոխել { $part }
review-name = Անուն
review-role = Դեր
review-type = Տեսակ
review-place = Գտնվելու վայր
review-title = Վերնագիր
review-summary = Ամփոփում
review-description = Նկարագրություն
review-where = Իրականացման վայր
review-status = Կարգավիճակ
review-started = Մեկնարկի տարեթիվ
review-adopt = Ինչպես կարող են այլոք կիրառել այն
review-adopt-needs = Ինչ կպահանջվի դրա համար
review-would-host = Պատրաստ է հյուրընկալել այց
review-organiser = Կազմակերպիչ
review-would-present = Պատրաստ է ներկայացնել աշխատաժողովում
review-image = Պատկեր
review-document = Փաստաթուղթ
review-links = Հղումներ
# An uploaded file's name, and for an image what it shows.
review-file-described = { $file }՝ { $description }
review-consents = Համաձայնություններ
# $link is a link whose text is review-privacy-link.
review-privacy = Կարդացեք { $link }՝ իմանալու, թե ինչպես ենք օգտագործում Ձեր տվյալները։
review-privacy-link = գաղտնիության մասին ծանուցումը
