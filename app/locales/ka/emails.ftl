### The emails the site writes itself, in the language the person used. Plain text: a blank
### line is a new paragraph. Links stand alone on their line.

## The wizard's links.

email-resume-subject = თქვენი მონახაზი European Heritage Hub-ის ღია კონკურსისთვის
email-resume-body =
    მოგესალმებით,

    თქვენ დაიწყეთ კარგი პრაქტიკის აღწერა European Heritage Hub-ის ღია კონკურსისთვის. თქვენი პასუხები შევსებისას ინახება. გასაგრძელებლად, ამ ან ნებისმიერ სხვა მოწყობილობაზე, გახსენით:

    { $link }

    ეს ბმული არავის გაუზიაროთ: ვისაც ის ექნება, შეძლებს თქვენი მონახაზის წაკითხვას და შეცვლას.

    კონკურსი დაიხურება: { $closes }.

    European Heritage Hub
email-manage-subject = თქვენი ბმული პრაქტიკისთვის { $reference }
email-manage-body =
    მოგესალმებით,

    თქვენ ბმულის ხელახლა გამოგზავნა მოითხოვეთ. თქვენი პრაქტიკა { $reference } European Heritage Hub-ის ღია კონკურსზე გაგზავნილია. მისი წასაკითხად, კონკურსის დახურვამდე შესაცვლელად ან გამოსაწვევად გახსენით:

    { $link }

    ეს ბმული არავის გაუზიაროთ: ვისაც ის ექნება, შეძლებს თქვენი განაცხადის შეცვლას. ადრე გამოგზავნილი ბმულები კვლავ იმუშავებს.

    European Heritage Hub

## Workshops. $title is the workshop's title; $manage is the paragraph with the private link.

email-workshop-join = ონლაინ მონაწილეობის ბმული: { $link }
email-workshop-join-later = მონაწილეობის ბმულს ვორქშოპამდე ელფოსტით გამოგიგზავნით.
email-workshop-details =
    როდის: { $when }
    ხანგრძლივობა: { $minutes } წუთი, ონლაინ
    { $join }
email-workshop-manage =
    რეგისტრაციის სანახავად, კალენდრის ფაილის ხელახლა ჩამოსატვირთად ან ადგილის გასაუქმებლად გახსენით:

    { $link }

    ეს ბმული არავის გაუზიაროთ: ვისაც ის ექნება, შეძლებს თქვენი ადგილის გაუქმებას.
email-seat-confirmed-subject = თქვენი ადგილი ვორქშოპზე „{ $title }“
email-seat-confirmed = ონლაინ ვორქშოპზე „{ $title }“ ადგილი თქვენთვის დაჯავშნილია.
email-seat-promoted-subject = ადგილი თქვენია: „{ $title }“
email-seat-promoted = კარგი ამბავი: ონლაინ ვორქშოპზე „{ $title }“ ადგილი გათავისუფლდა და ახლა ის თქვენია. მის შესანარჩუნებლად არაფრის გაკეთება არ გჭირდებათ.
email-seat-reminder-subject = ხვალ: ვორქშოპი „{ $title }“
email-seat-reminder = შეგახსენებთ: ონლაინ ვორქშოპი „{ $title }“ მალე დაიწყება და მასზე ადგილი თქვენთვის დაჯავშნილია.
email-seat-body =
    მოგესალმებით, { $name }!

    { $opening }

    { $details }

    თანდართული კალენდრის ფაილი ვორქშოპს თქვენს კალენდარში დაამატებს.

    { $manage }

    თუ მაინც ვერ შეძლებთ მონაწილეობას, გთხოვთ, გააუქმოთ რეგისტრაცია: თქვენი ადგილი მოლოდინის სიაში შემდეგ ადამიანს გადაეცემა.

    European Heritage Hub
