### The home page: the call, its deadline, and what happens after it.

home-kicker = კარგი პრაქტიკების ღია კონკურსი
home-deadline = წარდგენის ბოლო ვადა: { $deadline }
home-opens-on = კონკურსი გაიხსნება: { $opens }.
home-time-left = პრაქტიკის წარსადგენად დარჩენილია { $left }.
home-closed-on = კონკურსი დაიხურა: { $deadline }.
home-closed-thanks = მადლობას ვუხდით ყველას, ვინც თავისი პრაქტიკა გაგვიზიარა. შერჩეული პრაქტიკები აქ გამოქვეყნდება.
home-faq = კითხვები და პასუხები
home-upcoming-workshops = მომავალი ვორქშოპები
home-featured-practices = რჩეული პრაქტიკები
home-latest-practices = უახლესი პრაქტიკები
home-all-practices = ყველა კარგი პრაქტიკა
