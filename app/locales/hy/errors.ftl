### What a form says about an answer it cannot take, next to the field and in the summary.

error-required = Այս դաշտը պարտադիր է։
error-too-long = Գրեք առավելագույնը { $max } նիշ (այժմ՝ { $actual })։
error-not-a-name = Գրեք միայն անուն՝ առանց կայքի կամ էլ. փոստի հասցեների և հատուկ նշանների։
error-web-address = Մուտքագրեք https:// կամ http:// նախածանցով սկսվող կայքի հասցե, օրինակ՝ https://example.org։
error-web-address-too-long = Կայքի հասցեն կարող է պարունակել առավելագույնը 500 նիշ։
error-year-format = Մուտքագրեք տարեթիվը չորս թվանշանով, օրինակ՝ 2021։
error-year-range = Մուտքագրեք տարեթիվ { $min }-ից մինչև { $max }։
error-no-choice = Ընտրեք տարբերակներից մեկը։
error-country = Ընտրեք երկիրը ցանկից։
error-email-empty = Մուտքագրեք էլ. փոստի հասցե։
error-email-format = Մուտքագրեք էլ. փոստի հասցեն name@example.org ձևաչափով։
error-email-too-long = Էլ. փոստի հասցեն կարող է պարունակել առավելագույնը 254 նիշ։
error-no-theme = Ընտրեք առնվազն մեկ մարտահրավեր, որին արձագանքում է փորձը։
error-link-line = Տող { $line }՝ մուտքագրեք https:// կամ http:// նախածանցով սկսվող կայքի հասցե, օրինակ՝ https://example.org։
error-link-line-too-long = Տող { $line }՝ կայքի հասցեն կարող է պարունակել առավելագույնը 500 նիշ։
error-too-many-links = Ավելացրեք առավելագույնը { $max } հղում։

## What a page says when a request failed.

error-not-found = Ձեր փնտրածը չի գտնվել։
error-unavailable = Ծառայությունը ժամանակավորապես անհասանելի է։ Խնդրում ենք կրկին փորձել մի փոքր ուշ։
error-internal = Մեր կողմում սխալ է տեղի ունեցել։ Խնդրում ենք կրկին փորձել։
error-call-closed = Կոչը փակված է։ Հայտեր և փոփոխություններ այլևս չեն ընդունվում։
error-registration-closed = Այս աշխատաժողովի գրանցումը բաց չէ։
error-withdrawn = Այս հայտը հետ է վերցվել, և այն այլևս հնարավոր չէ փոփոխել։
error-under-review = Այս փորձի գնահատումն արդեն սկսվել է, և այն այլևս հնարավոր չէ փոփոխել։
error-unauthorized = Շարունակելու համար մուտք գործեք։
error-forbidden = Ձեր դերը թույլ չի տալիս կատարել այս գործողությունը։
error-too-many-attempts = Չափազանց շատ անգամ եք փորձել մուտք գործել։ Սպասեք { $minutes } րոպե, ապա կրկին փորձեք։
error-rate-limited = { $minutes ->
        [one] Ձեր կապից չափազանց շատ հարցումներ են ստացվել։ Խնդրում ենք կրկին փորձել { $minutes } րոպե անց։
       *[other] Ձեր կապից չափազանց շատ հարցումներ են ստացվել։ Խնդրում ենք կրկին փորձել { $minutes } րոպե անց։
    }
error-invalid-fields = Որոշ պատասխաններ պետք է ուղղել։
error-bad-request = Հարցումը հնարավոր չեղավ մշակել։
error-already-registered = { $email } հասցեն արդեն գրանցված է այս աշխատաժողովին։ Այն ժամանակ մեր ուղարկած նամակում կա հղում, որով կարող եք դիտել կամ չեղարկել այդ գրանցումը։
error-already-applied = { $email } հասցեով արդեն դիմում է ներկայացվել այս այցի համար։ Այն ժամանակ մեր ուղարկած նամակում կա հղում, որով կարող եք դիտել կամ հետ վերցնել այդ դիմումը։

## A file that was not accepted, named in the message.

upload-empty = { $file } ֆայլը դատարկ է։
upload-too-large = { $file } ֆայլը { $megabytes } ՄԲ-ից մեծ է։ Փոքրացրեք այն և կրկին վերբեռնեք։
upload-not-an-image = { $file } ֆայլը JPEG, PNG կամ WebP պատկեր չէ։ Փոխարենը վերբեռնեք JPEG, PNG կամ WebP պատկեր։
upload-not-a-pdf = { $file } ֆայլը PDF փաստաթուղթ չէ։ Փոխարենը վերբեռնեք PDF փաստաթուղթ։
upload-too-many-images = { $file } ֆայլն ավելորդ է։ Կարող եք վերբեռնել առավելագույնը { $max } պատկեր։ Նախ հեռացրեք դրանցից մեկը։
upload-too-many-documents = { $file } ֆայլն ավելորդ է։ Կարող եք վերբեռնել առավելագույնը { $max } փաստաթուղթ։ Նախ հեռացրեք դրանցից մեկը։
upload-too-many-pixels = { $file } ֆայլն ունի ավելի քան 40 միլիոն պիքսել, կամ դրա լայնությունը կամ բարձրությունը գերազանցում է 10 000 պիքսելը։ Փոքրացրեք այն և կրկին վերբեռնեք։
upload-damaged = { $file } ֆայլը հնարավոր չեղավ կարդալ՝ այն կարծես վնասված է։ Կրկին պահպանեք ֆայլը և նորից վերբեռնեք։
