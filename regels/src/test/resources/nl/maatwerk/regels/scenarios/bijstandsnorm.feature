# language: nl
Functionaliteit: De bijstandsnorm van een huishouden
  De Participatiewet geeft per huishouden een norm voor de kosten van het bestaan. Een stel krijgt de
  gehuwdennorm; een alleenstaande en een alleenstaande ouder 70% daarvan. Van de norm wordt 5% gespaard
  als vakantietoeslag (artikel 19 lid 3).

  Scenario: Alleenstaande van 35 jaar op 1 september 2025
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.369,06
    En is de bijstandsnorm zonder vakantietoeslag € 1.300,61
    En is de vakantietoeslag € 68,45
    En is het aantal kostendelers 1

  Scenario: Alleenstaande op 1 maart 2025, vóór de verhoging van 1 juli
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 mei 1990
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.345,45
    En is de vakantietoeslag € 67,27
    En is de bijstandsnorm zonder vakantietoeslag € 1.278,18

  Scenario: Alleenstaande op 1 februari 2026
    Gegeven de peildatum 1 februari 2026
    En een aanvrager geboren op 1 mei 1990
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.401,50
    En is de vakantietoeslag € 70,08
    En is de bijstandsnorm zonder vakantietoeslag € 1.331,42

  Scenario: Gehuwden op 1 september 2025
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 3 februari 1988
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.955,80
    En is de vakantietoeslag € 97,79
    En is de bijstandsnorm zonder vakantietoeslag € 1.858,01
    En is het aantal kostendelers 2

  Scenario: Gehuwden op 1 maart 2025
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 3 februari 1988
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.922,07
    En is de vakantietoeslag € 96,10

  Scenario: Gehuwden op 1 februari 2026
    Gegeven de peildatum 1 februari 2026
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 3 februari 1988
    Dan is de bijstandsnorm inclusief vakantietoeslag € 2.002,13
    En is de vakantietoeslag € 100,11

  Scenario: Alleenstaande ouder met een kind van 10
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een kind geboren op 1 januari 2015
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.369,06
    En is het aantal kostendelers 1

  Scenario: Alleenstaande ouder met twee kinderen onder de 27
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1975
    En een kind geboren op 1 januari 2000
    En een kind geboren op 1 januari 2010
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.369,06
    En is het aantal kostendelers 1

  Scenario: De laatste dag vóór de nieuwe normen van 1 juli 2025
    Gegeven de peildatum 30 juni 2025
    En een aanvrager geboren op 1 mei 1990
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.345,45

  Scenario: De eerste dag van de normen van 1 juli 2025
    Gegeven de peildatum 1 juli 2025
    En een aanvrager geboren op 1 mei 1990
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.369,06

  Scenario: Oudejaarsdag 2025 en nieuwjaarsdag 2026
    Gegeven de peildatum 31 december 2025
    En een aanvrager geboren op 1 mei 1990
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.369,06

  Scenario: Nieuwjaarsdag 2026
    Gegeven de peildatum 1 januari 2026
    En een aanvrager geboren op 1 mei 1990
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.401,50

  Scenario: De laatste dag vóór de nieuwe normen van 1 juli 2026
    Gegeven de peildatum 30 juni 2026
    En een aanvrager geboren op 1 mei 1990
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.401,50

  Scenario: Alleenstaande op 1 juli 2026, de eerste dag van de nieuwe normen
    5% van 1.419,46 is 70,973: de vakantietoeslag is 70,97 en de norm zonder toeslag 1.348,49.
    Gegeven de peildatum 1 juli 2026
    En een aanvrager geboren op 1 mei 1990
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.419,46
    En is de vakantietoeslag € 70,97
    En is de bijstandsnorm zonder vakantietoeslag € 1.348,49

  Scenario: Gehuwden op 7 december 2026
    5% van 2.027,79 is 101,3895: de vakantietoeslag is 101,39 en de norm zonder toeslag 1.926,40.
    Gegeven de peildatum 7 december 2026
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 3 februari 1988
    Dan is de bijstandsnorm inclusief vakantietoeslag € 2.027,79
    En is de vakantietoeslag € 101,39
    En is de bijstandsnorm zonder vakantietoeslag € 1.926,40

  Scenario: Alleenstaande met de AOW-leeftijd op 1 september 2026
    Gegeven de peildatum 1 september 2026
    En een aanvrager geboren op 1 maart 1955
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.587,34

  Scenario: Gehuwden die allebei de AOW-leeftijd hebben, op 1 september 2026
    Gegeven de peildatum 1 september 2026
    En een aanvrager geboren op 1 maart 1955
    En een partner geboren op 1 april 1956
    Dan is de bijstandsnorm inclusief vakantietoeslag € 2.176,10

  Scenario: Alleenstaande met de AOW-leeftijd
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 maart 1955
    Dan is de bijstandsnorm inclusief vakantietoeslag € 1.530,21

  Scenario: Gehuwden die allebei de AOW-leeftijd hebben
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 maart 1955
    En een partner geboren op 1 april 1956
    Dan is de bijstandsnorm inclusief vakantietoeslag € 2.094,98
