# language: nl
Functionaliteit: Normen van 2019 en de AOW-normen
  De regels rekenen ook met de bedragen van 1 januari 2019, toen de kostendelersnorm al vanaf 21 jaar
  gold, de AOW-leeftijd 66 jaar en 4 maanden was en de beslagvrije voet in beginsel 90% van de norm
  voor een alleenstaande of een stel: niet van de kostendelersnorm (oud art. 475d Rv).

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

  Scenario: In 2019 volgt de voet bij een kostendeler de norm voor een alleenstaande, niet de kostendelersnorm
    Kostendelersnorm (A = 2): 50% × 1.465,07 = 732,535, afgerond 732,54.
    Voet (oud recht): 90% van de norm voor een alleenstaande: 1.025,55 − 10% × 1.025,55 (102,555,
    afgerond 102,56) = 922,99. Dat is meer dan de norm van 732,54: er is geen ruimte, nooit negatief.
    Gegeven de peildatum 1 juni 2019
    En een aanvrager geboren op 1 mei 1975
    En een kind geboren op 1 januari 1997
    En een terugvordering van € 1.000,00
    Dan is de bijstandsnorm inclusief vakantietoeslag € 732,54
    En is de beslagvrije voet € 922,99
    En is de hoogste aflossing per maand € 0,00
    En is er het signaal LANGER_DAN_TIEN_JAAR

  Scenario: In 2019 volgt de voet van een stel met een kostendeler de gehuwdennorm
    Kostendelersnorm (A = 3): (40% + 90%) / 3 × 1.465,07 = 634,8636, afgerond 634,86 per persoon;
    een stel 2 × 634,86 = 1.269,72. Voet: 1.465,07 − 10% × 1.465,07 (146,507, afgerond 146,51) = 1.318,56.
    Gegeven de peildatum 1 juni 2019
    En een aanvrager geboren op 1 mei 1975
    En een partner geboren op 1 mei 1976
    En een medebewoner geboren op 1 januari 1950
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.269,72
    En is de beslagvrije voet € 1.318,56

  Scenario: AOW-norm voor een alleenstaande op 1 februari 2026 (nog te verifiëren)
    Norm 1.564,69. Vakantietoeslag: 5% × 1.564,69 = 78,2345, afgerond 78,23. Zonder: 1.486,46.
    Gegeven de peildatum 1 februari 2026
    En een aanvrager geboren op 1 januari 1950
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.564,69
    En is de vakantietoeslag € 78,23
    En is de beslagvrije voet € 1.486,46

  Scenario: AOW-norm voor gehuwden op 1 februari 2026 (nog te verifiëren)
    Norm 2.144,16. Vakantietoeslag: 5% × 2.144,16 = 107,208, afgerond 107,21. Zonder: 2.036,95.
    Gegeven de peildatum 1 februari 2026
    En een aanvrager geboren op 1 januari 1950
    En een partner geboren op 1 januari 1960
    Dan is de bijstandsnorm inclusief vakantietoeslag € 2.144,16
    En is de vakantietoeslag € 107,21
