### The questions of the wizard's seven steps, and the review of the whole answer before it is
### sent. Some labels of the questions also name the answers in the review.

## Step 1: you and your organisation.

organisation-first-name = Ad
organisation-last-name = Soyad
organisation-email = E-poçt ünvanı
organisation-email-hint = Şəxsi keçidinizi və təsdiq məktubunu bu ünvana göndəririk. Ünvan heç vaxt dərc olunmur.
organisation-role = Rolunuz və ya vəzifəniz
organisation-name = Təşkilat
organisation-type = Təşkilatın növü
organisation-website = Veb sayt
organisation-website-hint = Məsələn, https://www.example.org
organisation-city-region = Şəhər və ya region
organisation-country = Ölkə

## Step 2: the practice. $max is the most characters an answer may have.

practice-language = Təcrübəni təsvir etdiyiniz dil
practice-language-hint = Təcrübə seçilərsə, onun səhifəsində mətnləriniz yazdığınız kimi göstəriləcək və bu dildə yazıldığı qeyd olunacaq.
practice-title = Təcrübənin başlığı
practice-summary = Qısa xülasə
practice-summary-hint = Ən çoxu { $max } simvol. Oxucular ilk olaraq bunu oxuyur.
practice-description = Ətraflı təsvir
practice-description-hint = Ən çoxu { $max } simvol: nə etdiniz, nə üçün, kimlərlə və necə.
practice-city-region = Harada: şəhər və ya region
practice-country = Harada: ölkə
practice-status = Təcrübə davam edir, yoxsa başa çatıb?
practice-status-ongoing = Davam edir
practice-status-completed = Başa çatıb
practice-start-year = Başlama ili
practice-start-year-hint = Məsələn, 2021
practice-partners = Tərəfdaşlar və maraqlı tərəflər
practice-target-groups = Hədəf qrupları
# The budget is chosen among these bands, in euros.
practice-budget = Büdcə
practice-budget-under-10k = 10.000 avrodan az
practice-budget-10k-50k = 10.000 – 50.000 avro
practice-budget-50k-250k = 50.000 – 250.000 avro
practice-budget-250k-1m = 250.000 avro – 1 milyon avro
practice-budget-over-1m = 1 milyon avrodan çox
practice-funding-sources = Maliyyə mənbələri

## Step 3: the triple transformation. Each challenge (theme-environmental, theme-digital,
## theme-social) is a box to tick, with the question how the practice tackles it.

transformation-intro = Təcrübə üçlü transformasiyanın hansı problemlərinin həllinə yönəlib? Ən azı birini seçin və necə olduğunu izah edin.
transformation-how-environmental = Təcrübə ekoloji problemin həllinə necə kömək edir?
transformation-how-digital = Təcrübə rəqəmsal problemin həllinə necə kömək edir?
transformation-how-social = Təcrübə sosial problemin həllinə necə kömək edir?
# $max is the most characters the answer may have.
transformation-how-hint = Yalnız yuxarıdakı xananı işarələmisinizsə, doldurun. Ən çoxu { $max } simvol.

## Step 4: impact and transferability.

impact-results = Nəticələr və sübutlar
# $max is the most characters the answer may have.
impact-results-hint = Nəyin dəyişdiyini göstərən göstəricilər və rəqəmlər. Ən çoxu { $max } simvol.
impact-lessons = Çıxarılan dərslər
impact-transferability = Başqa şəhər və ya region bu təcrübəni necə tətbiq edə bilər?
impact-requirements = Bunun üçün nə lazım olardı?
impact-requirements-hint = İnsanlar, bacarıqlar, maliyyə, qaydalar, vaxt.

## Step 5: peer learning. The yes and no answers are also shown in the review.

peer-learning-host = Təxminən 20 nəfərlik nümayəndə heyəti üçün qarşılıqlı öyrənmə səfərinə ev sahibliyi edərdinizmi?
peer-learning-host-hint = Səfər layihə tərəfindən maliyyələşdirilir. Təcrübəniz seçilərsə, bunu sizinlə ətraflı müzakirə edəcəyik.
peer-learning-if-hosting = Səfərə ev sahibliyi edərdinizsə:
peer-learning-host-city = Ev sahibi şəhər və ya region
peer-learning-host-period = Üstünlük verdiyiniz dövr
peer-learning-host-period-hint = Məsələn: 2025-ci ilin yazı
peer-learning-host-organiser = Səfəri kim təşkil edərdi?
peer-learning-workshop = Təcrübənizi onlayn seminarda təqdim etmək istərdinizmi?
peer-learning-yes = Bəli
peer-learning-no = Xeyr

## Step 6: images and documents. Every uploaded image gets its own questions.

media-images = Şəkillər
media-images-text = Təcrübəyə aid fotolar və ya planlar. Hər kəsin başa düşə bilməsi üçün hər şəkli təsvir edin və onun hansı lisenziya ilə dərc oluna biləcəyini seçin.
media-documents = Sənədlər
# $file is the name of the uploaded file, such as "balcony.jpg".
media-image-about = { $file } haqqında
media-alt-text = Şəkildə nə göstərilir
# $max is the most characters the answer may have.
media-alt-text-hint = Şəkli görə bilməyənlər üçün, məsələn: Taxta damı təmir edən könüllülər. Ən çoxu { $max } simvol.
media-caption = Şəkilaltı yazı
media-credit = Fotonun müəllifi
media-credit-hint = Məsələn: © Nino Beridze
media-licence = Lisenziya
# The names of the Creative Commons licences stay as they are.
media-licence-cc-by = CC BY 4.0
media-licence-cc-by-sa = CC BY-SA 4.0
media-licence-cc0 = CC0 (ictimai domen)
media-licence-all-rights-reserved = Bütün hüquqlar qorunur, icazə ilə dərc olunur
media-links = Video və ya veb keçidlər
# $max is the most links that may be given.
media-links-hint = Hər sətirdə bir ünvan, ən çoxu { $max }. Məsələn, təcrübə haqqında video və ya hesabat.

## Step 7: the review of every answer, part by part, before sending. Each part is titled with
## its step's name and lists the answers given, each under a short label.

review-intro = Cavablarınızı yoxlayın. Göndərməzdən əvvəl istənilən hissəni dəyişə bilərsiniz.
review-incomplete = Bu hissə hələ tamamlanmayıb.
# A link to a part's step. $part is the step's name, read out by screen readers but not shown.
review-change = Dəyişin { $part }
review-name = Ad
review-role = Rol
review-type = Növ
review-place = Yer
review-title = Başlıq
review-summary = Xülasə
review-description = Təsvir
review-where = Harada
review-status = Vəziyyət
review-started = Başlama ili
review-adopt = Başqaları bunu necə tətbiq edə bilər
review-adopt-needs = Bunun üçün nə lazımdır
review-would-host = Səfərə ev sahibliyi edərdi
review-organiser = Təşkilatçı
review-would-present = Seminarda təqdimat edərdi
review-image = Şəkil
review-document = Sənəd
review-links = Keçidlər
# An uploaded file's name, and for an image what it shows.
review-file-described = { $file }: { $description }
review-consents = Razılıqlar
# $link is a link whose text is review-privacy-link.
review-privacy = Məlumatlarınızdan necə istifadə etdiyimizi öyrənmək üçün { $link } oxuyun.
review-privacy-link = məxfilik bildirişini
