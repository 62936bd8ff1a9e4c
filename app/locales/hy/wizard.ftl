### The submission wizard: its steps, their questions, review, sending and the pages around it.

## Step 7: the consents given when sending.

consent-processing = Համաձայն եմ, որ European Heritage Hub-ը մշակի այս հայտում ներկայացված տեղեկությունները՝ բաց կոչն անցկացնելու նպատակով, ինչպես նշված է գաղտնիության մասին ծանուցման մեջ։
consent-publication = Եթե փորձն ընտրվի, համաձայն եմ, որ European Heritage Hub-ը հրապարակի և տարածի այն՝ առանց իմ կոնտակտային տվյալների։
consent-image-rights = Հաստատում եմ, որ իմ վերբեռնած պատկերների իրավունքները պատկանում են ինձ, կամ որ ունեմ դրանք իմ ընտրած լիցենզիայով հրապարակելու թույլտվություն։
consent-contact = Կարող եք կապվել ինձ հետ առցանց աշխատաժողովների և փոխադարձ ուսուցման այցերի վերաբերյալ։
consent-processing-required = Հայտն ուղարկելու համար տվեք Ձեր համաձայնությունը դրա մշակմանը։
consent-publication-required = Հայտն ուղարկելու համար տվեք Ձեր համաձայնությունը փորձի հրապարակմանը՝ այն ընտրվելու դեպքում։
consent-image-rights-required = Հայտն ուղարկելու համար հաստատեք պատկերների նկատմամբ Ձեր իրավունքները կամ հեռացրեք պատկերները։

## The steps, as the list of steps, the headings and the titles name them.

step-organisation = Դուք և Ձեր կազմակերպությունը
step-practice = Փորձը
step-transformation = Եռակի փոխակերպում
step-impact = Ազդեցություն և փոխանցելիություն
step-peer-learning = Փոխադարձ ուսուցում
step-media = Պատկերներ և փաստաթղթեր
step-review = Ստուգում և ուղարկում
step-heading = Քայլ { $number }՝ { $steps }-ից․ { $title }
steps-label = Ձևի քայլերը
steps-complete = {" "}(լրացված է)

## Around the steps' forms.

wizard-kicker = Ներկայացնել լավ փորձ
wizard-not-complete = «{ $step }» քայլը դեռ լրացված չէ։
wizard-send-changes = Ուղարկել իմ փոփոխությունները
wizard-send = Ուղարկել իմ փորձը
wizard-save-continue = Պահպանել և շարունակել
wizard-back = Վերադառնալ «{ $step }» քայլին
wizard-saved = Այս էջի Ձեր պատասխանները պահպանված են։
wizard-not-saved = Դեռ պահպանված չէ՝ { $problem }
wizard-withdrawn = { $reference } փորձը հետ է վերցվել կոչից։ Այն այլևս հնարավոր չէ փոփոխել։
wizard-not-open = Կոչը դեռ բաց չէ։ Խնդրում ենք վերադառնալ, երբ այն բացվի։
wizard-sent-closed = { $reference } փորձն ուղարկված է։ Կոչը փակվել է { $date }, ուստի այն այլևս հնարավոր չէ փոփոխել։
wizard-closed = Կոչը փակվել է { $date }։ Սևագրերն այլևս հնարավոր չէ ուղարկել։
wizard-intro = Ձեր պատասխանները պահպանվում են յուրաքանչյուր քայլում։ Մենք Ձեզ էլ. փոստով կուղարկենք անձնական հղում, որպեսզի կարողանաք շարունակել ավելի ուշ՝ ցանկացած սարքից։ Կոչը փակվում է { $date }։
wizard-lost-link = Սկսել եք ավելի վաղ, բայց կորցրե՞լ եք Ձեր հղումը։ { $link }
wizard-resend-link = Կրկին ուղարկել ինձ հղումը
wizard-changing-sent = Դուք փոփոխում եք { $reference } փորձը, որն արդեն ուղարկված է։ Գնահատողները կտեսնեն Ձեր փոփոխությունները, երբ դրանք կրկին ուղարկեք վերջին քայլում՝ մինչև { $date }, երբ կոչը փակվում է։
wizard-link-opens-nothing = Այս հղումը ոչինչ չի բացում
wizard-link-opens-nothing-text = Այս հղումով հայտ չի գտնվել։ Հնարավոր է՝ հղումն ամբողջական չէ։ Պատճենեք ամբողջ հասցեն էլ. նամակից։

## After sending.

sent-title = Շնորհակալություն, Ձեր փորձն ուղարկված է
sent-changes = Ձեր փոփոխություններն ուղարկված են։
sent-reference = Ձեր հայտի համարը
sent-emailed = Մենք Ձեզ էլ. փոստով ուղարկել ենք հաստատում՝ ամփոփմամբ և անձնական հղումով, որով կարող եք կարդալ Ձեր հայտը, փոփոխել այն մինչև կոչի փակվելը կամ հետ վերցնել այն։
sent-next = Հետագա քայլերը
sent-review = Կոչը կփակվի { $date }, որից հետո փորձագետները կգնահատեն յուրաքանչյուր փորձ։ Որոշման մասին Ձեզ կտեղեկացնենք էլ. փոստով։
sent-home = Վերադառնալ գլխավոր էջ
sent-nothing = Այստեղ ցուցադրելու համար ուղարկված փորձ չկա։ { $link }
sent-start = Սկսել կամ շարունակել Ձեր հայտը

## When an emailed link is opened in a browser that works on another practice.

choose-title = Ո՞ր փորձն եք ցանկանում շարունակել։
choose-untitled = Ձեր դեռ անվերնագիր փորձը
choose-titled = «{ $title }»
choose-question = Այս դիտարկիչում արդեն լրացվում է { $in_browser }։ Ձեր բացած հղումը տանում է դեպի { $in_link }։ Ընտրեք, թե որն եք ցանկանում շարունակել այստեղ․ մյուսը կմնա անփոփոխ։
choose-no-link-warning = Այս դիտարկիչում լրացվող փորձի համար դեռ էլ. փոստի հասցե նշված չէ, ուստի դրա հղումը Ձեզ չի ուղարկվել։ Եթե լքեք այն, այլևս չեք կարողանա վերադառնալ դրան։
choose-continue = Շարունակել { $practice }
choose-keep = Շարունակել ընթացիկ աշխատանքը՝ { $practice }
choose-nothing = Ընտրելու բան չկա՝ հղման գործողության ժամկետը լրացել է, կամ ընտրությունն արդեն կատարվել է։ { $link }։
choose-continue-submission = Շարունակել Ձեր հայտը
