# language: nl
Functionaliteit: Kwijtschelding van gemeentelijke belastingen
  Wie van de bijstandsnorm leeft, krijgt kwijtschelding voor wat de betalingscapaciteit niet draagt.
  Voor de kosten van bestaan telt 90% van de norm, of meer tot 100% als de gemeente dat kiest. Van de
  rest gaat 80% over twaalf maanden naar de belasting. Deze regels rekenen met de norm zonder
  vakantietoeslag als inkomen en zonder woonlasten of zorgpremie; die verlagen in het echt de
  betalingscapaciteit.

  Scenario: Een alleenstaande met de standaardnorm van 90% betaalt de aanslag zelf
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 400,00 per jaar
    Dan wordt € 0,00 van de belastingen kwijtgescholden
    En blijft er € 400,00 aan belastingen te betalen, € 33,33 per maand
    En is er geen signaal

  Scenario: Met 100% als gemeentelijke keuze wordt alles kwijtgescholden
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 400,00 per jaar en kosten van bestaan op 100 procent
    Dan wordt € 400,00 van de belastingen kwijtgescholden
    En blijft er € 0,00 aan belastingen te betalen, € 0,00 per maand

  Scenario: Met 95% wordt een deel kwijtgescholden
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 800,00 per jaar en kosten van bestaan op 95 procent
    Dan wordt € 175,71 van de belastingen kwijtgescholden
    En blijft er € 624,29 aan belastingen te betalen, € 52,02 per maand

  Scenario: Belasting en terugvordering stapelen: de belasting gaat voor
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een partner geboren op 3 februari 1988
    En een aanslag gemeentelijke belastingen van € 600,00 per jaar
    En een terugvordering van € 1.000,00
    Dan blijft er € 600,00 aan belastingen te betalen, € 50,00 per maand
    En is de hoogste aflossing per maand € 47,79
    En duurt het terugbetalen 21 maanden

  Scenario: Een hoge aanslag bij 90% zakt onder de beslagvrije voet
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 900,00 per jaar
    Dan blijft er € 900,00 aan belastingen te betalen, € 75,00 per maand
    En is er het signaal ONDER_BESLAGVRIJE_VOET

  Scenario: Een percentage onder de 90% kan niet
    Gegeven de peildatum 1 september 2025
    En een aanvrager geboren op 1 mei 1990
    En een aanslag gemeentelijke belastingen van € 400,00 per jaar en kosten van bestaan op 85 procent
    Dan weigert de berekening met de melding "tussen 90% en 100%"
