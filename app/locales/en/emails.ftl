### The emails the site writes itself, in the language the person used. Plain text: a blank
### line is a new paragraph. Links stand alone on their line.

## The wizard's links.

email-resume-subject = Your draft for the European Heritage Hub open call
email-resume-body =
    Hello,

    you started describing a good practice for the European Heritage Hub open call. Your answers are saved as you go. To continue, on this or any other device, open:

    { $link }

    Keep this link to yourself: anyone who has it can read and change your draft.

    The call closes on { $closes }.

    European Heritage Hub
email-manage-subject = Your link to practice { $reference }
email-manage-body =
    Hello,

    you asked for your link again. Your practice { $reference } has been sent to the European Heritage Hub open call. To read it, change it until the call closes, or withdraw it, open:

    { $link }

    Keep this link to yourself: anyone who has it can change your submission. Links sent to you before keep working.

    European Heritage Hub

## Workshops. $title is the workshop's title; $manage is the paragraph with the private link.

email-workshop-join = Join online: { $link }
email-workshop-join-later = The link to join follows by email before the workshop.
email-workshop-details =
    When: { $when }
    Duration: { $minutes } minutes, online
    { $join }
email-workshop-manage =
    To see your registration, download the calendar file again or cancel, open:

    { $link }

    Keep this link to yourself: anyone who has it can cancel your place.
email-seat-confirmed-subject = Your seat at the workshop “{ $title }”
email-seat-confirmed = you have a seat at the online workshop “{ $title }”.
email-seat-promoted-subject = A seat is yours: “{ $title }”
email-seat-promoted = good news: a seat has freed up at the online workshop “{ $title }”, and it is now yours. You do not need to do anything to keep it.
email-seat-reminder-subject = Tomorrow: the workshop “{ $title }”
email-seat-reminder = a reminder: the online workshop “{ $title }” starts soon, and you have a seat.
email-seat-body =
    Hello { $name },

    { $opening }

    { $details }

    The attached calendar file adds the workshop to your calendar.

    { $manage }

    If you cannot come after all, please cancel: your seat goes to the next person waiting.

    European Heritage Hub
email-waiting-subject = You are on the waiting list: “{ $title }”
email-waiting-body =
    Hello { $name },

    all seats at the online workshop “{ $title }” are taken, so you are on the waiting list, number { $position }.

    If a seat frees up, it goes to the first person in line automatically, and we email you the link to join. The workshop is on { $when }.

    { $manage }

    European Heritage Hub
email-cancelled-subject = Your place is cancelled: “{ $title }”
email-cancelled-by-holder = Thank you for letting us know: it goes to someone else.
email-cancelled-by-staff = The organisers cancelled it; reply to this email if you think that is a mistake.
email-cancelled-body =
    Hello { $name },

    your place at the online workshop “{ $title }” is cancelled. { $why }

    Changed your mind? While sign-ups are open you can sign up again at { $link }

    European Heritage Hub
email-workshop-cancelled-subject = Cancelled: the workshop “{ $title }”
email-workshop-cancelled-body =
    Hello { $name },

    we are sorry: the online workshop “{ $title }”, planned for { $when }, is cancelled. Your registration is cancelled with it; you do not need to do anything.

    The other workshops are at { $link }

    European Heritage Hub

## Peer-learning visits. $title is the visit's title.

email-visit-where-when = { $place }, { $country }, { $dates }
email-visit-body =
    Hello { $name },

    { $news }

    The visit: { $title }, { $place }.

    To see your application, or withdraw it, open:

    { $link }

    Keep this link to yourself: anyone who has it can withdraw your application.

    European Heritage Hub
email-visit-received-subject = We received your application: { $title }
email-visit-received = thank you for applying to join the delegation. The organisers choose the { $size } participants after the deadline, { $deadline }, and email you their decision.
email-visit-accepted-subject = You are in the delegation: { $title }
email-visit-accepted = good news: you have a place in the delegation. The project covers your travel and stay; the organisers will write to you about the arrangements. If you cannot come after all, please withdraw, so that your place goes to someone else.
email-visit-waitlisted-subject = You are on the waiting list: { $title }
email-visit-waitlisted = the delegation is full for now, and you are on its waiting list. If a place frees up, the organisers will offer it to you by email.
email-visit-declined-subject = Your application: { $title }
email-visit-declined = thank you for applying. We are sorry: the delegation could not take you this time. The online workshops are open to everyone; you find them on the website.
