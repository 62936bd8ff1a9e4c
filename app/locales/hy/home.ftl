### The home page: the call, its deadline, and what happens after it.

home-kicker = Լավ փորձերի բաց կոչ
home-deadline = Վերջնաժամկետ՝ { $deadline }
home-opens-on = Կոչը կբացվի { $opens }։
home-time-left = Փորձը ներկայացնելու համար մնացել է { $left }։
home-closed-on = Կոչը փակվել է { $deadline }։
home-closed-thanks = Շնորհակալություն բոլոր նրանց, ովքեր կիսվել են իրենց փորձով։ Ընտրված լավ փորձերը կհրապարակվեն այստեղ։
home-faq = Հարցեր և պատասխաններ
home-upcoming-workshops = Առաջիկա աշխատաժողովներ
home-featured-practices = Առանձնացված լավ փորձեր
home-latest-practices = Վերջին լավ փորձեր
home-all-practices = Բոլոր լավ փորձերը
