### The questions of the wizard's seven steps, and the review of the whole answer before it is
### sent. Some labels of the questions also name the answers in the review.

## Step 1: you and your organisation.

organisation-first-name = სახელი
organisation-last-name = გვარი
organisation-email = ელფოსტის მისამართი
organisation-email-hint = ამ მისამართზე გამოგიგზავნით პირად ბმულს და დადასტურებას. ის არასოდეს გამოქვეყნდება.
organisation-role = თქვენი როლი ან თანამდებობა
organisation-name = ორგანიზაცია
organisation-type = ორგანიზაციის ტიპი
organisation-website = ვებსაიტი
organisation-website-hint = მაგალითად: https://www.example.org
organisation-city-region = ქალაქი ან რეგიონი
organisation-country = ქვეყანა

## Step 2: the practice. $max is the most characters an answer may have.

practice-language = ენა, რომელზეც პრაქტიკას აღწერთ
practice-language-hint = თუ პრაქტიკა შეირჩევა, მის გვერდზე თქვენი ტექსტები ისე გამოჩნდება, როგორც დაწერეთ, და მითითებული იქნება, რომ ისინი ამ ენაზეა დაწერილი.
practice-title = პრაქტიკის სათაური
practice-summary = მოკლე აღწერა
practice-summary-hint = მაქსიმუმ { $max } სიმბოლო. ამას ადამიანები პირველ რიგში წაიკითხავენ.
practice-description = სრული აღწერა
practice-description-hint = მაქსიმუმ { $max } სიმბოლო: რა გააკეთეთ, რატომ, ვისთან ერთად და როგორ.
practice-city-region = სად: ქალაქი ან რეგიონი
practice-country = სად: ქვეყანა
practice-status = პრაქტიკა მიმდინარეა თუ დასრულებული?
practice-status-ongoing = მიმდინარეა
practice-status-completed = დასრულებულია
practice-start-year = დაწყების წელი
practice-start-year-hint = მაგალითად: 2021
practice-partners = პარტნიორები და დაინტერესებული მხარეები
practice-target-groups = სამიზნე ჯგუფები
# The budget is chosen among these bands, in euros.
practice-budget = ბიუჯეტი
practice-budget-under-10k = 10 000 ევროზე ნაკლები
practice-budget-10k-50k = 10 000 – 50 000 ევრო
practice-budget-50k-250k = 50 000 – 250 000 ევრო
practice-budget-250k-1m = 250 000 ევროდან 1 მილიონ ევრომდე
practice-budget-over-1m = 1 მილიონ ევროზე მეტი
practice-funding-sources = დაფინანსების წყაროები

## Step 3: the triple transformation. Each challenge (theme-environmental, theme-digital,
## theme-social) is a box to tick, with the question how the practice tackles it.

transformation-intro = სამმაგი ტრანსფორმაციის რომელ გამოწვევებს პასუხობს პრაქტიკა? აირჩიეთ მინიმუმ ერთი და აღწერეთ, როგორ.
transformation-how-environmental = როგორ პასუხობს ის გარემოსდაცვით გამოწვევას?
transformation-how-digital = როგორ პასუხობს ის ციფრულ გამოწვევას?
transformation-how-social = როგორ პასუხობს ის სოციალურ გამოწვევას?
# $max is the most characters the answer may have.
transformation-how-hint = საჭიროა მხოლოდ იმ შემთხვევაში, თუ ზემოთ შესაბამისი ველი მონიშნეთ. მაქსიმუმ { $max } სიმბოლო.

## Step 4: impact and transferability.

impact-results = შედეგები და მტკიცებულებები
# $max is the most characters the answer may have.
impact-results-hint = ინდიკატორები და რიცხვები, რომლებიც აჩვენებს, რა შეიცვალა. მაქსიმუმ { $max } სიმბოლო.
impact-lessons = მიღებული გაკვეთილები
impact-transferability = როგორ შეიძლება მისი დანერგვა სხვა ქალაქში ან რეგიონში?
impact-requirements = რა იქნებოდა ამისთვის საჭირო?
impact-requirements-hint = ადამიანები, უნარები, სახსრები, წესები, დრო.

## Step 5: peer learning. The yes and no answers are also shown in the review.

