# language: nl
Functionaliteit: Kwijtschelding van gemeentelijke belastingen
  Wie van de bijstandsnorm leeft, krijgt kwijtschelding voor wat de betalingscapaciteit niet draagt.
  Voor de kosten van bestaan telt 90% van de norm, of meer tot 100% als de gemeente dat kiest. De wet
  trekt ook de netto woonlasten boven de drempel en de zorgpremie boven de standaardpremie af. Van de
  rest gaat 80% (te verifiëren) over twaalf maanden naar de belasting. Het inkomen is de norm zonder
  vakantietoeslag. Zonder woonlasten en zorgpremie concludeert de berekening niets: dan zegt ze wat er
  ontbreekt. Alleenstaande 1 september 2025: norm zonder vakantietoeslag 1.300,61; 90% is 1.170,549,
  afgerond 1.170,55; capaciteit zonder extra uitgaven 1.300,61 − 1.170,55 = 130,06 per maand;
  80% × 12 × 130,06 = 1.248,576, afgerond 1.248,58 per jaar.

  Scenario: Een alleenstaande met de standaardnorm van 90% betaalt de aanslag zelf
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 400,00 per jaar
    En de woonlasten boven de drempel zijn € 0,00 en de zorgpremie boven de standaardpremie is € 0,00 per maand
    Dan wordt € 0,00 van de belastingen kwijtgescholden
    En blijft er € 400,00 aan belastingen te betalen, € 33,33 per maand
    En is er geen signaal

  Scenario: Met 100% als gemeentelijke keuze wordt alles kwijtgescholden
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 400,00 per jaar en kosten van bestaan op 100 procent
    En de woonlasten boven de drempel zijn € 0,00 en de zorgpremie boven de standaardpremie is € 0,00 per maand
    Dan wordt € 400,00 van de belastingen kwijtgescholden
    En blijft er € 0,00 aan belastingen te betalen, € 0,00 per maand

  Scenario: Met 95% wordt een deel kwijtgescholden
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 800,00 per jaar en kosten van bestaan op 95 procent
    En de woonlasten boven de drempel zijn € 0,00 en de zorgpremie boven de standaardpremie is € 0,00 per maand
    Dan wordt € 175,71 van de belastingen kwijtgescholden
    En blijft er € 624,29 aan belastingen te betalen, € 52,02 per maand

  Scenario: Belasting en terugvordering stapelen: de belasting gaat voor
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 3 februari 1988
    En een aanslag gemeentelijke belastingen van € 600,00 per jaar
    En de woonlasten boven de drempel zijn € 0,00 en de zorgpremie boven de standaardpremie is € 0,00 per maand
    En een terugvordering van € 1.000,00
    Dan blijft er € 600,00 aan belastingen te betalen, € 50,00 per maand
    En is de hoogste aflossing per maand € 47,79
    En duurt het terugbetalen 21 maanden

  Scenario: Een hoge aanslag bij 90% zakt onder de beslagvrije voet
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 900,00 per jaar
    En de woonlasten boven de drempel zijn € 0,00 en de zorgpremie boven de standaardpremie is € 0,00 per maand
    Dan blijft er € 900,00 aan belastingen te betalen, € 75,00 per maand
    En is er het signaal ONDER_BESLAGVRIJE_VOET

  Scenario: Een percentage onder de 90% kan niet
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 400,00 per jaar en kosten van bestaan op 85 procent
    Dan weigert de berekening met de melding "tussen 90% en 100%"

  Scenario: Zonder woonlasten en zorgpremie concludeert de berekening niets
    Voorheen gaf deze berekening hier 1.248,58 per jaar als te betalen, alsof er geen woonlasten boven
    de drempel en geen extra zorgpremie waren. Dat zegt de wet niet; dus geen bedrag, wel wat ontbreekt.
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 400,00 per jaar
    Dan kan de berekening de kwijtschelding niet concluderen, omdat ontbreekt: "de netto woonlasten boven de drempel; de premie van de zorgverzekering boven de standaardpremie"
    En is er het signaal KAN_NIET_CONCLUDEREN

  Scenario: Woonlasten en zorgpremie boven de drempel verlagen de betalingscapaciteit
    Capaciteit: 130,06 − 50,00 woonlasten − 10,00 zorgpremie = 70,06 per maand.
    Naar de belasting: 80% × 12 × 70,06 = 672,576, afgerond 672,58; per maand 672,58 / 12 = 56,048,
    afgerond 56,05. Kwijtgescholden: 800,00 − 672,58 = 127,42.
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 800,00 per jaar
    En de woonlasten boven de drempel zijn € 50,00 en de zorgpremie boven de standaardpremie is € 10,00 per maand
    Dan is de betalingscapaciteit € 70,06 per maand
    En blijft er € 672,58 aan belastingen te betalen, € 56,05 per maand
    En wordt € 127,42 van de belastingen kwijtgescholden

  Scenario: Een terugvordering naast een kwijtschelding die niet te concluderen is
    De belasting gaat niet van de ruimte af, want die is onbekend; de uitleg zegt dat erbij.
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 400,00 per jaar
    En een terugvordering van € 1.000,00
    Dan is de hoogste aflossing per maand € 68,45
    En zegt de uitleg van de hoogste aflossing "nog niet afgetrokken"
