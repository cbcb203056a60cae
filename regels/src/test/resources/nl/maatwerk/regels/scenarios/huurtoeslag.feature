# language: nl
Functionaliteit: Huurtoeslag vanaf 2026 en wat die doet met het maandbedrag
  De huurtoeslag volgt de Wet op de huurtoeslag zoals die vanaf 1 januari 2026 luidt. De basishuur is
  de normhuur bij het minimum-inkomensijkpunt (€ 252,49) min € 1,82 (een persoon) of € 3,63 (meer
  personen), min € 48,15 (Wet verlaging eigen bijdrage huurtoeslag, 2026): € 202,52 of € 200,71.
  De huur boven de basishuur tot de kwaliteitskortingsgrens (€ 498,20) telt voor 100%, tot de
  aftoppingsgrens (€ 713,02 bij een of twee personen, € 764,14 bij drie of meer) voor 65% en tot de
  maximale huurgrens (€ 932,93; als iedereen jonger is dan 21: € 498,20) voor 40%; daarboven niets.
  Boven het minimum-inkomensijkpunt (€ 23.425 of € 31.500 per jaar) gaat er 27% (een persoon) of
  22% (meer personen) van het meerdere inkomen af, gedeeld door 12. Elke stap is afgerond op centen.
  Alle bedragen hieronder zijn met de hand uitgerekend; de berekening staat bij elk scenario.

  Scenario: Een alleenstaande in de bijstand met een huur tussen de kwaliteitskortingsgrens en de aftoppingsgrens
    # netto 1.401,50 bijstand; rekeninkomen 12 x 1.401,50 = 16.818 < 23.425: geen afbouw
    # 100%: 498,20 - 202,52 = 295,68; 65% x (600,00 - 498,20) = 66,17; samen 361,85
    # samen: 1.401,50 + 129,00 zorgtoeslag + 361,85 = 1.892,35
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En een kale huur van € 600,00 per maand
    Dan is de basishuur € 202,52 per maand
    En is de huurtoeslag € 361,85 per maand
    En heeft het huishouden samen € 1.892,35 per maand
    En zegt de uitleg van de huurtoeslag "Het inkomen ligt niet boven het ijkpunt"

  Scenario: Met een inkomen in de afbouw gaat er 27% van het inkomen boven het ijkpunt af
    # loon 2.500,00 zonder vrijlating: geen bijstand; rekeninkomen 12 x 2.500,00 = 30.000
    # afbouw (30.000 - 23.425) x 27% / 12 = 6.575 x 0,0225 = 147,94; 361,85 - 147,94 = 213,91
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 2.500,00 per maand met vrijlating geen
    En een kale huur van € 600,00 per maand
    Dan is de huurtoeslag € 213,91 per maand
    En zegt de uitleg van de huurtoeslag "per maand af"

  Scenario: Een huur boven de aftoppingsgrens, met het minimumloon
    # 295,68 + 65% x (713,02 - 498,20) = 139,63 + 40% x (850,00 - 713,02) = 54,79; samen 490,10
    # afbouw (33.045 - 23.425) x 27% / 12 = 216,45; 490,10 - 216,45 = 273,65
    # (de proefberekening 2026 van Dienst Toeslagen voor dit geval noemt ongeveer 273 euro)
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En een kale huur van € 850,00 per maand
    En een rekeninkomen van € 33.045,00 per jaar
    Dan is de huurtoeslag € 273,65 per maand

  Scenario: Over de huur boven de maximale huurgrens is er geen toeslag, maar wel over de rest
    # stel: basishuur 252,49 - 3,63 - 48,15 = 200,71; 498,20 - 200,71 = 297,49
    # 65% x 214,82 = 139,63; 40% x (932,93 - 713,02) = 87,96 (niet over 1.000,00); samen 525,08
    # rekeninkomen 25.000 < 31.500: geen afbouw
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 1 mei 1991
    En een kale huur van € 1.000,00 per maand
    En een rekeninkomen van € 25.000,00 per jaar
    Dan is de basishuur € 200,71 per maand
    En is de huurtoeslag € 525,08 per maand
    En zegt de uitleg van de huurtoeslag "De huur ligt boven de maximale huurgrens"

  Scenario: Een gezin van drie heeft een hogere aftoppingsgrens en 22% afbouw
    # 297,49 + 65% x (764,14 - 498,20) = 172,86 + 40% x (800,00 - 764,14) = 14,34; samen 484,69
    # afbouw (40.000 - 31.500) x 22% / 12 = 155,83; 484,69 - 155,83 = 328,86
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 1 mei 1991
    En een kind geboren op 1 juni 2020
    En een kale huur van € 800,00 per maand
    En een rekeninkomen van € 40.000,00 per jaar
    Dan is de huurtoeslag € 328,86 per maand

  Scenario: Wie jonger is dan 21 krijgt toeslag tot de lagere huurgrens
    # maximale huurgrens 498,20: alleen 498,20 - 202,52 = 295,68
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 2006
    En een kale huur van € 600,00 per maand
    En een rekeninkomen van € 15.000,00 per jaar
    Dan is de huurtoeslag € 295,68 per maand

  Scenario: Met te veel vermogen is er geen huurtoeslag
    # grens 2026 voor een alleenstaande 38.479; 40.000 is meer
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En een kale huur van € 600,00 per maand
    En een rekeninkomen van € 15.000,00 per jaar
    En een vermogen voor de huurtoeslag van € 40.000,00
    Dan is de huurtoeslag € 0,00 per maand
    En zegt de uitleg van de huurtoeslag "het vermogen is te hoog"

  Scenario: Bij een hoog inkomen is de afbouw groter dan de toeslag
    # afbouw (60.000 - 23.425) x 27% / 12 = 822,94 > 361,85: 0
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En een kale huur van € 600,00 per maand
    En een rekeninkomen van € 60.000,00 per jaar
    Dan is de huurtoeslag € 0,00 per maand

  Scenario: Voor 2025 rekenen we geen huurtoeslag, omdat toen een andere formule gold
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een kale huur van € 600,00 per maand
    En een rekeninkomen van € 15.000,00 per jaar
    Dan weigert de huurtoeslag met de melding "We rekenen huurtoeslag vanaf 1 januari 2026"

  Scenario: Boven het ijkpunt kost de afbouw van de huurtoeslag 27 cent van elke extra euro, bovenop de zorgtoeslag
    # loon 2.600,00: jaar 31.200. zorgtoeslag 129,00 - HALF_UP(13,65% x (31.200 - 29.516) / 12) = 129,00 - 19,16 = 109,84
    # huurtoeslag 361,85 - HALF_UP((31.200 - 23.425) x 27% / 12) = 361,85 - 174,94 = 186,91; samen 2.896,75
    # loon 2.700,00: jaar 32.400. zorgtoeslag 129,00 - 32,81 = 96,19; huurtoeslag 361,85 - 201,94 = 159,91; samen 2.956,10
    # van 100,00 meer loon blijft 2.956,10 - 2.896,75 = 59,35 over
    Gegeven de peildatum 1 maart 2026
    En een aanvrager geboren op 1 mei 1990
    En netto loon van de aanvrager van € 2.600,00 per maand met vrijlating geen
    En een kale huur van € 600,00 per maand
    Dan is de huurtoeslag € 186,91 per maand
    En heeft het huishouden samen € 2.896,75 per maand
    En houdt het huishouden van € 100,00 meer loon € 59,35 over
