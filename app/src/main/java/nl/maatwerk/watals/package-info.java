/**
 * Wat als? (issue 19): a policy advisor composes a reform from the managed parameter set
 * ({@code regelbeheer}), runs it over the municipality's own households, exported without identifiers by
 * {@code inwoner} with the income recorded on each household's latest decision ({@code besluit}),
 * in-process with {@code nl.maatwerk.regels.hervorming} (the fast path, in the background with progress), and reads the results as charts and tables: cost per year, winners and losers per
 * household type, age band, wijk and income decile, households below the minimum before and after.
 * Only aggregates are stored, with small groups already hidden ({@link nl.maatwerk.platform.KleineGroep}).
 * Owns the schema {@code watals}; offers other modules nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"berekening", "besluit", "inwoner", "logboek", "platform", "regelbeheer"})
package nl.maatwerk.watals;
