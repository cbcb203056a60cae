# language: nl
Functionaliteit: Terugvorderen zonder onder het minimum te komen
  Bij een terugvordering (artikel 58) mag de inwoner niet onder de beslagvrije voet komen. Per maand
  kan alleen terug wat boven die voet ligt. Of om dringende redenen wordt afgezien van terugvordering,
  beslist een mens; de berekening geeft daarvoor de feiten.

  Scenario: Het voorbeeld van het contract: te veel aflossen zakt onder de beslagvrije voet
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een terugvordering van € 7.040,00 met een aflossing van € 250,00 per maand
    Dan is de beslagvrije voet € 1.300,61
    En is de hoogste aflossing per maand € 68,45
    En duurt het terugbetalen 103 maanden
    En is er het signaal ONDER_BESLAGVRIJE_VOET
    En is een menselijke afweging nodig over DRINGENDE_REDENEN

  Scenario: Een aflossing die past geeft geen signaal
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een terugvordering van € 7.040,00 met een aflossing van € 50,00 per maand
    Dan is er geen signaal
    En duurt het terugbetalen 103 maanden

  Scenario: Precies de ruimte boven de voet aflossen mag
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een terugvordering van € 1.000,00 met een aflossing van € 68,45 per maand
    Dan is er geen signaal

  Scenario: Eén cent meer dan de ruimte geeft het signaal
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een terugvordering van € 1.000,00 met een aflossing van € 68,46 per maand
    Dan is er het signaal ONDER_BESLAGVRIJE_VOET

  Scenario: De bulkregel van het contract: twee kostendelers en een student
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een medebewoner geboren op 1 januari 1960
    En een medebewoner met studiefinanciering geboren op 2 maart 1999
    En een terugvordering van € 7.040,00 met een aflossing van € 250,00 per maand
    Dan is de beslagvrije voet € 929,00
    En is de hoogste aflossing per maand € 48,90
    En duurt het terugbetalen 144 maanden
    En is er het signaal ONDER_BESLAGVRIJE_VOET
    En is er het signaal LANGER_DAN_TIEN_JAAR

  Scenario: Gehuwden lossen hoogstens hun vakantietoeslag af
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 3 februari 1988
    En een terugvordering van € 1.000,00
    Dan is de hoogste aflossing per maand € 97,79
    En duurt het terugbetalen 11 maanden

  Scenario: Wijdemeren: de oorspronkelijke vordering van € 7.040 met de normen van 2025
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1975
    En een terugvordering van € 7.040,00
    Dan duurt het terugbetalen 103 maanden
    En is een menselijke afweging nodig over DRINGENDE_REDENEN

  Scenario: Wijdemeren: het bedrag na de uitspraak van de CRvB (€ 2.835,41) met de normen van 2026
    Gegeven de peildatum 1 februari 2026
    En een aanvrager geboren op 1 mei 1975
    En een terugvordering van € 2.835,41
    Dan is de hoogste aflossing per maand € 70,08
    En duurt het terugbetalen 41 maanden

  Scenario: Precies tien jaar terugbetalen geeft nog geen signaal
    Ruimte 68,45 per maand (de vakantietoeslag van 1.369,06). 120 × 68,45 = 8.214,00: precies 120 maanden.
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een terugvordering van € 8.214,00
    Dan duurt het terugbetalen 120 maanden
    En is er niet het signaal LANGER_DAN_TIEN_JAAR

  Scenario: Eén cent meer duurt langer dan tien jaar
    8.214,01 / 68,45 = 120,0001, naar boven afgerond 121 maanden: meer dan 120 (art. 58 lid 7).
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een terugvordering van € 8.214,01
    Dan duurt het terugbetalen 121 maanden
    En is er het signaal LANGER_DAN_TIEN_JAAR
    En zegt het signaal LANGER_DAN_TIEN_JAAR "artikel 58 Participatiewet"

  Scenario: De uitleg zegt in woorden dat aflossen het vakantiegeld kost
    Voet 1.300,61 = 95% van 1.369,06; ruimte 68,45 = de vakantietoeslag. Per jaar: 12 × 68,45 = 821,40.
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een terugvordering van € 1.000,00
    Dan zegt de uitleg van de beslagvrije voet "houdt u geen vakantiegeld over: 12 × € 68,45 = € 821,40 per jaar."
    En zegt de uitleg van de hoogste aflossing "houdt u geen vakantiegeld over: 12 × € 68,45 = € 821,40 per jaar."
    En is de zin over het vakantiegeld "Boven de beslagvrije voet ligt alleen het vakantiegeld: € 68,45 per maand. Gaat dat naar aflossen, dan houdt u geen vakantiegeld over: 12 × € 68,45 = € 821,40 per jaar."

  Scenario: Onder het oude recht is de ruimte niet alleen het vakantiegeld
    2019: voet 90% van 1.025,55 = 922,99; ruimte 102,56, meer dan de vakantietoeslag van 51,28.
    Gegeven de peildatum 1 juni 2019
    En een aanvrager geboren op 1 mei 1975
    Dan is er geen zin over het vakantiegeld
