/**
 * Wat als? (issue 19): a policy advisor composes one or more reforms (variants) from the managed parameter
 * set ({@code regelbeheer}) and runs them in one run over the municipality's own households, exported
 * without identifiers by {@code inwoner} with the income recorded on each household's latest decision
 * ({@code besluit}). A background job gathers the households and computes, in-process with
 * {@code nl.maatwerk.regels.hervorming} (the fast path) or, above a threshold, with the simulatie jar on
 * Apache Spark as a child process; the page and the API show its phase and progress. The results are
 * charts and tables with the variants side by side: cost per year, winners and losers per household
 * type, age band, wijk and income decile, households below the minimum before and after. Only aggregates
 * are stored, with small groups already hidden ({@link nl.maatwerk.platform.KleineGroep}). Owns the
 * schema {@code watals}. Offers {@link nl.maatwerk.watals.WatAlsRuns} (start a run, read its
 * {@link nl.maatwerk.watals.Run} and {@link nl.maatwerk.watals.Runstatus}) to {@code knelpunt}, whose
 * beleidsdossier starts a run for a rule (issue 18), and its demo run ({@code watals.demo}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"berekening", "besluit", "inwoner", "logboek", "platform", "regelbeheer"})
package nl.maatwerk.watals;
