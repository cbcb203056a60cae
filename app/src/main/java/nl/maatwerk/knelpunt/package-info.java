/**
 * Knelpunten (issue 18): any professional tells policy, in two minutes and from wherever they are, which rule,
 * procedure or system blocks good help, what happened, what would have helped and how often. The text is refused
 * when it holds personal data ({@link nl.maatwerk.knelpunt.Persoonsgegevens}). Per rule or procedure the policy role
 * gets one beleidsdossier where knelpunten and the departures from that rule ({@code besluit}'s register, through
 * {@link nl.maatwerk.besluit.Afwijkingscijfers}) meet, records its answer, which reporters and their teams see on
 * their start page, and sees before and after a change ({@link nl.maatwerk.knelpunt.Evaluatie}). The Thermometer's
 * scores on the subject's theme come from {@link nl.maatwerk.thermometer.Themascores}, residents' marks from
 * {@link nl.maatwerk.waardering.Rapportcijfers}; a dossier starts a "Wat als?" run through
 * {@link nl.maatwerk.watals.WatAlsRuns} (watals depends on nothing that reaches knelpunt). Owns the schema
 * {@code knelpunt}; reads the household a report came from only for the check, through {@code inwoner}. Offers
 * other modules nothing but its demo step.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"besluit", "inwoner", "platform", "regelbeheer", "thermometer", "waardering", "watals"})
package nl.maatwerk.knelpunt;
