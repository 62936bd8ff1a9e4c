### The submission wizard: its steps, their questions, review, sending and the pages around it.

## Step 7: the consents given when sending.

consent-processing = I agree that the European Heritage Hub processes the information in this submission to run the open call, as described in the privacy notice.
consent-publication = If the practice is selected, I agree that it is published and promoted by the European Heritage Hub, without my contact details.
consent-image-rights = I confirm that I hold the rights to the images I uploaded, or have permission to publish them under the licence I chose.
consent-contact = You may contact me about the online workshops and peer-learning visits.
consent-processing-required = Agree to the processing of your submission to send it.
consent-publication-required = Agree to the publication of your practice if it is selected, to send it.
consent-image-rights-required = Confirm the rights to your images, or remove the images, to send it.

## The steps, as the list of steps, the headings and the titles name them.

step-organisation = You and your organisation
step-practice = The practice
step-transformation = Triple transformation
step-impact = Impact and transferability
step-peer-learning = Peer learning
step-media = Images and documents
step-review = Review and submit
step-heading = Step { $number } of { $steps }: { $title }
steps-label = Steps of the form
steps-complete = {" "}(complete)

## Around the steps' forms.

wizard-kicker = Submit a good practice
wizard-not-complete = { $step } is not complete yet.
wizard-send-changes = Send my changes
wizard-send = Send my practice
wizard-save-continue = Save and continue
wizard-back = Back to { $step }
wizard-saved = Your answers on this page are saved.
wizard-not-saved = Not saved yet: { $problem }
wizard-withdrawn = The practice { $reference } has been withdrawn from the call. It can no longer change.
wizard-not-open = The call is not open yet. Come back when it opens.
wizard-sent-closed = The practice { $reference } was sent. The call closed on { $date }, so it can no longer change.
wizard-closed = The call closed on { $date }. Drafts can no longer be sent.
wizard-intro = Your answers are saved at every step. We email you a private link so that you can continue later, on any device. The call closes on { $date }.
wizard-lost-link = Started before and lost your link? { $link }
wizard-resend-link = Email me my link again
wizard-changing-sent = You are changing the practice { $reference }, which has been sent. Reviewers see your changes once you send them again on the last step, before the call closes on { $date }.
wizard-link-opens-nothing = This link opens nothing
wizard-link-opens-nothing-text = A submission for this link was not found. The link may be incomplete: copy the whole address from the email.

## After sending.

sent-title = Thank you: your practice has been sent
sent-changes = Your changes have been sent.
sent-reference = Your reference
sent-emailed = We have emailed you a confirmation with a summary and a private link where you can read your submission, change it until the call closes, or withdraw it.
sent-next = What happens next
sent-review = Experts review every practice after the call closes on { $date }. You will hear the decision by email.
sent-home = Back to the home page
sent-nothing = There is no sent practice to show here. { $link }
sent-start = Start or continue your submission

## When an emailed link is opened in a browser that works on another practice.

choose-title = Which practice do you want to continue?
choose-untitled = your practice without a title yet
choose-titled = “{ $title }”
choose-question = This browser is already working on { $in_browser }. The link you opened leads to { $in_link }. Choose which one to continue here; the other one stays as it is.
choose-no-link-warning = The practice in this browser has no email address yet, so no link to it was sent: if you leave it, you cannot come back to it.
choose-continue = Continue { $practice }
choose-keep = Keep working on { $practice }
choose-nothing = There is nothing to choose: the link has expired or was answered already. { $link }.
choose-continue-submission = Continue your submission
