### The online workshops and the peer-learning visits: their lists, their pages, and the forms
### to sign up for a workshop or apply to join a visit. Titles, descriptions and programmes are
### written by staff and stay as they wrote them.

## The list of workshops.

workshops-title = ონლაინ ვორქშოპები
workshops-lead = ოთხ თემატურ ვორქშოპზე „ადგილობრივი ისტორიების გაზიარება“ შერჩეულ კარგ პრაქტიკებს მათ განმახორციელებლებთან ერთად განვიხილავთ. ვორქშოპები ღიაა პოლიტიკის შემქმნელებისთვის, ქალაქების პრაქტიკოსებისთვის, კულტურული მემკვიდრეობის სპეციალისტებისა და სამოქალაქო საზოგადოებისთვის.
workshops-none = ვორქშოპები ჯერ არ არის დაგეგმილი. გთხოვთ, მოგვიანებით შემოგვიაროთ.
# The visitor's own time, after a date in Brussels time when their zone is another. $time is
# a date and time in the language, with the zone's name: "Sunday, 31 January 2027 at 13:00 (UTC)".
local-time = თქვენი დრო: { $time }.
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)". The visitor's
# own time may follow, as "Your time: …".
workshop-when = { $date } · ონლაინ · { $minutes ->
        [one] { $minutes } წუთი.
       *[other] { $minutes } წუთი.
    }

## A workshop's page: its seats, the calendar file, and where a sign-up landed.

workshop-seats-left = { $left ->
        [one] დარჩენილია { $left } ადგილი { $capacity }-დან.
       *[other] დარჩენილია { $left } ადგილი { $capacity }-დან.
    }
workshop-full = ყველა { $capacity } ადგილი დაკავებულია. შეგიძლიათ მოლოდინის სიაში ჩაეწეროთ.
workshop-full-waiting = { $waiting ->
        [one] ყველა { $capacity } ადგილი დაკავებულია და მოლოდინის სიაში { $waiting } ადამიანია. შეგიძლიათ მოლოდინის სიაში ჩაეწეროთ.
       *[other] ყველა { $capacity } ადგილი დაკავებულია და მოლოდინის სიაში { $waiting } ადამიანია. შეგიძლიათ მოლოდინის სიაში ჩაეწეროთ.
    }
workshop-calendar = დაამატეთ თქვენს კალენდარში (.ics)
workshop-signed-up = ადგილი თქვენთვის დაჯავშნილია.
workshop-signed-up-details = დეტალები და მონაწილეობის ბმული ელფოსტით გამოგიგზავნეთ.
# $position counts from 1.
workshop-waiting = თქვენი ნომერი მოლოდინის სიაში: { $position }.
workshop-waiting-details = თუ ადგილი გათავისუფლდება, ის ავტომატურად თქვენ გადმოგეცემათ და ელფოსტით შეგატყობინებთ.
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)", here and below.
workshop-registration-opens = რეგისტრაცია დაიწყება: { $date }.
workshop-registration-closed = რეგისტრაცია დასრულებულია.

## The sign-up form. Its heading and button say "Join the waiting list" once every seat is taken.

workshop-sign-up = რეგისტრაცია
workshop-join-waiting-list = მოლოდინის სიაში ჩაწერა
workshop-sign-ups-close = რეგისტრაცია დასრულდება: { $date }.
workshop-email-hint = ამ მისამართზე გამოგიგზავნით დადასტურებას და მონაწილეობის ბმულს.
workshop-accessibility-hint = მაგალითად, სუბტიტრები, ჟესტური ენის თარგმანი ან მასალები წინასწარ.
workshop-consent = ვეთანხმები, რომ ჩემი მონაცემები გამოყენებული იქნება ამ ვორქშოპის ჩასატარებლად, როგორც ეს კონფიდენციალურობის განცხადებაშია აღწერილი.

## What a workshop's sign-up and a visit's application both ask about the person.

