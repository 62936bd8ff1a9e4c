### The pages people reach from the secret link in our emails (/manage/…): their sent practice,
### their workshop registration or their visit application, with the ways to change, cancel or
### withdraw it. Also the pages to have that link emailed again. Workshop and visit titles are
### written by staff and stay as they wrote them.
###
### Dates and times ($sent, $closes, $date) read as "Friday, 15 January 2027, 23:59 (Brussels
### time)" in the page's language.

## A sent practice's page.

manage-submission-title = Təqdimatınız
# $reference is the practice's reference, such as "EHH-2027-0042".
manage-submission-heading = { $reference } nömrəli təcrübəniz
manage-submission-changed = Dəyişiklikləriniz göndərildi.
manage-submission-withdrawn = Bu təcrübəni çağırışdan geri götürmüsünüz. O, qiymətləndirilməyəcək.
manage-submission-sent = Göndərilmə vaxtı: { $sent }. Çağırışın bağlanma vaxtı: { $closes }.
manage-submission-change = Cavabları dəyişin
manage-submission-answers = Göndərdiyiniz cavablar
manage-submission-withdraw-heading = Təcrübənizi geri götürün
manage-submission-withdraw-text = Təcrübəni geri götürsəniz, o, çağırışdan çıxarılacaq və qiymətləndirilməyəcək. Bu əməliyyatı geri qaytarmaq mümkün deyil.
manage-submission-withdraw-confirm = Bu təcrübəni çağırışdan geri götürmək istəyirəm.
manage-submission-withdraw = Təcrübəni geri götürün

## A workshop registration's page: the place as it is now, the details, the calendar file, and
## cancelling.

manage-registration-title = Seminar qeydiyyatınız
# $workshop is the workshop's title.
manage-registration-heading = Qeydiyyatınız: { $workshop }
manage-registration-workshop-cancelled = Bu seminar ləğv olunub.
manage-registration-workshop-cancelled-details = Qeydiyyatınız da onunla birlikdə ləğv edilib.
manage-registration-seat = Sizə yer ayrılıb.
# $link is the meeting's address, as a link.
manage-registration-join-online = Onlayn qoşulun: { $link }
manage-registration-link-follows = Qoşulma keçidi seminardan əvvəl sizə e-poçtla göndəriləcək.
# $position counts from 1.
manage-registration-waiting = Gözləmə siyahısında sıra nömrəniz: { $position }.
manage-registration-waiting-details = Yer boşalsa, avtomatik olaraq sizə veriləcək və bu barədə sizə e-poçt göndərəcəyik.
manage-registration-cancelled = Yeriniz ləğv edildi.
manage-registration-cancelled-thanks = Bizə xəbər verdiyiniz üçün təşəkkür edirik.
# $link is a link to the workshop's page whose text is manage-registration-sign-up-again.
manage-registration-sign-up-again-while-open = { $link }: bunu qeydiyyat açıq olduğu müddətdə edə bilərsiniz.
manage-registration-sign-up-again = Yenidən qeydiyyatdan keçin
manage-registration-when = Nə vaxt
manage-registration-duration = Müddət
manage-registration-duration-value = { $minutes ->
        [one] { $minutes } dəqiqə, onlayn
       *[other] { $minutes } dəqiqə, onlayn
    }
manage-registration-name = Ad
manage-registration-email = E-poçt
manage-registration-registered = Qeydiyyat vaxtı
manage-registration-calendar = Təqvim faylını endirin (.ics)
manage-registration-cancel-heading = Yerinizi ləğv edin
manage-registration-cancel-text = İştirak edə bilməyəcəksinizsə, yerinizi burada ləğv edin: o, dərhal gözləmə siyahısındakı birinci şəxsə veriləcək.
manage-registration-cancel-confirm = Bu seminardakı yerimdən imtina etmək istəyirəm.
manage-registration-cancel = Yeri ləğv edin

## A visit application's page: its state as staff last decided it, and withdrawing it.

manage-application-title = Müraciətiniz
# $visit is the visit's title.
manage-application-heading = Müraciətiniz: { $visit }
manage-application-status-applied = Alınıb, hələ qərar verilməyib
manage-application-status-accepted = Qəbul olunub
manage-application-status-waitlisted = Gözləmə siyahısındadır
manage-application-status-declined = Qəbul olunmayıb
manage-application-status-withdrawn = Geri götürülüb
manage-application-applied = Müraciət vaxtı: { $date }.
manage-application-about-visit = Səfər haqqında
manage-application-withdraw-heading = Müraciətinizi geri götürün
manage-application-withdraw-text = İştirak edə bilməyəcəksinizsə, yerinizin başqasına verilə bilməsi üçün müraciətinizi burada geri götürün.
manage-application-withdraw-confirm = Müraciətimi geri götürmək istəyirəm.
manage-application-withdraw = Müraciəti geri götürün

## "Email me my link again", for someone who lost the link to their draft or sent practice, and
## the page after it, which reads the same whether or not we know the address.

resend-title = Keçidimi e-poçtla yenidən göndərin
resend-text = Qaralamanıza və ya göndərilmiş təcrübənizə aparan keçidi itirmisiniz? Formda göstərdiyiniz e-poçt ünvanını daxil edin. Bu ünvana aid qaralama və ya təcrübə varsa, sizə yeni keçid göndərəcəyik. Əvvəllər göndərilmiş keçidlər də işləməyə davam edir.
resend-email = E-poçt ünvanı
resend-send = Keçidimi göndərin
link-sent-title = E-poçtunuzu yoxlayın
link-sent-text = Həmin ünvana aid qaralama və ya göndərilmiş təcrübə varsa, ona aparan keçidi e-poçtla göndərdik. Məktubun çatması bir neçə dəqiqə çəkə bilər; spam qovluğunu da yoxlayın.
link-sent-start-new = Yeni təqdimata başlayın
