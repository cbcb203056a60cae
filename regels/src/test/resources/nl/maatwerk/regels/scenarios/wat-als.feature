# language: nl
Functionaliteit: Wat als? Een hervorming van de vrijlatingen doorgerekend voor één huishouden
  De wat-als (hervorming.WatAls, dezelfde rekenkern als de populatierun op Spark) rekent een huishouden
  met de regels van Bijstand en Maandbudget, in de basis en met de hervorming. De hervorming geldt vanaf
  de peildatum. Een winnaar heeft ten minste € 10,00 per maand meer besteedbaar (loon, uitkering en
  bijstand, zonder zorgtoeslag). De kosten per jaar zijn 12 keer de bijstand per maand. Normen op
  1 maart 2026 (te verifiëren): alleenstaande € 1.401,50. Algemene vrijlating 25%, hoogstens € 285 per
  maand; giften tot € 1.200 per jaar vrij. Alle bedragen zijn met de hand uitgerekend.

  Scenario: Een algemene vrijlating van 30% geeft een alleenstaande met loon 40 euro per maand meer
    # basis: vrij 25% van 800,00 = 200,00; inkomen 600,00; bijstand 1.401,50 - 600,00 = 801,50; per jaar 9.618,00
    # hervorming: vrij 30% van 800,00 = 240,00 (onder 285); inkomen 560,00; bijstand 841,50; per jaar 10.098,00
    # besteedbaar 800,00 + 801,50 = 1.601,50 tegen 800,00 + 841,50 = 1.641,50: 40,00 meer
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 800,00 per maand met vrijlating algemeen
    En een hervorming die pw-inkomstenvrijlating-aandeel op "0.30" zet
    Dan kost de bijstand in de wat-als € 9.618,00 per jaar in de basis en € 10.098,00 met de hervorming
    En is het huishouden in de wat-als een winnaar met € 40,00 per maand

  Scenario: Boven het maximum verandert een hoger percentage niets
    # basis: 25% van 1.600,00 = 400,00, hoogstens 285,00; hervorming: 30% = 480,00, ook hoogstens 285,00
    # bijstand in beide 1.401,50 - 1.315,00 = 86,50; per jaar 1.038,00
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 1.600,00 per maand met vrijlating algemeen
    En een hervorming die pw-inkomstenvrijlating-aandeel op "0.30" zet
    Dan kost de bijstand in de wat-als € 1.038,00 per jaar in de basis en € 1.038,00 met de hervorming
    En is het huishouden in de wat-als geen winnaar en geen verliezer

  Scenario: Een giftenvrijlating van 2.400 euro per jaar laat een alleenstaande met 3.000 euro giften 100 euro per maand meer
    # basis: (3.000,00 - 1.200,00) / 12 = 150,00 telt als inkomen; bijstand 1.251,50; per jaar 15.018,00
    # hervorming: (3.000,00 - 2.400,00) / 12 = 50,00; bijstand 1.351,50; per jaar 16.218,00; 100,00 meer
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En giften van € 3.000,00 per jaar
    En een hervorming die giften-vrijlating-per-jaar op "2400" zet
    Dan kost de bijstand in de wat-als € 15.018,00 per jaar in de basis en € 16.218,00 met de hervorming
    En is het huishouden in de wat-als een winnaar met € 100,00 per maand

  Scenario: Een alleenstaande ouder met een kind onder 12 houdt met de eigen vrijlating meer over bij een hogere vrijlating
    # basis: 12,5% van 600,00 = 75,00 (onder 167,79); inkomen 525,00; bijstand 876,50; per jaar 10.518,00
    # hervorming 20%: 120,00; inkomen 480,00; bijstand 921,50; per jaar 11.058,00; 45,00 meer
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En een kind geboren op 1 juni 2018
    En netto loon van de aanvrager van € 600,00 per maand met vrijlating alleenstaande-ouder
    En een hervorming die pw-vrijlating-alleenstaande-ouder-aandeel op "0.20" zet
    Dan kost de bijstand in de wat-als € 10.518,00 per jaar in de basis en € 11.058,00 met de hervorming
    En is het huishouden in de wat-als een winnaar met € 45,00 per maand

  Scenario: Een hogere vermogensgrens brengt een alleenstaande met 9.000 euro spaargeld in de bijstand
    # vermogensgrens alleenstaande 1 maart 2026: 8.000,00; 9.000,00 - 0,00 schulden ligt erboven: geen bijstand, per jaar 0,00
    # hervorming: grens 10.000,00; 9.000,00 valt eronder: bijstand 1.401,50; per jaar 12 x 1.401,50 = 16.818,00
    # besteedbaar 0,00 tegen 1.401,50: 1.401,50 meer
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En spaargeld van € 9.000,00 en schulden van € 0,00
    En een hervorming die pw-vermogensgrens-alleenstaande op "10000" zet
    Dan kost de bijstand in de wat-als € 0,00 per jaar in de basis en € 16.818,00 met de hervorming
    En is het huishouden in de wat-als een winnaar met € 1.401,50 per maand

  Scenario: Schulden tellen af van het spaargeld, zodat de vermogensgrens niet wordt gehaald
    # 9.000,00 spaargeld min 2.000,00 schulden = 7.000,00, onder de grens van 8.000,00: de volle bijstand in beide
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En spaargeld van € 9.000,00 en schulden van € 2.000,00
    En een hervorming die pw-vermogensgrens-alleenstaande op "10000" zet
    Dan kost de bijstand in de wat-als € 16.818,00 per jaar in de basis en € 16.818,00 met de hervorming
    En is het huishouden in de wat-als geen winnaar en geen verliezer
