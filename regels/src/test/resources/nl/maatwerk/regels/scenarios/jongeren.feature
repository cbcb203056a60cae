# language: nl
Functionaliteit: Jongerennormen voor 18, 19 en 20 jaar
  Jongeren van 18, 19 of 20 krijgen een lagere norm (artikel 20), omdat de wet ervan uitgaat dat
  ouders bijdragen. Met kinderen is de norm voor een stel hoger. De kostendelersnorm geldt pas vanaf
  21 jaar. De beslagvrije voet is sinds 2021 95% van het eigen inkomen, tot ten hoogste 95% van de
  norm (Rv art. 475da). Wie van de jongerennorm leeft, heeft die norm als inkomen: de voet is 95% van
  de eigen jongerennorm, en het vakantiegeld (5%) is de ruimte om af te lossen. Bedragen per 1 januari
  2025, tenzij anders genoemd. Vanaf 2026 moet de gemeente de jongerennorm verhogen als ouders niet
  kunnen bijdragen (art. 20 lid 3); daarvoor kon dat met bijzondere bijstand (art. 12).

  Scenario: Een alleenstaande van 19
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    Dan is de bijstandsnorm inclusief vakantietoeslag € 332,17
    En is de vakantietoeslag € 16,61
    En is de bijstandsnorm zonder vakantietoeslag € 315,56
    En is een menselijke afweging nodig over AANVULLING_JONGERENNORM

  Scenario: Een alleenstaande ouder van 20 krijgt dezelfde norm
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 januari 2005
    En een kind geboren op 1 februari 2024
    Dan is de bijstandsnorm inclusief vakantietoeslag € 332,17

  Scenario: Een stel van 19 en 20 zonder kinderen
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    En een partner geboren op 1 januari 2005
    Dan is de bijstandsnorm inclusief vakantietoeslag € 664,34

  Scenario: Een stel van 19 en 20 met een kind
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    En een partner geboren op 1 januari 2005
    En een kind geboren op 1 februari 2024
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.048,75

  Scenario: Een stel van wie één 19 is en de ander 25, zonder kinderen
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    En een partner geboren op 1 januari 2000
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.293,21

  Scenario: Een stel van wie één 19 is en de ander 25, met een kind
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    En een partner geboren op 1 januari 2000
    En een kind geboren op 1 februari 2024
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.677,62

  Scenario: Een jongere die bij zijn ouders woont: de kostendelersnorm geldt nog niet
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    En een medebewoner geboren op 1 januari 1970
    En een medebewoner geboren op 1 januari 1972
    Dan is de bijstandsnorm inclusief vakantietoeslag € 332,17
    En is het aantal kostendelers 3

  Scenario: Op de 21e verjaardag geldt de norm voor volwassenen
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 maart 2004
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.345,45

  Scenario: De dag vóór de 21e verjaardag geldt de jongerennorm nog
    Gegeven de peildatum 28 februari 2025
    En een aanvrager geboren op 1 maart 2004
    Dan is de bijstandsnorm inclusief vakantietoeslag € 332,17

  Scenario: Een jongere lost hoogstens het vakantiegeld van de eigen jongerennorm af
    Vroeger rekende deze berekening met de voet van 21 jaar en ouder (1.278,18), dus 0,00 ruimte.
    Volgens art. 475da Rv is de voet 95% van het eigen inkomen, hier de jongerennorm van 332,17.
    Vakantietoeslag: 5% × 332,17 = 16,6085, afgerond 16,61.
    Beslagvrije voet: 332,17 − 16,61 = 315,56. Ruimte: 332,17 − 315,56 = 16,61.
    Looptijd: 500,00 / 16,61 = 30,1 dus 31 maanden. Een aflossing van 10,00 past binnen 16,61.
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    En een terugvordering van € 500,00 met een aflossing van € 10,00 per maand
    Dan is de beslagvrije voet € 315,56
    En is de hoogste aflossing per maand € 16,61
    En duurt het terugbetalen 31 maanden
    En is er niet het signaal ONDER_BESLAGVRIJE_VOET
    En zegt de uitleg van de beslagvrije voet "eigen jongerennorm"
    En is een menselijke afweging nodig over DRINGENDE_REDENEN

  Scenario: Een stel van wie één 19 is: de voet volgt de eigen norm van het stel
    Norm 1.293,21 (art. 20 lid 1 onder c). Vakantietoeslag: 5% × 1.293,21 = 64,6605, afgerond 64,66.
    Voet: 1.293,21 − 64,66 = 1.228,55. De bulk gaf hier eerder −532,76 (1.293,21 − 1.825,97,
    de voet van een stel van 21 of ouder); dat kan nooit: de ruimte is 64,66.
    Looptijd: 1.000,00 / 64,66 = 15,5 dus 16 maanden.
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    En een partner geboren op 1 januari 2000
    En een terugvordering van € 1.000,00
    Dan is de beslagvrije voet € 1.228,55
    En is de hoogste aflossing per maand € 64,66
    En duurt het terugbetalen 16 maanden

  Scenario: De jongerennorm van 1 juli 2025
    Norm 337,98. Vakantietoeslag: 5% × 337,98 = 16,899, afgerond 16,90. Zonder: 337,98 − 16,90 = 321,08.
    Voet = 321,08; ruimte 16,90.
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 juni 2006
    En een terugvordering van € 100,00
    Dan is de bijstandsnorm inclusief vakantietoeslag € 337,98
    En is de vakantietoeslag € 16,90
    En is de beslagvrije voet € 321,08
    En is de hoogste aflossing per maand € 16,90
    En duurt het terugbetalen 6 maanden

  Scenario: Vanaf 2026 moet de gemeente de jongerennorm verhogen als ouders niet kunnen bijdragen
    Norm per 1 januari 2026: 345,99. Vakantietoeslag: 5% × 345,99 = 17,2995,
    afgerond 17,30. Voet: 345,99 − 17,30 = 328,69.
    Gegeven de peildatum 1 februari 2026
    En een aanvrager geboren op 1 juni 2006
    Dan is de bijstandsnorm inclusief vakantietoeslag € 345,99
    En is de beslagvrije voet € 328,69
    En vraagt de afweging AANVULLING_JONGERENNORM "moet de gemeente de jongerennorm verhogen"
    En noemt de afweging AANVULLING_JONGERENNORM de bron "jci1.3:c:BWBR0015703&artikel=20&lid=3"

  Scenario: De jongerennorm van 1 juli 2026
    Norm 350,42. Vakantietoeslag: 5% × 350,42 = 17,521, afgerond 17,52. Voet: 350,42 − 17,52 = 332,90.
    Gegeven de peildatum 1 september 2026
    En een aanvrager geboren op 1 juni 2006
    Dan is de bijstandsnorm inclusief vakantietoeslag € 350,42
    En is de vakantietoeslag € 17,52
    En is de beslagvrije voet € 332,90

  Scenario: In 2025 kon de gemeente de jongerennorm aanvullen met bijzondere bijstand
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    Dan vraagt de afweging AANVULLING_JONGERENNORM "kan bijzondere bijstand de jongerennorm aanvullen"
    En noemt de afweging AANVULLING_JONGERENNORM de bron "jci1.3:c:BWBR0015703&artikel=12"

  Scenario: Een stel van 19 en 25 met een kostendeler: artikel 22a lid 3 zit er nog niet in
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    En een partner geboren op 1 januari 2000
    En een medebewoner geboren op 1 januari 1970
    Dan weigert de berekening met de melding "artikel 22a lid 3"

  Scenario: Jongerennormen vanaf 1 januari 2027 zijn niet ingevoerd
    Gegeven de peildatum 1 februari 2027
    En een aanvrager geboren op 1 juni 2006
    Dan weigert de berekening met de melding "de jongerennorm voor een alleenstaande"
    En weigert de berekening met de melding "Een functioneel beheerder kan de norm toevoegen."
