### The home page: the call, its deadline, and what happens after it.

home-kicker = Yaxşı təcrübələr üçün açıq çağırış
home-deadline = Son müraciət tarixi: { $deadline }
home-opens-on = Çağırış { $opens } tarixində açılır.
home-time-left = Təqdim etmək üçün { $left } qalıb.
home-closed-on = Çağırış { $deadline } tarixində bağlandı.
home-closed-thanks = Təcrübəsini bölüşən hər kəsə təşəkkür edirik. Seçilmiş təcrübələr burada dərc olunacaq.
home-faq = Suallar və cavablar
home-upcoming-workshops = Qarşıdakı seminarlar
home-featured-practices = Önə çıxan təcrübələr
home-latest-practices = Ən yeni təcrübələr
home-all-practices = Bütün yaxşı təcrübələr
