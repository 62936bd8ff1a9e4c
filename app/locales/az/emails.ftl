### The emails the site writes itself, in the language the person used. Plain text: a blank
### line is a new paragraph. Links stand alone on their line.

## The wizard's links.

email-resume-subject = European Heritage Hub açıq çağırışı üçün qaralamanız
email-resume-body =
    Salam,

    Siz European Heritage Hub açıq çağırışı üçün yaxşı təcrübəni təsvir etməyə başlamısınız. Cavablarınız doldurduqca yadda saxlanılır. Bu və ya istənilən başqa cihazda davam etmək üçün bu keçidi açın:

    { $link }

    Bu keçidi heç kəslə bölüşməyin: ona sahib olan hər kəs qaralamanızı oxuya və dəyişə bilər.

    Çağırış { $closes } tarixində bağlanır.

    European Heritage Hub
email-manage-subject = { $reference } nömrəli təcrübəyə aparan keçidiniz
email-manage-body =
    Salam,

    Siz keçidinizi yenidən istəmisiniz. { $reference } nömrəli təcrübəniz European Heritage Hub açıq çağırışına göndərilib. Onu oxumaq, çağırış bağlanana qədər dəyişmək və ya geri götürmək üçün bu keçidi açın:

    { $link }

    Bu keçidi heç kəslə bölüşməyin: ona sahib olan hər kəs təqdimatınızı dəyişə bilər. Sizə əvvəllər göndərilmiş keçidlər də işləməyə davam edir.

    European Heritage Hub

## Workshops. $title is the workshop's title; $manage is the paragraph with the private link.

email-workshop-join = Onlayn qoşulun: { $link }
email-workshop-join-later = Qoşulma keçidi seminardan əvvəl e-poçtla göndəriləcək.
email-workshop-details =
    Nə vaxt: { $when }
    Müddət: { $minutes } dəqiqə, onlayn
    { $join }
email-workshop-manage =
    Qeydiyyatınıza baxmaq, təqvim faylını yenidən endirmək və ya yerinizi ləğv etmək üçün bu keçidi açın:

    { $link }

    Bu keçidi heç kəslə bölüşməyin: ona sahib olan hər kəs yerinizi ləğv edə bilər.
email-seat-confirmed-subject = “{ $title }” seminarında yeriniz
email-seat-confirmed = “{ $title }” onlayn seminarında sizə yer ayrılıb.
email-seat-promoted-subject = Yer sizindir: “{ $title }”
email-seat-promoted = Xoş xəbər: “{ $title }” onlayn seminarında yer boşalıb və artıq sizə verilib. Onu saxlamaq üçün heç nə etməyiniz lazım deyil.
email-seat-reminder-subject = Sabah: “{ $title }” seminarı
email-seat-reminder = Xatırlatma: “{ $title }” onlayn seminarı tezliklə başlayır və sizə yer ayrılıb.
email-seat-body =
    Hörmətli { $name },

    { $opening }

    { $details }

    Məktuba qoşulmuş təqvim faylı vasitəsilə seminarı təqviminizə əlavə edə bilərsiniz.

    { $manage }

    Planlarınız dəyişsə və iştirak edə bilməsəniz, lütfən, yerinizi ləğv edin: o, gözləmə siyahısındakı növbəti şəxsə veriləcək.

    European Heritage Hub
email-waiting-subject = Gözləmə siyahısındasınız: “{ $title }”
email-waiting-body =
    Hörmətli { $name },

    “{ $title }” onlayn seminarında bütün yerlər tutulub, ona görə də siz gözləmə siyahısındasınız. Sıra nömrəniz: { $position }.

    Yer boşalsa, o, avtomatik olaraq növbədə birinci olan şəxsə veriləcək; yer sizə çatdıqda qoşulma keçidini sizə e-poçtla göndərəcəyik. Seminarın vaxtı: { $when }.

    { $manage }

    European Heritage Hub
email-cancelled-subject = Yeriniz ləğv edildi: “{ $title }”
email-cancelled-by-holder = Bizə xəbər verdiyiniz üçün təşəkkür edirik: yeriniz başqasına veriləcək.
email-cancelled-by-staff = Yerinizi təşkilatçılar ləğv edib; bunun səhv olduğunu düşünürsünüzsə, bu məktuba cavab yazın.
email-cancelled-body =
    Hörmətli { $name },

    “{ $title }” onlayn seminarındakı yeriniz ləğv edildi. { $why }

    Fikrinizi dəyişdiniz? Qeydiyyat açıq olduğu müddətdə burada yenidən qeydiyyatdan keçə bilərsiniz: { $link }

    European Heritage Hub
email-workshop-cancelled-subject = Ləğv edildi: “{ $title }” seminarı
email-workshop-cancelled-body =
    Hörmətli { $name },

    Təəssüf ki, { $when } üçün planlaşdırılmış “{ $title }” onlayn seminarı ləğv edildi. Qeydiyyatınız da onunla birlikdə ləğv olunub; heç nə etməyiniz lazım deyil.

    Digər seminarlar burada: { $link }

    European Heritage Hub

## Peer-learning visits. $title is the visit's title.

email-visit-where-when = { $place }, { $country }, { $dates }
email-visit-body =
    Hörmətli { $name },

    { $news }

    Səfər: { $title }, { $place }.

    Müraciətinizə baxmaq və ya onu geri götürmək üçün bu keçidi açın:

    { $link }

    Bu keçidi heç kəslə bölüşməyin: ona sahib olan hər kəs müraciətinizi geri götürə bilər.

    European Heritage Hub
email-visit-received-subject = Müraciətinizi aldıq: { $title }
email-visit-received = Nümayəndə heyətinə qoşulmaq üçün müraciət etdiyiniz üçün təşəkkür edirik. Təşkilatçılar { $size } iştirakçını son müraciət tarixindən ({ $deadline }) sonra seçəcək və qərarlarını sizə e-poçtla bildirəcəklər.
email-visit-accepted-subject = Nümayəndə heyətinə daxil edildiniz: { $title }
email-visit-accepted = Xoş xəbər: nümayəndə heyətində sizə yer ayrılıb. Yol və qalma xərclərinizi layihə qarşılayır; təşkilati məsələlərlə bağlı təşkilatçılar sizə ayrıca yazacaqlar. Planlarınız dəyişsə və iştirak edə bilməsəniz, lütfən, müraciətinizi geri götürün ki, yeriniz başqasına verilsin.
email-visit-waitlisted-subject = Gözləmə siyahısındasınız: { $title }
email-visit-waitlisted = Nümayəndə heyətində hazırda boş yer yoxdur və siz onun gözləmə siyahısındasınız. Yer boşalsa, təşkilatçılar onu sizə e-poçtla təklif edəcəklər.
email-visit-declined-subject = Müraciətiniz: { $title }
email-visit-declined = Müraciət etdiyiniz üçün təşəkkür edirik. Təəssüf ki, bu dəfə sizi nümayəndə heyətinə daxil etmək mümkün olmadı. Onlayn seminarlar hər kəs üçün açıqdır; onları veb saytda tapa bilərsiniz.
