/**
 * Logboek Dataverwerkingen: every read and change of personal data, by whom, for which activity and
 * about whom, in an append-only hash chain in the schema {@code logboek}. Offers other modules
 * {@link nl.maatwerk.logboek.Logboek} (wrap a use case in {@code verwerk}, or {@code registreer} a
 * read) with the activities of {@link nl.maatwerk.logboek.Verwerkingsactiviteit} and the people it is
 * about as {@link nl.maatwerk.logboek.Betrokkene}. Reading the log ({@code LogboekInzage}, the
 * auditor's page and API) is internal: {@code @NamedInterface("intern")}, for logboek's own
 * {@code web} and {@code opslag} packages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package nl.maatwerk.logboek;
