### The frame of every page: navigation, footer, language choice, dates, and the pages for
### addresses that lead nowhere.

skip-link = მთავარ შინაარსზე გადასვლა
nav-label = ძირითადი ნავიგაცია
nav-menu = მენიუ
nav-home = მთავარი
nav-submit = პრაქტიკის წარდგენა
nav-practices = პრაქტიკები
nav-workshops = ვორქშოპები
nav-visits = ვიზიტები
footer-about = კარგი პრაქტიკების ღია კონკურსი კულტურული მემკვიდრეობის სფეროში მთელ ევროპასა და კავკასიაში.
footer-privacy = კონფიდენციალურობა
footer-accessibility = ხელმისაწვდომობა

## The language switcher and the offer of the visitor's own language. The offer is shown in
## the offered language, to someone whose browser or earlier choice prefers it.

language-switcher-label = ენა
language-offer-label = ენა
language-offer = ეს გვერდი ქართულ ენაზეც არის ხელმისაწვდომი.
language-offer-action = ქართულად წაკითხვა
language-offer-stay = ამ ენაზე დარჩენა

## Dates. $date is a long date such as "Friday 15 January 2027", $time a 24-hour time.

datetime-brussels = { $date }, { $time } (ბრიუსელის დროით)
time-left-weeks = { $weeks ->
        [one] { $weeks } კვირა
       *[other] { $weeks } კვირა
    }{ $days ->
        [0] {""}
        [one] {" "}და { $days } დღე
       *[other] {" "}და { $days } დღე
    }
time-left-days = { $days ->
        [one] { $days } დღე
       *[other] { $days } დღე
    }
time-left-hours = { $hours ->
        [one] { $hours } საათი
       *[other] { $hours } საათი
    }
time-left-less-than-an-hour = ერთ საათზე ნაკლები

## The page for an address that leads nowhere.

not-found-title = გვერდი ვერ მოიძებნა
not-found-text = ამ მისამართზე გვერდი არ არსებობს. შესაძლოა, ის სხვაგან იყოს გადატანილი, ან ბმული შეცდომით იყოს აკრეფილი.
not-found-you-can = შეგიძლიათ:
not-found-home = გადახვიდეთ მთავარ გვერდზე და გაეცნოთ ღია კონკურსს
not-found-practices = დაათვალიეროთ შერჩეული კარგი პრაქტიკები
not-found-workshops = ნახოთ მომავალი ონლაინ ვორქშოპები

## Form fields and lists, on every page with a form or several pages of results.

form-optional = { $label } (არასავალდებულო)
form-not-given = არ არის მითითებული
form-choose = აირჩიეთ…
form-error-prefix = შეცდომა:{" "}
form-error-summary = დაფიქსირდა პრობლემა
pagination-previous = წინა გვერდი
pagination-next = შემდეგი გვერდი
pagination-page = გვერდი { $page } / { $pages }
loading = იტვირთება…
