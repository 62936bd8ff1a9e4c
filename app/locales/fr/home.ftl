### The home page: the call, its deadline, and what happens after it.

home-kicker = Appel à bonnes pratiques
home-deadline = Date limite : { $deadline }
home-opens-on = L’appel s’ouvre le { $opens }.
home-time-left = Il reste { $left } pour soumettre votre pratique.
home-closed-on = L’appel s’est clôturé le { $deadline }.
home-closed-thanks = Merci à toutes celles et à tous ceux qui ont partagé une pratique. Les pratiques sélectionnées seront publiées ici.
home-faq = Questions et réponses
home-upcoming-workshops = Prochains ateliers
home-featured-practices = Pratiques à la une
home-latest-practices = Dernières pratiques
home-all-practices = Toutes les bonnes pratiques
