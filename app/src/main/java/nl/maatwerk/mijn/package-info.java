/**
 * Mijn Maatwerk (issue 16): the resident's own area at {@code /mijn} and {@code /api/v1/mijn}, always about
 * the logged-in resident. Who looked at their data ({@code inzage}, from the log), their consents
 * ({@code toestemming}, owned by {@code toegang}), messages with their regisseur ({@code bericht}) and asking
 * for help ({@code hulp}, a melding in {@code toegang}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"inwoner", "logboek", "platform", "toegang"})
package nl.maatwerk.mijn;
