### The pages people reach from the secret link in our emails (/manage/…): their sent practice,
### their workshop registration or their visit application, with the ways to change, cancel or
### withdraw it. Also the pages to have that link emailed again. Workshop and visit titles are
### written by staff and stay as they wrote them.
###
### Dates and times ($sent, $closes, $date) read as "Friday, 15 January 2027, 23:59 (Brussels
### time)" in the page's language.

## A sent practice's page.

manage-submission-title = თქვენი განაცხადი
# $reference is the practice's reference, such as "EHH-2027-0042".
manage-submission-heading = თქვენი პრაქტიკა { $reference }
manage-submission-changed = თქვენი ცვლილებები გაგზავნილია.
manage-submission-withdrawn = თქვენ ეს პრაქტიკა კონკურსიდან გამოიწვიეთ. ის არ შეფასდება.
manage-submission-sent = გაგზავნილია: { $sent }. კონკურსი დაიხურება: { $closes }.
manage-submission-change = ჩემი პასუხების შეცვლა
manage-submission-answers = თქვენი პასუხები, როგორც გაიგზავნა
manage-submission-withdraw-heading = პრაქტიკის გამოწვევა
manage-submission-withdraw-text = თუ პრაქტიკას გამოიწვევთ, ის კონკურსში აღარ მიიღებს მონაწილეობას და არ შეფასდება. ამ მოქმედების გაუქმება შეუძლებელია.
manage-submission-withdraw-confirm = მსურს ამ პრაქტიკის კონკურსიდან გამოწვევა.
manage-submission-withdraw = ჩემი პრაქტიკის გამოწვევა

## A workshop registration's page: the place as it is now, the details, the calendar file, and
## cancelling.

manage-registration-title = თქვენი რეგისტრაცია ვორქშოპზე
# $workshop is the workshop's title.
manage-registration-heading = თქვენი რეგისტრაცია: { $workshop }
manage-registration-workshop-cancelled = ეს ვორქშოპი გაუქმებულია.
manage-registration-workshop-cancelled-details = შესაბამისად, თქვენი რეგისტრაციაც გაუქმებულია.
manage-registration-seat = ადგილი თქვენთვის დაჯავშნილია.
# $link is the meeting's address, as a link.
manage-registration-join-online = ონლაინ მონაწილეობის ბმული: { $link }
manage-registration-link-follows = მონაწილეობის ბმულს ვორქშოპამდე ელფოსტით გამოგიგზავნით.
# $position counts from 1.
manage-registration-waiting = თქვენი ნომერი მოლოდინის სიაში: { $position }.
manage-registration-waiting-details = თუ ადგილი გათავისუფლდება, ის ავტომატურად თქვენ გადმოგეცემათ და ელფოსტით შეგატყობინებთ.
manage-registration-cancelled = თქვენი ადგილი გაუქმებულია.
manage-registration-cancelled-thanks = გმადლობთ, რომ შეგვატყობინეთ.
# $link is a link to the workshop's page whose text is manage-registration-sign-up-again.
manage-registration-sign-up-again-while-open = { $link } შეგიძლიათ, სანამ რეგისტრაცია ღიაა.
manage-registration-sign-up-again = ხელახლა დარეგისტრირება
manage-registration-when = როდის
manage-registration-duration = ხანგრძლივობა
manage-registration-duration-value = { $minutes ->
        [one] { $minutes } წუთი, ონლაინ
       *[other] { $minutes } წუთი, ონლაინ
    }
manage-registration-name = სახელი
manage-registration-email = ელფოსტა
manage-registration-registered = რეგისტრაციის თარიღი
manage-registration-calendar = კალენდრის ფაილის ჩამოტვირთვა (.ics)
manage-registration-cancel-heading = ადგილის გაუქმება
manage-registration-cancel-text = თუ მონაწილეობას ვერ შეძლებთ, გააუქმეთ რეგისტრაცია აქ: თქვენი ადგილი მაშინვე მოლოდინის სიაში პირველ ადამიანს გადაეცემა.
manage-registration-cancel-confirm = მსურს უარი ვთქვა ჩემს ადგილზე ამ ვორქშოპზე.
manage-registration-cancel = ჩემი ადგილის გაუქმება

## A visit application's page: its state as staff last decided it, and withdrawing it.

manage-application-title = თქვენი განაცხადი
# $visit is the visit's title.
manage-application-heading = თქვენი განაცხადი: { $visit }
manage-application-status-applied = შემოსულია, გადაწყვეტილება ჯერ არ არის მიღებული
manage-application-status-accepted = მიღებულია
manage-application-status-waitlisted = მოლოდინის სიაშია
manage-application-status-declined = არ არის მიღებული
manage-application-status-withdrawn = გამოწვეულია
manage-application-applied = განაცხადი შემოტანილია: { $date }.
manage-application-about-visit = ვიზიტის შესახებ
manage-application-withdraw-heading = განაცხადის გამოწვევა
manage-application-withdraw-text = თუ მონაწილეობას ვერ შეძლებთ, გამოიწვიეთ განაცხადი აქ, რათა თქვენი ადგილი სხვას გადაეცეს.
manage-application-withdraw-confirm = მსურს ჩემი განაცხადის გამოწვევა.
manage-application-withdraw = ჩემი განაცხადის გამოწვევა

## "Email me my link again", for someone who lost the link to their draft or sent practice, and
## the page after it, which reads the same whether or not we know the address.

resend-title = ბმულის ხელახლა გამოგზავნა ელფოსტით
resend-text = დაკარგეთ ბმული თქვენს მონახაზზე ან გაგზავნილ პრაქტიკაზე? შეიყვანეთ ელფოსტის მისამართი, რომელიც ფორმაში მიუთითეთ. თუ ამ მისამართზე მონახაზი ან პრაქტიკა გვაქვს, ელფოსტით ახალ ბმულს გამოგიგზავნით. ადრე გამოგზავნილი ბმულები კვლავ იმუშავებს.
resend-email = ელფოსტის მისამართი
resend-send = ბმულის გამოგზავნა
link-sent-title = შეამოწმეთ ელფოსტა
link-sent-text = თუ ამ მისამართზე არსებობს მონახაზი ან გაგზავნილი პრაქტიკა, მისი ბმული ელფოსტით გამოგიგზავნეთ. წერილის მოსვლას შეიძლება რამდენიმე წუთი დასჭირდეს; შეამოწმეთ სპამის საქაღალდეც.
link-sent-start-new = ახალი განაცხადის დაწყება
