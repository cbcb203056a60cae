/**
 * Logboek Dataverwerkingen: every read and change of personal data, by whom, for which activity and
 * about whom, in an append-only hash chain in the schema {@code logboek}. Offers other modules
 * {@link nl.maatwerk.logboek.Logboek} (wrap a use case in {@code verwerk}, or {@code registreer} a
 * read) with the activities of {@link nl.maatwerk.logboek.Verwerkingsactiviteit}, and
 * {@link nl.maatwerk.logboek.LogboekInzage} for the auditor's and the resident's view.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package nl.maatwerk.logboek;
