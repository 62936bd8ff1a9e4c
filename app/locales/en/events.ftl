### The online workshops and the peer-learning visits: their lists, their pages, and the forms
### to sign up for a workshop or apply to join a visit. Titles, descriptions and programmes are
### written by staff and stay as they wrote them.

## The list of workshops.

workshops-title = Online workshops
workshops-lead = Four thematic “sharing local stories” workshops explore the selected good practices with the people who run them. They are open to policymakers, city practitioners, heritage professionals and civil society.
workshops-none = No workshops are scheduled yet. Check back soon.
# The visitor's own time, after a date in Brussels time when their zone is another. $time is
# a date and time in the language, with the zone's name: "Sunday, 31 January 2027 at 13:00 (UTC)".
local-time = Your time: { $time }.
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)". The visitor's
# own time may follow, as "Your time: …".
workshop-when = { $date } · online · { $minutes ->
        [one] { $minutes } minute.
       *[other] { $minutes } minutes.
    }

## A workshop's page: its seats, the calendar file, and where a sign-up landed.

workshop-seats-left = { $left ->
        [one] { $left } seat left of { $capacity }.
       *[other] { $left } seats left of { $capacity }.
    }
workshop-full = All { $capacity } seats are taken. You can join the waiting list.
workshop-full-waiting = { $waiting ->
        [one] All { $capacity } seats are taken and { $waiting } person is waiting. You can join the waiting list.
       *[other] All { $capacity } seats are taken and { $waiting } people are waiting. You can join the waiting list.
    }
workshop-calendar = Add it to your calendar (.ics)
workshop-signed-up = You have a seat.
workshop-signed-up-details = We have emailed you the details and the link to join.
# $position counts from 1.
workshop-waiting = You are number { $position } on the waiting list.
workshop-waiting-details = If a seat frees up, you get it automatically and we email you.
# $date is a date and time such as "Friday 15 January 2027, 14:00 (Brussels time)", here and below.
workshop-registration-opens = Registration opens on { $date }.
workshop-registration-closed = Registration is closed.

## The sign-up form. Its heading and button say "Join the waiting list" once every seat is taken.

workshop-sign-up = Sign up
workshop-join-waiting-list = Join the waiting list
workshop-sign-ups-close = Sign-ups close on { $date }.
workshop-email-hint = We send the confirmation and the link to join here.
workshop-accessibility-hint = For example captions, sign language interpretation, or materials in advance.
workshop-consent = I agree that my details are used to run this workshop, as the privacy notice explains.

## What a workshop's sign-up and a visit's application both ask about the person.

person-name = Your name
person-email = Email address
person-organisation = Organisation
person-organisation-type = Type of organisation
person-country = Country
person-role = Your role
person-accessibility-needs = Accessibility needs
person-privacy-notice = Read the privacy notice
attendee-role-decision-making = Political or decision-making level
attendee-role-technical = Technical level
attendee-role-heritage-professional = Heritage professional
attendee-role-civil-society = Civil society
attendee-role-other = Other

## The list of visits.

visits-title = Peer-learning visits
visits-lead = Three on-site visits let policymakers, city practitioners and heritage professionals learn from each other and from experts, where a selected practice happens.
visits-in-europe = Two visits to cities or regions in Europe.
visits-in-the-caucasus = One visit to a city or region in Armenia, Azerbaijan or Georgia.
visits-delegations = Each visit welcomes a delegation of 20 participants, funded by the project.
visits-heading = The visits
visits-none = The host cities and dates are announced here after the selection, with a form to apply to join a delegation.
# $place is the host city or region, $dates as visit-dates writes them.
visits-card-meta = { $place }, { $country } · { $dates }
visits-apply-by = Apply by { $date }.
visits-hosting = Hosting a visit
visits-hosting-text = Cities and regions whose practice is selected can offer to host a visit.
# $link is a link whose text is visits-hosting-link.
visits-hosting-say-so = You can say so when you { $link }.
visits-hosting-link = submit your practice

## A visit's page.

# $start and $end are long dates such as "Tuesday 4 May 2027".
visit-dates = { $start } to { $end }
visit-where = Where
visit-place = { $place }, { $country }
visit-when = When
visit-delegation = Delegation
visit-delegation-size = { $size ->
        [one] { $size } participant
       *[other] { $size } participants
    }, travel and stay funded; { $accepted } accepted so far
visit-apply-by = Apply by
visit-practice = The practice
visit-programme = Programme
visit-applied = Your application has arrived.
visit-applied-details = We have emailed you a receipt with a link to see or withdraw it.
visit-applications-closed = Applications are closed.

## The application form.

visit-apply-heading = Apply to join the delegation
visit-email-hint = We send the receipt and every decision here.
visit-accessibility-hint = For example step-free access, a quiet room, or dietary needs.
visit-motivation = Why do you want to join?
visit-motivation-hint = What would you bring, and what would you take home to your city or region? At most 2,000 characters.
visit-consent = I agree that my details are used to choose and organise the delegation, as the privacy notice explains.
visit-apply = Apply
