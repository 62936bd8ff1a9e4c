### The submission wizard: its steps, their questions, review, sending and the pages around it.

## Step 7: the consents given when sending.

consent-processing = Bu təqdimatdakı məlumatların məxfilik bildirişində izah edildiyi kimi açıq çağırışın keçirilməsi məqsədilə European Heritage Hub tərəfindən emal olunmasına razıyam.
consent-publication = Təcrübə seçilərsə, onun əlaqə məlumatlarım göstərilmədən European Heritage Hub tərəfindən dərc olunmasına və təbliğ edilməsinə razıyam.
consent-image-rights = Yüklədiyim şəkillərə dair hüquqların mənə məxsus olduğunu və ya onları seçdiyim lisenziya ilə dərc etmək üçün icazəm olduğunu təsdiq edirəm.
consent-contact = Onlayn seminarlar və qarşılıqlı öyrənmə səfərləri ilə bağlı mənimlə əlaqə saxlaya bilərsiniz.
consent-processing-required = Təqdimatınızı göndərmək üçün onun emal olunmasına razılıq verin.
consent-publication-required = Göndərmək üçün təcrübəniz seçilərsə, onun dərc olunmasına razılıq verin.
consent-image-rights-required = Göndərmək üçün şəkillərinizə dair hüquqları təsdiq edin və ya şəkilləri silin.

## The steps, as the list of steps, the headings and the titles name them.

step-organisation = Siz və təşkilatınız
step-practice = Təcrübə
step-transformation = Üçlü transformasiya
step-impact = Təsir və başqa yerlərdə tətbiq imkanı
step-peer-learning = Qarşılıqlı öyrənmə
step-media = Şəkillər və sənədlər
step-review = Yoxlayın və göndərin
step-heading = Addım { $number } / { $steps }: { $title }
steps-label = Formun addımları
steps-complete = {" "}(tamamlanıb)

## Around the steps' forms.

wizard-kicker = Yaxşı təcrübə təqdim edin
wizard-not-complete = { $step } — bu addım hələ tamamlanmayıb.
wizard-send-changes = Dəyişiklikləri göndərin
wizard-send = Təcrübəni göndərin
wizard-save-continue = Yadda saxlayın və davam edin
wizard-back = Geri: { $step }
wizard-saved = Bu səhifədəki cavablarınız yadda saxlanıldı.
wizard-not-saved = Hələ yadda saxlanılmayıb: { $problem }
wizard-withdrawn = { $reference } nömrəli təcrübə çağırışdan geri götürülüb. Onu artıq dəyişmək mümkün deyil.
wizard-not-open = Çağırış hələ açılmayıb. Çağırış açılanda yenidən baxın.
wizard-sent-closed = { $reference } nömrəli təcrübə göndərilib. Çağırış { $date } tarixində bağlandığı üçün onu artıq dəyişmək mümkün deyil.
wizard-closed = Çağırış { $date } tarixində bağlanıb. Qaralamaları artıq göndərmək mümkün deyil.
wizard-intro = Cavablarınız hər addımda yadda saxlanılır. Sonradan istənilən cihazda davam edə bilməyiniz üçün sizə e-poçtla şəxsi keçid göndəririk. Çağırış { $date } tarixində bağlanır.
wizard-lost-link = Əvvəllər başlamısınız və keçidinizi itirmisiniz? { $link }
wizard-resend-link = Keçidimi e-poçtla yenidən göndərin
wizard-changing-sent = Siz artıq göndərilmiş { $reference } nömrəli təcrübəni dəyişirsiniz. Qiymətləndiricilər dəyişikliklərinizi yalnız siz onları son addımda yenidən göndərdikdən sonra görəcəklər; bunu çağırış { $date } tarixində bağlanmazdan əvvəl edin.
wizard-link-opens-nothing = Bu keçid heç bir səhifəyə aparmır
wizard-link-opens-nothing-text = Bu keçidə uyğun təqdimat tapılmadı. Keçid natamam ola bilər: ünvanı e-poçt məktubundan tam şəkildə kopyalayın.

## After sending.

sent-title = Təşəkkür edirik: təcrübəniz göndərildi
sent-changes = Dəyişiklikləriniz göndərildi.
sent-reference = İstinad nömrəniz
sent-emailed = Sizə xülasə və şəxsi keçid olan təsdiq məktubu göndərdik. Həmin keçid vasitəsilə təqdimatınızı oxuya, çağırış bağlanana qədər onu dəyişə və ya geri götürə bilərsiniz.
sent-next = Bundan sonra nə baş verəcək
sent-review = Çağırış { $date } tarixində bağlandıqdan sonra ekspertlər hər bir təcrübəni qiymətləndirəcək. Qərar barədə sizə e-poçtla məlumat veriləcək.
sent-home = Ana səhifəyə qayıdın
sent-nothing = Burada göstəriləcək göndərilmiş təcrübə yoxdur. { $link }
sent-start = Təqdimata başlayın və ya davam edin

## When an emailed link is opened in a browser that works on another practice.

choose-title = Hansı təcrübə üzərində işi davam etdirmək istəyirsiniz?
choose-untitled = hələ başlığı olmayan təcrübəniz
choose-titled = “{ $title }”
choose-question = Bu brauzerdə artıq bu təcrübə üzərində iş gedir: { $in_browser }. Açdığınız keçid isə bu təcrübəyə aparır: { $in_link }. Burada hansını davam etdirəcəyinizi seçin; digəri olduğu kimi qalacaq.
choose-no-link-warning = Bu brauzerdəki təcrübə üçün hələ e-poçt ünvanı göstərilməyib, ona görə də ona aparan keçid göndərilməyib: onu tərk etsəniz, ona geri qayıda bilməyəcəksiniz.
choose-continue = Bununla davam edin: { $practice }
choose-keep = Bunun üzərində işləməyə davam edin: { $practice }
choose-nothing = Seçiləcək heç nə yoxdur: keçidin müddəti bitib və ya ondan artıq istifadə olunub. { $link }.
choose-continue-submission = Təqdimatınıza davam edin