person-name = თქვენი სახელი
person-email = ელფოსტის მისამართი
person-organisation = ორგანიზაცია
person-organisation-type = ორგანიზაციის ტიპი
person-country = ქვეყანა
person-role = თქვენი როლი
person-accessibility-needs = ხელმისაწვდომობასთან დაკავშირებული საჭიროებები
person-privacy-notice = წაიკითხეთ კონფიდენციალურობის განცხადება
attendee-role-decision-making = პოლიტიკური ან გადაწყვეტილების მიმღები დონე
attendee-role-technical = ტექნიკური დონე
attendee-role-heritage-professional = კულტურული მემკვიდრეობის სპეციალისტი
attendee-role-civil-society = სამოქალაქო საზოგადოება
attendee-role-other = სხვა

## The list of visits.

visits-title = ურთიერთსწავლების ვიზიტები
visits-lead = სამი ვიზიტი ადგილზე პოლიტიკის შემქმნელებს, ქალაქების პრაქტიკოსებს და კულტურული მემკვიდრეობის სპეციალისტებს საშუალებას აძლევს, ისწავლონ ერთმანეთისგან და ექსპერტებისგან იქ, სადაც შერჩეული პრაქტიკა ხორციელდება.
visits-in-europe = ორი ვიზიტი ევროპის ქალაქებში ან რეგიონებში.
visits-in-the-caucasus = ერთი ვიზიტი სომხეთის, აზერბაიჯანის ან საქართველოს ქალაქში ან რეგიონში.
visits-delegations = თითოეულ ვიზიტში მონაწილეობს 20 მონაწილისგან შემდგარი დელეგაცია, რომელსაც პროექტი აფინანსებს.
visits-heading = ვიზიტები
visits-none = მასპინძელი ქალაქები და თარიღები აქ გამოცხადდება შერჩევის შემდეგ, დელეგაციაში მონაწილეობის განაცხადის ფორმასთან ერთად.
# $place is the host city or region, $dates as visit-dates writes them.
visits-card-meta = { $place }, { $country } · { $dates }
visits-apply-by = განაცხადის ბოლო ვადა: { $date }.
visits-hosting = ვიზიტის მასპინძლობა
visits-hosting-text = ქალაქებსა და რეგიონებს, რომელთა პრაქტიკაც შეირჩევა, შეუძლიათ ვიზიტის მასპინძლობა შემოგვთავაზონ.
# $link is a link whose text is visits-hosting-link.
visits-hosting-say-so = ამის შესახებ შეგიძლიათ მიუთითოთ { $link }.
visits-hosting-link = პრაქტიკის წარდგენისას

## A visit's page.

# $start and $end are long dates such as "Tuesday 4 May 2027".
visit-dates = { $start } – { $end }
visit-where = სად
visit-place = { $place }, { $country }
visit-when = როდის
visit-delegation = დელეგაცია
visit-delegation-size = { $size ->
        [one] { $size } მონაწილე
       *[other] { $size } მონაწილე
    }, მგზავრობა და განთავსება დაფინანსებულია; ჯერჯერობით მიღებულია { $accepted }
visit-apply-by = განაცხადის ბოლო ვადა
visit-practice = პრაქტიკა
visit-programme = პროგრამა
visit-applied = თქვენი განაცხადი მიღებულია.
visit-applied-details = ელფოსტით გამოგიგზავნეთ დადასტურება ბმულით, რომლითაც შეგიძლიათ განაცხადის ნახვა ან გამოწვევა.
visit-applications-closed = განაცხადების მიღება დასრულებულია.

## The application form.

visit-apply-heading = განაცხადი დელეგაციაში მონაწილეობისთვის
visit-email-hint = ამ მისამართზე გამოგიგზავნით დადასტურებას და ყველა გადაწყვეტილებას.
visit-accessibility-hint = მაგალითად, საფეხურების გარეშე შესასვლელი, წყნარი ოთახი ან კვებასთან დაკავშირებული საჭიროებები.
visit-motivation = რატომ გსურთ მონაწილეობა?
visit-motivation-hint = რა წვლილის შეტანა შეგიძლიათ და რას წაიღებთ თქვენს ქალაქში ან რეგიონში? მაქსიმუმ 2000 სიმბოლო.
visit-consent = ვეთანხმები, რომ ჩემი მონაცემები გამოყენებული იქნება დელეგაციის შესარჩევად და ორგანიზებისთვის, როგორც ეს კონფიდენციალურობის განცხადებაშია აღწერილი.
visit-apply = განაცხადის გაგზავნა
