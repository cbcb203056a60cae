# language: nl
Functionaliteit: De kostendelersnorm
  Wie met anderen van 27 jaar of ouder in één woning woont, deelt de kosten (artikel 22a). De norm per
  persoon is (40% + A × 30%) / A van de gehuwdennorm, waarbij A het aantal kostendelers is. Studenten met
  studiefinanciering en commerciële huurders tellen niet mee (artikel 19a). Hieronder de gehuwdennorm van
  1 juli 2025: € 1.955,80.

  Achtergrond:
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990

  Scenario: Eén medebewoner van 65: twee kostendelers
    En een medebewoner geboren op 1 januari 1960
    Dan is het aantal kostendelers 2
    En is de bijstandsnorm inclusief vakantietoeslag € 977,90
    En is de vakantietoeslag € 48,90
    En is de bijstandsnorm zonder vakantietoeslag € 929,00

  Scenario: Drie kostendelers
    En een medebewoner geboren op 1 januari 1960
    En een medebewoner geboren op 1 januari 1970
    Dan is het aantal kostendelers 3
    En is de bijstandsnorm inclusief vakantietoeslag € 847,51
    En is de vakantietoeslag € 42,38

  Scenario: Vier kostendelers
    En een medebewoner geboren op 1 januari 1960
    En een medebewoner geboren op 1 januari 1970
    En een medebewoner geboren op 1 januari 1980
    Dan is het aantal kostendelers 4
    En is de bijstandsnorm inclusief vakantietoeslag € 782,32
    En is de vakantietoeslag € 39,12

  Scenario: Vijf kostendelers
    En een medebewoner geboren op 1 januari 1960
    En een medebewoner geboren op 1 januari 1970
    En een medebewoner geboren op 1 januari 1980
    En een medebewoner geboren op 1 januari 1985
    Dan is het aantal kostendelers 5
    En is de bijstandsnorm inclusief vakantietoeslag € 743,20
    En is de vakantietoeslag € 37,16

  Scenario: Een stel met één medebewoner: drie kostendelers, het stel krijgt tweemaal het bedrag per persoon
    En een partner geboren op 3 februari 1988
    En een medebewoner geboren op 1 januari 1960
    Dan is het aantal kostendelers 3
    En is de bijstandsnorm inclusief vakantietoeslag € 1.695,02
    En is de vakantietoeslag € 84,75

  Scenario: Een stel met twee medebewoners
    En een partner geboren op 3 februari 1988
    En een medebewoner geboren op 1 januari 1960
    En een medebewoner geboren op 1 januari 1970
    Dan is het aantal kostendelers 4
    En is de bijstandsnorm inclusief vakantietoeslag € 1.564,64

  Scenario: Een stel met drie medebewoners
    En een partner geboren op 3 februari 1988
    En een medebewoner geboren op 1 januari 1960
    En een medebewoner geboren op 1 januari 1970
    En een medebewoner geboren op 1 januari 1980
    Dan is het aantal kostendelers 5
    En is de bijstandsnorm inclusief vakantietoeslag € 1.486,40

  Scenario: Een medebewoner die precies op de peildatum 27 wordt, telt mee
    En een medebewoner geboren op 1 september 1998
    Dan is het aantal kostendelers 2
    En is de bijstandsnorm inclusief vakantietoeslag € 977,90

  Scenario: Een medebewoner die de dag na de peildatum 27 wordt, telt nog niet mee
    En een medebewoner geboren op 2 september 1998
    Dan is het aantal kostendelers 1
    En is de bijstandsnorm inclusief vakantietoeslag € 1.369,06

  Scenario: Een kind van 27 telt mee zoals elke andere volwassen medebewoner
    En een kind geboren op 1 september 1998
    Dan is het aantal kostendelers 2
    En is de bijstandsnorm inclusief vakantietoeslag € 977,90

  Scenario: Een kind van 26 telt niet mee
    En een kind geboren op 1 september 1999
    Dan is het aantal kostendelers 1

  Scenario: Een student met studiefinanciering telt niet mee
    En een medebewoner met studiefinanciering geboren op 1 januari 1995
    Dan is het aantal kostendelers 1
    En is de bijstandsnorm inclusief vakantietoeslag € 1.369,06

  Scenario: Een commerciële huurder telt niet mee
    En een commerciële huurder geboren op 1 januari 1985
    Dan is het aantal kostendelers 1

  Scenario: Een student en een gewone medebewoner: alleen de medebewoner telt
    En een medebewoner met studiefinanciering geboren op 2 maart 1999
    En een medebewoner geboren op 1 januari 1960
    Dan is het aantal kostendelers 2
    En is de bijstandsnorm inclusief vakantietoeslag € 977,90

  Scenario: Een stel met een studerend kind van 28: het kind telt niet mee
    En een partner geboren op 3 februari 1988
    En een medebewoner met studiefinanciering geboren op 1 januari 1997
    Dan is het aantal kostendelers 2
    En is de bijstandsnorm inclusief vakantietoeslag € 1.955,80
