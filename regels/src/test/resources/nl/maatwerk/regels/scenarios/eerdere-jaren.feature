# language: nl
Functionaliteit: Normen van 2019 en de AOW-normen
  De regels rekenen ook met de bedragen van 1 januari 2019, toen de kostendelersnorm al vanaf 21 jaar
  gold, de AOW-leeftijd 66 jaar en 4 maanden was en de beslagvrije voet in beginsel 90% van de norm.

  Scenario: Een alleenstaande op 1 juni 2019
    Gegeven de peildatum 1 juni 2019
    En een aanvrager geboren op 1 mei 1975
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.025,55
    En is de bijstandsnorm zonder vakantietoeslag € 974,27
    En is de beslagvrije voet € 922,99

  Scenario: Gehuwden op 1 juni 2019
    Gegeven de peildatum 1 juni 2019
    En een aanvrager geboren op 1 mei 1975
    En een partner geboren op 1 mei 1976
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.465,07
    En is de vakantietoeslag € 73,25

  Scenario: In 2019 telt een kind van 22 als kostendeler
    Gegeven de peildatum 1 juni 2019
    En een aanvrager geboren op 1 mei 1975
    En een kind geboren op 1 januari 1997
    Dan is het aantal kostendelers 2
    En is de bijstandsnorm inclusief vakantietoeslag € 732,54
    En is de bijstandsnorm zonder vakantietoeslag € 695,91

  Scenario: Hetzelfde huishouden in 2025: een kind van 22 telt niet meer mee
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 mei 1975
    En een kind geboren op 1 januari 2003
    Dan is het aantal kostendelers 1
    En is de bijstandsnorm inclusief vakantietoeslag € 1.345,45

  Scenario: Op de dag van 66 jaar en 4 maanden geldt in 2019 de AOW-norm
    Gegeven de peildatum 1 juni 2019
    En een aanvrager geboren op 1 februari 1953
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.147,80
    En is de bijstandsnorm zonder vakantietoeslag € 1.090,41

  Scenario: Een dag te jong voor de AOW-leeftijd van 2019
    Gegeven de peildatum 1 juni 2019
    En een aanvrager geboren op 2 februari 1953
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.025,55

  Scenario: AOW-norm voor een alleenstaande op 1 maart 2025
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 januari 1950
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.501,07

  Scenario: AOW-norm voor gehuwden van wie één de AOW-leeftijd heeft
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 januari 1950
    En een partner geboren op 1 januari 1965
    Dan is de bijstandsnorm inclusief vakantietoeslag € 2.053,48
