# language: nl
Functionaliteit: Giften en de zaak Wijdemeren
  In Wijdemeren moest een vrouw in de bijstand € 7.040 terugbetalen, omdat haar moeder van 2015 tot en
  met 2018 elke week boodschappen bracht. De gemeente besliste in 2019; de Centrale Raad van Beroep
  bracht het in 2021 terug tot € 2.835,41. Hier verdeeld als € 1.760 per jaar. Met de regels van die
  jaren telt elke gift als inkomen, tenzij de gemeente hem verantwoord vindt. Sinds 2026 blijft
  € 1.200 per kalenderjaar buiten beschouwing (Participatiewet in balans).

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
    En is een menselijke afweging nodig over GIFTEN_VERANTWOORD

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

  Scenario: Eén cent boven de vrijlating telt als inkomen
    Gegeven giften van € 1.200,01 in 2026
    En de giften worden beoordeeld met de regels van hun eigen jaar
    Dan telt € 0,01 aan giften als inkomen
    En is een menselijke afweging nodig over GIFTEN_VERANTWOORD

  Scenario: Dezelfde gift in 2025 telt helemaal
    Gegeven giften van € 1.200,00 in 2025
    En de giften worden beoordeeld met de regels van hun eigen jaar
    Dan telt € 1.200,00 aan giften als inkomen
