# language: nl
Functionaliteit: Wat de regels niet kunnen uitrekenen, weigeren ze met een uitleg
  Een huishouden dat niet kan bestaan, of een datum waarvoor geen bedragen bekend zijn, geeft geen
  stil standaardantwoord maar een melding in gewone taal.

  Scenario: Twee aanvragers
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanvrager geboren op 1 mei 1991
    Dan weigert de berekening met de melding "precies één aanvrager"

  Scenario: Twee partners
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 1 mei 1991
    En een partner geboren op 1 mei 1992
    Dan weigert de berekening met de melding "hoogstens één partner"

  Scenario: Een partner jonger dan 18 kan geen bijstand krijgen
    Gegeven de peildatum 1 maart 2025
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 1 mei 2008
    Dan weigert de berekening met de melding "jonger dan 18 jaar"

  Scenario: Een peildatum vóór de eerste bekende bedragen
    Gegeven de peildatum 31 december 2018
    En een aanvrager geboren op 1 mei 1990
    Dan weigert de berekening met de melding "kunnen we niet rekenen"

  Scenario: Een peildatum na de laatste bekende normen
    Gegeven de peildatum 1 januari 2027
    En een aanvrager geboren op 1 mei 1990
    Dan weigert de berekening met de melding "kunnen we niet rekenen"

  Scenario: Een alleenstaande hoort welke norm ontbreekt voor haar, en wie die kan toevoegen
    Eerder las de berekening eerst de gehuwdennorm, ook voor een alleenstaande zonder kostendelers.
    Gegeven de peildatum 1 januari 2027
    En een aanvrager geboren op 1 mei 1990
    Dan weigert de berekening met de melding "de norm voor een alleenstaande van 21 jaar tot de AOW-leeftijd"
    En weigert de berekening met de melding "Een functioneel beheerder kan de norm toevoegen."
    En weigert de berekening zonder de melding "gehuwden"

  Scenario: Een stel hoort dat de gehuwdennorm ontbreekt
    Gegeven de peildatum 1 januari 2027
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 1 mei 1991
    Dan weigert de berekening met de melding "de norm voor gehuwden van 21 jaar tot de AOW-leeftijd"
    En weigert de berekening met de melding "Een functioneel beheerder kan de norm toevoegen."

  Scenario: Een alleenstaande met de AOW-leeftijd hoort dat haar AOW-norm ontbreekt
    Gegeven de peildatum 1 januari 2027
    En een aanvrager geboren op 1 januari 1950
    Dan weigert de berekening met de melding "de norm voor een alleenstaande met de AOW-leeftijd"
    En weigert de berekening zonder de melding "gehuwden"

  Scenario: Tussen 2019 en 2025 zijn geen normen ingevoerd
    Gegeven de peildatum 1 juli 2019
    En een aanvrager geboren op 1 mei 1990
    Dan weigert de berekening met de melding "1 januari en 1 juli"
