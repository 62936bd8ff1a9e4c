### The home page: the call, its deadline, and what happens after it.

home-kicker = Open call for good practices
home-deadline = Deadline: { $deadline }
home-opens-on = The call opens on { $opens }.
home-time-left = { $left } left to submit.
home-closed-on = The call closed on { $deadline }.
home-closed-thanks = Thank you to everyone who shared a practice. The selected practices will be published here.
home-faq = Questions and answers
home-upcoming-workshops = Upcoming workshops
home-featured-practices = Featured practices
home-latest-practices = Latest practices
home-all-practices = All good practices
