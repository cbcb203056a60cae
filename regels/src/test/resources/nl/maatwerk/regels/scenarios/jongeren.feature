# language: nl
Functionaliteit: Jongerennormen voor 18, 19 en 20 jaar
  Jongeren van 18, 19 of 20 krijgen een lagere norm (artikel 20), omdat de wet ervan uitgaat dat
  ouders bijdragen. Met kinderen is de norm voor een stel hoger. De kostendelersnorm geldt pas vanaf
  21 jaar. De beslagvrije voet gaat sinds 2020 uit van de norm voor 21 jaar en ouder, dus boven de
  jongerennorm is er niets om af te lossen. Bedragen per 1 januari 2025.

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

  Scenario: Boven de jongerennorm is niets om af te lossen
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    En een terugvordering van € 500,00 met een aflossing van € 10,00 per maand
    Dan is de beslagvrije voet € 1.278,18
    En is de hoogste aflossing per maand € 0,00
    En is er het signaal ONDER_BESLAGVRIJE_VOET
    En is een menselijke afweging nodig over DRINGENDE_REDENEN

  Scenario: Een stel van 19 en 25 met een kostendeler: artikel 22a lid 3 zit er nog niet in
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 juni 2005
    En een partner geboren op 1 januari 2000
    En een medebewoner geboren op 1 januari 1970
    Dan weigert de berekening met de melding "artikel 22a lid 3"

  Scenario: Jongerennormen na 1 juli 2025 zijn niet ingevoerd
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 juni 2005
    Dan weigert de berekening met de melding "kunnen we niet rekenen"
