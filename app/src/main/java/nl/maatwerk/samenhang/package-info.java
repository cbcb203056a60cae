/**
 * Samenhang (issue 18): what is coming at the teams. A register of "invliegers" (laws, regulations, programmes,
 * projects and the municipality's own policy, from the state, the region or the municipality) with their dates,
 * what they change in plain words, which laws, rules (by rule id of the regels library), norm parameters, teams and
 * processes they hit, who owns the implementation and how the preparation stands. Views: a timeline as server-side
 * SVG with a table, the load per team (months with more than three changes going live), what changed since last
 * week, and exports as JSON and iCalendar. A change of an amount links to the proposed parameter set in regelbeheer
 * (read through {@link nl.maatwerk.regelbeheer.Regelparameters}); the teams see what hits them on their start page.
 * Owns the schema {@code samenhang}; holds no personal data. Offers other modules nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "regelbeheer"})
package nl.maatwerk.samenhang;
