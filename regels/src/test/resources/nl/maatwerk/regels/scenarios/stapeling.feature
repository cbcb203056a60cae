# language: nl
Functionaliteit: Maatregelen stapelen zich op
  Een Wmo-bijdrage (artikel 2.1.4 Wmo 2015) en een terugvordering worden van hetzelfde geld betaald.
  Samen mogen ze de inwoner niet onder de beslagvrije voet brengen: de Wmo-bijdrage gaat eerst van de
  ruimte boven de voet af, wat overblijft kan per maand worden terugbetaald.

  Scenario: Alleen het abonnementstarief past binnen de ruimte van een alleenstaande
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een Wmo-bijdrage volgens het abonnementstarief
    Dan is er geen signaal

  Scenario: Abonnementstarief en terugvordering samen: er blijft minder over om af te lossen
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een Wmo-bijdrage volgens het abonnementstarief
    En een terugvordering van € 7.040,00 met een aflossing van € 50,00 per maand
    Dan is de hoogste aflossing per maand € 47,45
    En duurt het terugbetalen 149 maanden
    En is er het signaal ONDER_BESLAGVRIJE_VOET

  Scenario: Vijf kostendelers: de ruimte is klein, de terugvordering duurt lang
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een medebewoner geboren op 1 januari 1960
    En een medebewoner geboren op 1 januari 1970
    En een medebewoner geboren op 1 januari 1980
    En een medebewoner geboren op 1 januari 1985
    En een Wmo-bijdrage van € 21,00 per maand
    En een terugvordering van € 1.000,00 met een aflossing van € 20,00 per maand
    Dan is de hoogste aflossing per maand € 16,16
    En duurt het terugbetalen 62 maanden
    En is er het signaal ONDER_BESLAGVRIJE_VOET

  Scenario: Een Wmo-bijdrage die alleen al meer is dan de ruimte
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een medebewoner geboren op 1 januari 1960
    En een medebewoner geboren op 1 januari 1970
    En een medebewoner geboren op 1 januari 1980
    En een medebewoner geboren op 1 januari 1985
    En een Wmo-bijdrage van € 40,00 per maand
    Dan is er het signaal ONDER_BESLAGVRIJE_VOET

  Scenario: Het abonnementstarief van 2026 (nog te verifiëren) gaat van de ruimte van 2026 af
    Gegeven de peildatum 1 februari 2026
    En een aanvrager geboren op 1 mei 1990
    En een Wmo-bijdrage volgens het abonnementstarief
    En een terugvordering van € 1.000,00
    Dan is de hoogste aflossing per maand € 48,28
    En duurt het terugbetalen 21 maanden

  Scenario: Een stel onder de AOW-leeftijd betaalt geen abonnementstarief
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 3 februari 1988
    En een Wmo-bijdrage volgens het abonnementstarief
    En een terugvordering van € 1.000,00
    Dan is de hoogste aflossing per maand € 97,79

  Scenario: Een stel van wie beiden de AOW-leeftijd hebben, betaalt het abonnementstarief wel
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 januari 1950
    En een partner geboren op 1 januari 1952
    En een Wmo-bijdrage volgens het abonnementstarief
    En een terugvordering van € 1.000,00
    Dan is de hoogste aflossing per maand € 83,75
