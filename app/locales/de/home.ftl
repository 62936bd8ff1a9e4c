### The home page: the call, its deadline, and what happens after it.

home-kicker = Offener Aufruf für Good-Practice-Beispiele
home-deadline = Einreichungsfrist: { $deadline }
home-opens-on = Der Aufruf startet am { $opens }.
home-time-left = Noch { $left } bis zum Einreichungsschluss.
home-closed-on = Der Aufruf endete am { $deadline }.
home-closed-thanks = Vielen Dank an alle, die ein Praxisbeispiel eingereicht haben. Die ausgewählten Praxisbeispiele werden hier veröffentlicht.
home-faq = Fragen und Antworten
home-upcoming-workshops = Kommende Workshops
home-featured-practices = Praxisbeispiele im Fokus
home-latest-practices = Neueste Praxisbeispiele
home-all-practices = Alle Good-Practice-Beispiele
