# language: nl
Functionaliteit: Giften en de zaak Wijdemeren
  In Wijdemeren moest een vrouw in de bijstand € 7.040 terugbetalen, omdat haar moeder van 2015 tot en
  met 2018 elke week boodschappen bracht. De gemeente besliste in 2019; de Centrale Raad van Beroep
  bracht het in 2021 terug tot € 2.835,41. Hier verdeeld als € 1.760 per jaar. Met de regels van die
  jaren telt elke gift als inkomen, tenzij de gemeente hem verantwoord vindt. Sinds 2026 blijft
  € 1.200 per kalenderjaar buiten beschouwing (Participatiewet in balans); boodschappen en andere giften
  in natura delen dat bedrag met giften in geld, hulp van de voedselbank telt helemaal niet mee, en de
  toets "verantwoord" (art. 31 lid 2 onder m, oude tekst) is vervallen. Die drie punten zijn nog te
  verifiëren (zie parameters.csv).

  Scenario: Wijdemeren met de regels van 2015 tot en met 2018
    Gegeven giften van € 1.760,00 in 2015
    En giften van € 1.760,00 in 2016
    En giften van € 1.760,00 in 2017
    En giften van € 1.760,00 in 2018
    En de giften worden beoordeeld met de regels van hun eigen jaar
    Dan telt € 7.040,00 aan giften als inkomen
    En is € 0,00 aan giften vrijgelaten
    En is een menselijke afweging nodig over GIFTEN_VERANTWOORD

  Scenario: Wijdemeren: de vordering van 2019 terugbetalen boven de beslagvrije voet van toen
    Gegeven de peildatum 1 juni 2019
    En een aanvrager geboren op 1 mei 1975
    En giften van € 1.760,00 in 2015
    En giften van € 1.760,00 in 2016
    En giften van € 1.760,00 in 2017
    En giften van € 1.760,00 in 2018
    En de giften worden beoordeeld met de regels van hun eigen jaar
    En wat als inkomen telt, wordt teruggevorderd
    Dan is de beslagvrije voet € 922,99
    En is de hoogste aflossing per maand € 102,56
    En duurt het terugbetalen 69 maanden
    En is een menselijke afweging nodig over GIFTEN_VERANTWOORD
    En is een menselijke afweging nodig over DRINGENDE_REDENEN

  Scenario: Wijdemeren als de giftenvrijlating van 2026 al had gegolden
    Gegeven giften van € 1.760,00 in 2015
    En giften van € 1.760,00 in 2016
    En giften van € 1.760,00 in 2017
    En giften van € 1.760,00 in 2018
    En de giften worden beoordeeld met de regels van 1 januari 2026
    Dan telt € 2.240,00 aan giften als inkomen
    En is € 4.800,00 aan giften vrijgelaten
    En is er geen menselijke afweging nodig over GIFTEN_VERANTWOORD

  Scenario: Wijdemeren met de vrijlating van 2026, terugbetaald met de norm van 2026
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1975
    En giften van € 1.760,00 in 2015
    En giften van € 1.760,00 in 2016
    En giften van € 1.760,00 in 2017
    En giften van € 1.760,00 in 2018
    En de giften worden beoordeeld met de regels van 1 januari 2026
    En wat als inkomen telt, wordt teruggevorderd
    Dan is de hoogste aflossing per maand € 70,08
    En duurt het terugbetalen 32 maanden

  Scenario: Giften tot € 1.200 in 2026 tellen niet en vragen geen afweging
    Gegeven giften van € 1.200,00 in 2026
    En de giften worden beoordeeld met de regels van hun eigen jaar
    Dan telt € 0,00 aan giften als inkomen
    En is er geen menselijke afweging nodig over GIFTEN_VERANTWOORD

  Scenario: Eén cent boven de vrijlating telt als inkomen, zonder toets "verantwoord" sinds 2026
    Eerder vroeg deze berekening hier nog om de afweging "verantwoord"; die toets is sinds 2026 vervallen.
    Gegeven giften van € 1.200,01 in 2026
    En de giften worden beoordeeld met de regels van hun eigen jaar
    Dan telt € 0,01 aan giften als inkomen
    En is er geen menselijke afweging nodig over GIFTEN_VERANTWOORD

  Scenario: Dezelfde gift in 2025 telt helemaal
    Gegeven giften van € 1.200,00 in 2025
    En de giften worden beoordeeld met de regels van hun eigen jaar
    Dan telt € 1.200,00 aan giften als inkomen

  Scenario: Boodschappen van familie delen in 2026 de € 1.200 met giften in geld
    Geld 800,00 + boodschappen 600,00 = 1.400,00. Vrij: 1.200,00. Als inkomen: 1.400,00 − 1.200,00 = 200,00.
    Gegeven in 2026 giften van € 800,00, boodschappen ter waarde van € 600,00 en hulp van de voedselbank ter waarde van € 0,00
    En de giften worden beoordeeld met de regels van hun eigen jaar
    Dan telt € 200,00 aan giften als inkomen
    En is € 1.200,00 aan giften vrijgelaten
    En is er geen menselijke afweging nodig over GIFTEN_VERANTWOORD

  Scenario: Hulp van de voedselbank telt in 2026 niet mee, ook niet voor de € 1.200
    Geld 1.200,00 valt precies binnen de vrijlating; voedselbank 1.000,00 blijft er helemaal buiten.
    Vrij: 1.200,00 + 1.000,00 = 2.200,00. Als inkomen: 0,00.
    Gegeven in 2026 giften van € 1.200,00, boodschappen ter waarde van € 0,00 en hulp van de voedselbank ter waarde van € 1.000,00
    En de giften worden beoordeeld met de regels van hun eigen jaar
    Dan telt € 0,00 aan giften als inkomen
    En is € 2.200,00 aan giften vrijgelaten

  Scenario: In 2025 tellen boodschappen en voedselbank mee, met de toets "verantwoord"
    Geen vast vrij bedrag: 300,00 + 500,00 + 200,00 = 1.000,00 telt als inkomen, tenzij verantwoord.
    Gegeven in 2025 giften van € 300,00, boodschappen ter waarde van € 500,00 en hulp van de voedselbank ter waarde van € 200,00
    En de giften worden beoordeeld met de regels van hun eigen jaar
    Dan telt € 1.000,00 aan giften als inkomen
    En is een menselijke afweging nodig over GIFTEN_VERANTWOORD