email-waiting-subject = თქვენ მოლოდინის სიაში ხართ: „{ $title }“
email-waiting-body =
    მოგესალმებით, { $name }!

    ონლაინ ვორქშოპზე „{ $title }“ ყველა ადგილი დაკავებულია, ამიტომ თქვენ მოლოდინის სიაში ხართ. თქვენი ნომერი: { $position }.

    თუ ადგილი გათავისუფლდება, ის ავტომატურად რიგში პირველ ადამიანს გადაეცემა და მონაწილეობის ბმულს ელფოსტით გამოგიგზავნით. ვორქშოპი ჩატარდება: { $when }.

    { $manage }

    European Heritage Hub
email-cancelled-subject = თქვენი ადგილი გაუქმებულია: „{ $title }“
email-cancelled-by-holder = გმადლობთ, რომ შეგვატყობინეთ: ადგილი სხვას გადაეცემა.
email-cancelled-by-staff = ის ორგანიზატორებმა გააუქმეს; თუ ფიქრობთ, რომ ეს შეცდომაა, უპასუხეთ ამ წერილს.
email-cancelled-body =
    მოგესალმებით, { $name }!

    თქვენი ადგილი ონლაინ ვორქშოპზე „{ $title }“ გაუქმებულია. { $why }

    გადაიფიქრეთ? სანამ რეგისტრაცია ღიაა, შეგიძლიათ ხელახლა დარეგისტრირდეთ აქ: { $link }

    European Heritage Hub
email-workshop-cancelled-subject = გაუქმებულია: ვორქშოპი „{ $title }“
email-workshop-cancelled-body =
    მოგესალმებით, { $name }!

    ვწუხვართ: ონლაინ ვორქშოპი „{ $title }“ (დაგეგმილი იყო: { $when }) გაუქმებულია. შესაბამისად, თქვენი რეგისტრაციაც გაუქმებულია; არაფრის გაკეთება არ გჭირდებათ.

    სხვა ვორქშოპები შეგიძლიათ ნახოთ აქ: { $link }

    European Heritage Hub

## Peer-learning visits. $title is the visit's title.

email-visit-where-when = { $place }, { $country }, { $dates }
email-visit-body =
    მოგესალმებით, { $name }!

    { $news }

    ვიზიტი: { $title }, { $place }.

    განაცხადის სანახავად ან გამოსაწვევად გახსენით:

    { $link }

    ეს ბმული არავის გაუზიაროთ: ვისაც ის ექნება, შეძლებს თქვენი განაცხადის გამოწვევას.

    European Heritage Hub
email-visit-received-subject = თქვენი განაცხადი მიღებულია: { $title }
email-visit-received = გმადლობთ დელეგაციაში მონაწილეობის განაცხადისთვის. ორგანიზატორები { $size } მონაწილეს განაცხადების მიღების ვადის ({ $deadline }) გასვლის შემდეგ შეარჩევენ და გადაწყვეტილებას ელფოსტით შეგატყობინებენ.
email-visit-accepted-subject = თქვენ დელეგაციის წევრი ხართ: { $title }
email-visit-accepted = კარგი ამბავი: დელეგაციაში ადგილი თქვენთვის გამოიყო. მგზავრობისა და განთავსების ხარჯებს პროექტი ფარავს; ორგანიზატორები დეტალების შესახებ დაგიკავშირდებიან. თუ მაინც ვერ შეძლებთ მონაწილეობას, გთხოვთ, გამოიწვიოთ განაცხადი, რათა თქვენი ადგილი სხვას გადაეცეს.
email-visit-waitlisted-subject = თქვენ მოლოდინის სიაში ხართ: { $title }
email-visit-waitlisted = დელეგაცია ამჟამად შევსებულია და თქვენ მის მოლოდინის სიაში ხართ. თუ ადგილი გათავისუფლდება, ორგანიზატორები მას ელფოსტით შემოგთავაზებენ.
email-visit-declined-subject = თქვენი განაცხადი: { $title }
email-visit-declined = გმადლობთ განაცხადისთვის. სამწუხაროდ, ამჯერად დელეგაციაში ადგილი ვერ შემოგთავაზეთ. ონლაინ ვორქშოპები ყველასთვის ღიაა; მათ ვებსაიტზე იპოვით.
