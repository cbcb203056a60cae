/**
 * Wat als? (issue 19): a policy advisor composes a reform from the managed parameter set
 * ({@code regelbeheer}), runs it over the municipality's own households, exported without identifiers by
 * {@code inwoner}, in-process with {@code nl.maatwerk.regels.hervorming} (the fast path, in the background
 * with progress), and reads the results as charts and tables: cost per year, winners and losers per
 * household type, age band, wijk and income decile, households below the minimum before and after.
 * Only aggregates are stored, with small groups already hidden ({@link nl.maatwerk.platform.KleineGroep}).
 * Owns the schema {@code watals}. Offers {@link nl.maatwerk.watals.WatAlsRuns} (start a run, read its
 * {@link nl.maatwerk.watals.Run} and {@link nl.maatwerk.watals.Runstatus}) to {@code knelpunt}, whose beleidsdossier starts a
 * run for a rule (issue 18).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"berekening", "inwoner", "logboek", "platform", "regelbeheer"})
package nl.maatwerk.watals;
