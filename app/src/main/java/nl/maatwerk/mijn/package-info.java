/**
 * Mijn Maatwerk (issue 16): the resident's own area at {@code /mijn} and {@code /api/v1/mijn}. Everything here
 * is about the logged-in resident ({@link nl.maatwerk.mijn.MijnInwoner}, never an id from the request), in the
 * resident's words, and logged with the resident (or the parent acting for a child) as actor. It reads and writes
 * through the APIs of {@code inwoner}, {@code toegang}, {@code dossier} and {@code logboek}: who looked at their
 * data ({@code inzage}), their consents ({@code toestemming}), asking for help ({@code hulp}). Only the messages
 * with the regisseur ({@code bericht}) are its own data, in the schema {@code mijn}; their attachments are documents
 * of the household's dossier ({@code dossier::portaal}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"besluit", "dossier::portaal", "inwoner", "logboek", "platform", "toegang"})
package nl.maatwerk.mijn;
