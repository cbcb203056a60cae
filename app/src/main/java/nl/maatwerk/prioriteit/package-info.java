/**
 * Prioriteit naar nood: the team's work queue ordered by transparent need (ZRM, early debt signals,
 * an acute-safety flag, legal deadlines, waiting time) with an explanation per item, early debt
 * signals (vroegsignalering) and their outreach, and the algorithm's accountability (register entry
 * and fairness report). The scoring itself is {@code score}: pure Java that only sees the allowed
 * factors. Protected attributes are read only by {@code eerlijkheid}, never by the scoring.
 * Offers other modules only the kinds of an early debt signal ({@link nl.maatwerk.prioriteit.Vroegsignaal}'s
 * {@code Soort} and {@code SchuldeiserType}), which the demo module generates; the work queue, the
 * dashboard and the fairness report are its own pages and API, their types internal
 * ({@code @NamedInterface("intern")}). It owns the schema {@code prioriteit}.
 * This module's tables hold only its own data; what it needs of others comes through their APIs:
 * matching a signal to a resident and household, household names and teams, and the fairness
 * report's grouping attributes from {@code inwoner}; ZRM counts and a request's household from
 * {@code toegang}; the teams from {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"inwoner", "logboek", "platform", "toegang"})
package nl.maatwerk.prioriteit;
