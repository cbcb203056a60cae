# language: nl
Functionaliteit: Bijstand naast inkomen, vrijlatingen, vermogen en wat een huishouden overhoudt
  De bijstand is de norm inclusief vakantietoeslag min het inkomen dat meetelt (Participatiewet art.
  19, 31 en 32). Van loon blijft een deel vrij: algemeen 25% (hoogstens € 285 per maand in 2026,
  artikel 31 lid 2 onder n), alleenstaande ouder 12,5% en medisch urenbeperkt 15%. Uitkeringen en partneralimentatie
  tellen helemaal; van giften telt wat boven de € 1.200 per jaar ligt, verdeeld over twaalf maanden.
  Normen 1 januari 2026: alleenstaande € 1.401,50, stel € 2.002,13; 1 juli 2025: alleenstaande
  € 1.369,06. De zorgtoeslag is vereenvoudigd: het maximum (2026: € 129 zonder en € 246 met
  toeslagpartner) tot een afgeleid drempelinkomen van € 29.516 per jaar, daarboven gaat 13,65% van
  het inkomen boven de drempel eraf. Het jaarinkomen is 12 keer het netto inkomen met bijstand.
  Alle bedragen hieronder zijn met de hand uitgerekend; de berekening staat bij elk scenario.

  Scenario: Een alleenstaande werkt 800 euro per maand en krijgt de algemene vrijlating
    # vrij: 25% van 800,00 = 200,00 (onder 285); inkomen 800,00 - 200,00 = 600,00
    # bijstand 1.401,50 - 600,00 = 801,50; netto 800,00 + 801,50 = 1.601,50; jaar 19.218 < 29.516: zorgtoeslag 129,00
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 800,00 per maand met vrijlating algemeen
    Dan blijft er € 200,00 van het loon vrij
    En telt er € 600,00 per maand als inkomen
    En is de bijstand € 801,50 per maand
    En is de zorgtoeslag € 129,00 per maand
    En heeft het huishouden samen € 1.730,50 per maand
    En zegt de uitleg van het maandbedrag "geen huurtoeslag, omdat de huur niet is opgegeven"

  Scenario: De algemene vrijlating stopt bij het maximum
    # 25% van 1.600,00 = 400,00, hoogstens 285,00; inkomen 1.315,00; bijstand 1.401,50 - 1.315,00 = 86,50
    # netto 1.686,50; jaar 20.238 < 29.516: zorgtoeslag 129,00; samen 1.815,50
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 1.600,00 per maand met vrijlating algemeen
    Dan blijft er € 285,00 van het loon vrij
    En is de bijstand € 86,50 per maand
    En heeft het huishouden samen € 1.815,50 per maand

  Scenario: Zonder vrijlating kost elke extra euro loon een euro bijstand: de armoedeval
    # 800,00 loon: bijstand 601,50; 900,00 loon: bijstand 501,50. Samen blijft 1.401,50 + 129,00: 0,00 over van 100,00 meer
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 800,00 per maand met vrijlating geen
    Dan is de bijstand € 601,50 per maand
    En heeft het huishouden samen € 1.530,50 per maand
    En houdt het huishouden van € 100,00 meer loon € 0,00 over

  Scenario: Met de algemene vrijlating houdt het huishouden een kwart van extra loon over
    # 900,00 loon: vrij 225,00, bijstand 1.401,50 - 675,00 = 726,50, netto 1.626,50: 25,00 meer dan 1.601,50
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 800,00 per maand met vrijlating algemeen
    Dan houdt het huishouden van € 100,00 meer loon € 25,00 over

  Scenario: Met loon boven de norm is er geen bijstand, en de zorgtoeslag bouwt af
    # 2.600,00 > 1.401,50: bijstand 0; jaar 31.200; boven de drempel 1.684; 13,65% = 229,866 per jaar = 19,16 per maand
    # zorgtoeslag 129,00 - 19,16 = 109,84; samen 2.709,84
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 2.600,00 per maand met vrijlating geen
    Dan is de bijstand € 0,00 per maand
    En is de zorgtoeslag € 109,84 per maand
    En heeft het huishouden samen € 2.709,84 per maand

  Scenario: Een stel: de partner is medisch urenbeperkt en werkt, de aanvrager heeft een WW-uitkering
    # vrij: 15% van 1.000,00 = 150,00 (onder 170,18); inkomen 1.000,00 - 150,00 + 500,00 = 1.350,00
    # bijstand 2.002,13 - 1.350,00 = 652,13; netto 2.152,13; jaar 25.825,56 < 29.516: zorgtoeslag 246,00; samen 2.398,13
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1985
    En een partner geboren op 1 juni 1986
    En netto loon van de partner van € 1.000,00 per maand met vrijlating medisch-urenbeperkt
    En een uitkering van € 500,00 per maand
    Dan blijft er € 150,00 van het loon vrij
    En telt er € 1.350,00 per maand als inkomen
    En is de bijstand € 652,13 per maand
    En is de zorgtoeslag € 246,00 per maand
    En heeft het huishouden samen € 2.398,13 per maand

  Scenario: Een alleenstaande ouder met een kind van 5 in 2025
    # 12,5% van 1.000,00 = 125,00 (onder 167,79, te verifiëren); inkomen 875,00; bijstand 1.369,06 - 875,00 = 494,06
    # netto 1.494,06; jaar 17.928,72: zorgtoeslag 2025 131,00; samen 1.625,06
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een kind geboren op 1 maart 2020
    En netto loon van de aanvrager van € 1.000,00 per maand met vrijlating alleenstaande-ouder
    Dan blijft er € 125,00 van het loon vrij
    En is de bijstand € 494,06 per maand
    En heeft het huishouden samen € 1.625,06 per maand

  Scenario: De vrijlating voor een alleenstaande ouder geldt niet als het jongste kind 12 of ouder is
    # kind van 13: niets vrij; bijstand 1.369,06 - 1.000,00 = 369,06
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1980
    En een kind geboren op 1 maart 2012
    En netto loon van de aanvrager van € 1.000,00 per maand met vrijlating alleenstaande-ouder
    Dan blijft er € 0,00 van het loon vrij
    En is de bijstand € 369,06 per maand

  Scenario: Partneralimentatie telt helemaal, giften boven 1.200 per jaar tellen per maand
    # giften 2.400,00 - 1.200,00 = 1.200,00 per jaar = 100,00 per maand; inkomen 300,00 + 100,00 = 400,00
    # bijstand 1.401,50 - 400,00 = 1.001,50
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En partneralimentatie van € 300,00 per maand
    En giften van € 2.400,00 per jaar
    Dan telt er € 400,00 per maand als inkomen
    En is de bijstand € 1.001,50 per maand

  Scenario: Het maximum van de algemene vrijlating vóór 1 juli 2025 is niet gevonden, dus weigert de berekening
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 800,00 per maand met vrijlating algemeen
    Dan weigert de bijstandsberekening met de melding "pw-inkomstenvrijlating-maximum"

  Scenario: Vermogen precies op de grens staat de bijstand niet in de weg
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En spaargeld van € 9.000,00 en schulden van € 1.000,00
    Dan is de vermogensgrens € 8.000,00 en valt het vermogen binnen de grens
    En is de bijstand geen lening door het vermogen in de woning

  Scenario: Een cent boven de grens is te veel
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En spaargeld van € 8.000,01 en schulden van € 0,00
    Dan is de vermogensgrens € 8.000,00 en valt het vermogen boven de grens

  Scenario: Een stel met een eigen woning: het vermogen in de woning maakt de bijstand een lening
    # 250.000,00 - 180.000,00 = 70.000,00 > 63.900,00 (grens 2024, nog geen nieuwere gevonden)
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 mei 1985
    En een partner geboren op 1 juni 1986
    En spaargeld van € 15.210,00 en schulden van € 0,00
    En een eigen woning met een WOZ-waarde van € 250.000,00 en een hypotheek van € 180.000,00
    Dan is de vermogensgrens € 15.210,00 en valt het vermogen binnen de grens
    En is de bijstand een lening door het vermogen in de woning

  Scenario: Een alleenstaande ouder heeft de vermogensgrens van een gezin
    Gegeven de peildatum 1 maart 2024
    En een aanvrager geboren op 1 mei 1985
    En een kind geboren op 1 juni 2015
    En spaargeld van € 10.000,00 en schulden van € 0,00
    Dan is de vermogensgrens € 15.150,00 en valt het vermogen binnen de grens

  Scenario: Terugvorderen naast werk: de ruimte boven de voet is de norm plus wat vrij blijft
    # bijstand 801,50 (zie boven); inkomen 800,00 + 801,50 = 1.601,50; voet 1.401,50 - 70,08 = 1.331,42
    # ruimte 1.601,50 - 1.331,42 = 270,08; 2.700,00 / 270,08 = 9,997: 10 maanden
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 800,00 per maand met vrijlating algemeen
    En een terugvordering van € 2.700,00
    Dan is het inkomen van het huishouden met bijstand € 1.601,50 per maand
    En is de beslagvrije voet € 1.331,42
    En is de hoogste aflossing per maand € 270,08
    En duurt het terugbetalen 10 maanden

  Scenario: Zonder vrijlating houdt wie werkt naast de bijstand niet meer over dan de norm
    # inkomen 800,00 + 601,50 = 1.401,50 = de norm; ruimte is alleen het vakantiegeld 70,08
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 800,00 per maand met vrijlating geen
    En een terugvordering van € 2.700,00
    Dan is het inkomen van het huishouden met bijstand € 1.401,50 per maand
    En is de hoogste aflossing per maand € 70,08
    En duurt het terugbetalen 39 maanden
