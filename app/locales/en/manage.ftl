### The pages people reach from the secret link in our emails (/manage/…): their sent practice,
### their workshop registration or their visit application, with the ways to change, cancel or
### withdraw it. Also the pages to have that link emailed again. Workshop and visit titles are
### written by staff and stay as they wrote them.
###
### Dates and times ($sent, $closes, $date) read as "Friday, 15 January 2027, 23:59 (Brussels
### time)" in the page's language.

## A sent practice's page.

manage-submission-title = Your submission
# $reference is the practice's reference, such as "EHH-2027-0042".
manage-submission-heading = Your practice { $reference }
manage-submission-changed = Your changes have been sent.
manage-submission-withdrawn = You have withdrawn this practice from the call. It will not be reviewed.
manage-submission-sent = Sent on { $sent }. The call closes on { $closes }.
manage-submission-change = Change my answers
manage-submission-answers = Your answers as sent
manage-submission-withdraw-heading = Withdraw your practice
manage-submission-withdraw-text = If you withdraw it, it leaves the call and is not reviewed. This cannot be undone.
manage-submission-withdraw-confirm = I want to withdraw this practice from the call.
manage-submission-withdraw = Withdraw my practice

## A workshop registration's page: the place as it is now, the details, the calendar file, and
## cancelling.

manage-registration-title = Your workshop registration
# $workshop is the workshop's title.
manage-registration-heading = Your registration: { $workshop }
manage-registration-workshop-cancelled = This workshop has been cancelled.
manage-registration-workshop-cancelled-details = Your registration is cancelled with it.
manage-registration-seat = You have a seat.
# $link is the meeting's address, as a link.
manage-registration-join-online = Join online: { $link }
manage-registration-link-follows = The link to join follows by email before the workshop.
# $position counts from 1.
manage-registration-waiting = You are number { $position } on the waiting list.
manage-registration-waiting-details = If a seat frees up, you get it automatically and we email you.
manage-registration-cancelled = Your place is cancelled.
manage-registration-cancelled-thanks = Thank you for letting us know.
# $link is a link to the workshop's page whose text is manage-registration-sign-up-again.
manage-registration-sign-up-again-while-open = { $link } while sign-ups are open.
manage-registration-sign-up-again = Sign up again
manage-registration-when = When
manage-registration-duration = Duration
manage-registration-duration-value = { $minutes ->
        [one] { $minutes } minute, online
       *[other] { $minutes } minutes, online
    }
manage-registration-name = Name
manage-registration-email = Email
manage-registration-registered = Registered
manage-registration-calendar = Download the calendar file (.ics)
manage-registration-cancel-heading = Cancel your place
manage-registration-cancel-text = If you cannot come, cancel here: your seat goes at once to the first person waiting.
manage-registration-cancel-confirm = I want to give up my place at this workshop.
manage-registration-cancel = Cancel my place

## A visit application's page: its state as staff last decided it, and withdrawing it.

manage-application-title = Your application
# $visit is the visit's title.
manage-application-heading = Your application: { $visit }
manage-application-status-applied = Received, not decided yet
manage-application-status-accepted = Accepted
manage-application-status-waitlisted = On the waiting list
manage-application-status-declined = Not accepted
manage-application-status-withdrawn = Withdrawn
manage-application-applied = You applied on { $date }.
manage-application-about-visit = About the visit
manage-application-withdraw-heading = Withdraw your application
manage-application-withdraw-text = If you cannot come, withdraw here, so that your place can go to someone else.
manage-application-withdraw-confirm = I want to withdraw my application.
manage-application-withdraw = Withdraw my application

## "Email me my link again", for someone who lost the link to their draft or sent practice, and
## the page after it, which reads the same whether or not we know the address.

resend-title = Email me my link again
resend-text = Lost the link to your draft or to your sent practice? Enter the email address you gave in the form. If we hold a draft or a practice for it, we email you a new link. Links sent before keep working.
resend-email = Email address
resend-send = Email me my link
link-sent-title = Check your email
link-sent-text = If there is a draft or a sent practice for that address, we have emailed a link to it. It can take a few minutes to arrive; look in your spam folder too.
link-sent-start-new = Start a new submission
