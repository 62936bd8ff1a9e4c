### What a form says about an answer it cannot take, next to the field and in the summary.

error-required = Bu sahəni doldurun.
error-too-long = Ən çoxu { $max } simvol yazın (hazırda { $actual } simvoldur).
error-not-a-name = Yalnız ad yazın: veb və ya e-poçt ünvanları və xüsusi simvollar olmadan.
error-web-address = https:// və ya http:// ilə başlayan veb ünvanı daxil edin, məsələn, https://example.org.
error-web-address-too-long = Veb ünvanı ən çoxu 500 simvoldan ibarət ola bilər.
error-year-format = İli dörd rəqəmlə daxil edin, məsələn, 2021.
error-year-range = { $min } ilə { $max } arasında bir il daxil edin.
error-no-choice = Variantlardan birini seçin.
error-country = Siyahıdan ölkə seçin.
error-email-empty = E-poçt ünvanını daxil edin.
error-email-format = E-poçt ünvanını ad@example.org formatında daxil edin.
error-email-too-long = E-poçt ünvanı ən çoxu 254 simvoldan ibarət ola bilər.
error-no-theme = Təcrübənin həllinə yönəldiyi ən azı bir problemi seçin.
error-link-line = Sətir { $line }: https:// və ya http:// ilə başlayan veb ünvanı daxil edin, məsələn, https://example.org.
error-link-line-too-long = Sətir { $line }: veb ünvanı ən çoxu 500 simvoldan ibarət ola bilər.
error-too-many-links = Ən çoxu { $max } keçid əlavə edin.

## What a page says when a request failed.

error-not-found = Axtardığınız məlumat tapılmadı.
error-unavailable = Xidmət müvəqqəti olaraq əlçatan deyil. Bir azdan yenidən cəhd edin.
error-internal = Bizim tərəfimizdə xəta baş verdi. Yenidən cəhd edin.
error-call-closed = Çağırış bağlanıb: artıq təqdimatlar və dəyişikliklər qəbul edilmir.
error-registration-closed = Bu seminar üçün qeydiyyat açıq deyil.
error-withdrawn = Bu təqdimat geri götürülüb: onu artıq dəyişmək mümkün deyil.
error-under-review = Bu təcrübənin qiymətləndirilməsinə başlanılıb: onu artıq dəyişmək mümkün deyil.
error-unauthorized = Davam etmək üçün daxil olun.
error-forbidden = Rolunuz bu əməliyyata icazə vermir.
error-too-many-attempts = Həddindən artıq giriş cəhdi edildi. { $minutes } dəqiqə gözləyin, sonra yenidən cəhd edin.
error-rate-limited = { $minutes ->
        [one] Bağlantınızdan həddindən artıq sorğu göndərilib. { $minutes } dəqiqə sonra yenidən cəhd edin.
       *[other] Bağlantınızdan həddindən artıq sorğu göndərilib. { $minutes } dəqiqə sonra yenidən cəhd edin.
    }
error-invalid-fields = Bəzi cavablara düzəliş etmək lazımdır.
error-bad-request = Sorğunu başa düşmək mümkün olmadı.
error-already-registered = Bu seminar üçün { $email } ünvanı ilə artıq qeydiyyatdan keçilib. O zaman göndərdiyimiz məktubda həmin qeydiyyata baxmaq və ya onu ləğv etmək üçün keçid var.
error-already-applied = Bu səfər üçün { $email } ünvanı ilə artıq müraciət edilib. O zaman göndərdiyimiz məktubda həmin müraciətə baxmaq və ya onu geri götürmək üçün keçid var.

## A file that was not accepted, named in the message.

upload-empty = { $file } faylı boşdur.
upload-too-large = { $file } faylının həcmi { $megabytes } MB həddini aşır. Faylı kiçildin və yenidən yükləyin.
upload-not-an-image = { $file } faylı JPEG, PNG və ya WebP şəkli deyil. Bunun əvəzinə JPEG, PNG və ya WebP şəkli yükləyin.
upload-not-a-pdf = { $file } faylı PDF sənədi deyil. Bunun əvəzinə PDF sənədi yükləyin.
upload-too-many-images = { $file } faylı artıqdır: ən çoxu { $max } şəkil yükləyə bilərsiniz. Əvvəlcə birini silin.
upload-too-many-documents = { $file } faylı artıqdır: ən çoxu { $max } sənəd yükləyə bilərsiniz. Əvvəlcə birini silin.
upload-too-many-pixels = { $file } faylında 40 milyondan çox piksel var və ya onun eni, yaxud hündürlüyü 10.000 pikseldən çoxdur. Şəkli kiçildin və yenidən yükləyin.
upload-damaged = { $file } faylını oxumaq mümkün olmadı: fayl zədələnmiş görünür. Onu yenidən yadda saxlayın və təkrar yükləyin.