peer-learning-host = უმასპინძლებდით თუ არა ურთიერთსწავლების ვიზიტს დაახლოებით 20 ადამიანისგან შემდგარი დელეგაციისთვის?
peer-learning-host-hint = ვიზიტს პროექტი აფინანსებს. თუ თქვენი პრაქტიკა შეირჩევა, ამას თქვენთან ერთად დეტალურად განვიხილავთ.
peer-learning-if-hosting = თუ ვიზიტს უმასპინძლებდით:
peer-learning-host-city = მასპინძელი ქალაქი ან რეგიონი
peer-learning-host-period = სასურველი პერიოდი
peer-learning-host-period-hint = მაგალითად: 2025 წლის გაზაფხული
peer-learning-host-organiser = ვინ მოაწყობდა ვიზიტს?
peer-learning-workshop = გსურთ თქვენი პრაქტიკის წარმოდგენა ონლაინ ვორქშოპზე?
peer-learning-yes = დიახ
peer-learning-no = არა

## Step 6: images and documents. Every uploaded image gets its own questions.

media-images = სურათები
media-images-text = პრაქტიკის ფოტოები ან გეგმები. აღწერეთ თითოეული სურათი, რათა ის ყველასთვის გასაგები იყოს, და აირჩიეთ ლიცენზია, რომლითაც შეიძლება მისი გამოქვეყნება.
media-documents = დოკუმენტები
# $file is the name of the uploaded file, such as "balcony.jpg".
media-image-about = სურათის შესახებ: { $file }
media-alt-text = რა არის გამოსახული სურათზე
# $max is the most characters the answer may have.
media-alt-text-hint = მათთვის, ვისაც სურათის დანახვა არ შეუძლია, მაგალითად: მოხალისეები ხის სახურავს აღადგენენ. მაქსიმუმ { $max } სიმბოლო.
media-caption = წარწერა
media-credit = ფოტოს ავტორი
media-credit-hint = მაგალითად: © ნინო ბერიძე
media-licence = ლიცენზია
# The names of the Creative Commons licences stay as they are.
media-licence-cc-by = CC BY 4.0
media-licence-cc-by-sa = CC BY-SA 4.0
media-licence-cc0 = CC0 (საზოგადოებრივი საკუთრება)
media-licence-all-rights-reserved = ყველა უფლება დაცულია, ქვეყნდება ნებართვით
media-links = ვიდეო- ან ვებბმულები
# $max is the most links that may be given.
media-links-hint = თითო მისამართი თითო სტრიქონზე, მაქსიმუმ { $max }. მაგალითად, პრაქტიკის ამსახველი ვიდეო ან ანგარიში.

## Step 7: the review of every answer, part by part, before sending. Each part is titled with
## its step's name and lists the answers given, each under a short label.

review-intro = გადაამოწმეთ თქვენი პასუხები. გაგზავნამდე ნებისმიერი ნაწილის შეცვლა შეგიძლიათ.
review-incomplete = ეს ნაწილი ჯერ არ არის შევსებული.
# A link to a part's step. $part is the step's name, read out by screen readers but not shown.
review-change = შეცვლა { $part }
review-name = სახელი
review-role = როლი
review-type = ტიპი
review-place = ადგილი
review-title = სათაური
review-summary = მოკლე აღწერა
review-description = აღწერა
review-where = სად
review-status = სტატუსი
review-started = დაწყების წელი
review-adopt = როგორ შეიძლება სხვებმა დანერგონ
review-adopt-needs = რა იქნებოდა ამისთვის საჭირო
review-would-host = უმასპინძლებდა ვიზიტს
review-organiser = ორგანიზატორი
review-would-present = წარმოადგენდა ვორქშოპზე
review-image = სურათი
review-document = დოკუმენტი
review-links = ბმულები
# An uploaded file's name, and for an image what it shows.
review-file-described = { $file }: { $description }
review-consents = თანხმობები
# $link is a link whose text is review-privacy-link.
review-privacy = წაიკითხეთ { $link }, რათა გაიგოთ, როგორ ვიყენებთ თქვენს ინფორმაციას.
review-privacy-link = კონფიდენციალურობის განცხადება
