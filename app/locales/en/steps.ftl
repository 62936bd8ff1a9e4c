### The questions of the wizard's seven steps, and the review of the whole answer before it is
### sent. Some labels of the questions also name the answers in the review.

## Step 1: you and your organisation.

organisation-first-name = First name
organisation-last-name = Last name
organisation-email = Email address
organisation-email-hint = We send your private link and the confirmation here. It is never published.
organisation-role = Your role or position
organisation-name = Organisation
organisation-type = Type of organisation
organisation-website = Website
organisation-website-hint = For example https://www.example.org
organisation-city-region = City or region
organisation-country = Country

## Step 2: the practice. $max is the most characters an answer may have.

practice-language = Language you describe the practice in
practice-language-hint = If the practice is selected, its page shows your texts as you wrote them, marked as written in this language.
practice-title = Title of the practice
practice-summary = Short summary
practice-summary-hint = At most { $max } characters. This is what people read first.
practice-description = Full description
practice-description-hint = At most { $max } characters: what you did, why, with whom and how.
practice-city-region = Where: city or region
practice-country = Where: country
practice-status = Is the practice ongoing or completed?
practice-status-ongoing = Ongoing
practice-status-completed = Completed
practice-start-year = Year it started
practice-start-year-hint = For example 2021
practice-partners = Partners and stakeholders
practice-target-groups = Target groups
# The budget is chosen among these bands, in euros.
practice-budget = Budget
practice-budget-under-10k = Less than €10,000
practice-budget-10k-50k = €10,000 to €50,000
practice-budget-50k-250k = €50,000 to €250,000
practice-budget-250k-1m = €250,000 to €1 million
practice-budget-over-1m = More than €1 million
practice-funding-sources = Funding sources

## Step 3: the triple transformation. Each challenge (theme-environmental, theme-digital,
## theme-social) is a box to tick, with the question how the practice tackles it.

transformation-intro = Which challenges of the triple transformation does the practice tackle? Choose at least one, and say how.
transformation-how-environmental = How does it tackle the environmental challenge?
transformation-how-digital = How does it tackle the digital challenge?
transformation-how-social = How does it tackle the social challenge?
# $max is the most characters the answer may have.
transformation-how-hint = Needed only if you ticked the box above. At most { $max } characters.

## Step 4: impact and transferability.

impact-results = Results and evidence
# $max is the most characters the answer may have.
impact-results-hint = Indicators and numbers that show what changed. At most { $max } characters.
impact-lessons = Lessons learned
impact-transferability = How could another city or region adopt it?
impact-requirements = What would that need?
impact-requirements-hint = People, skills, money, rules, time.

## Step 5: peer learning. The yes and no answers are also shown in the review.

peer-learning-host = Would you host a peer-learning visit for a delegation of about 20 people?
peer-learning-host-hint = The visit is funded by the project. If your practice is selected, we will talk it through with you.
peer-learning-if-hosting = If you would host a visit:
peer-learning-host-city = Host city or region
peer-learning-host-period = Preferred period
peer-learning-host-period-hint = For example: spring 2025
peer-learning-host-organiser = Who would organise it?
peer-learning-workshop = Would you like to present your practice at an online workshop?
peer-learning-yes = Yes
peer-learning-no = No

## Step 6: images and documents. Every uploaded image gets its own questions.

media-images = Images
media-images-text = Photos or plans of the practice. Describe each image, so that everyone can follow, and choose the licence it may be published under.
media-documents = Documents
# $file is the name of the uploaded file, such as "balcony.jpg".
media-image-about = About { $file }
media-alt-text = What the image shows
# $max is the most characters the answer may have.
media-alt-text-hint = For people who cannot see it, for example: Volunteers repairing a timber roof. At most { $max } characters.
media-caption = Caption
media-credit = Photo credit
media-credit-hint = For example: © Nino Beridze
media-licence = Licence
# The names of the Creative Commons licences stay as they are.
media-licence-cc-by = CC BY 4.0
media-licence-cc-by-sa = CC BY-SA 4.0
media-licence-cc0 = CC0 (public domain)
media-licence-all-rights-reserved = All rights reserved, published with permission
media-links = Video or web links
# $max is the most links that may be given.
media-links-hint = One address per line, at most { $max }. For example a video of the practice or a report.

## Step 7: the review of every answer, part by part, before sending. Each part is titled with
## its step's name and lists the answers given, each under a short label.

review-intro = Check your answers. You can change any part before you send it.
review-incomplete = This part is not complete yet.
# A link to a part's step. $part is the step's name, read out by screen readers but not shown.
review-change = Change { $part }
review-name = Name
review-role = Role
review-type = Type
review-place = Place
review-title = Title
review-summary = Summary
review-description = Description
review-where = Where
review-status = Status
review-started = Started
review-adopt = How others could adopt it
review-adopt-needs = What that would need
review-would-host = Would host a visit
review-organiser = Organiser
review-would-present = Would present at a workshop
review-image = Image
review-document = Document
review-links = Links
# An uploaded file's name, and for an image what it shows.
review-file-described = { $file }: { $description }
review-consents = Consents
# $link is a link whose text is review-privacy-link.
review-privacy = Read the { $link } to see how we use your information.
review-privacy-link = privacy notice
