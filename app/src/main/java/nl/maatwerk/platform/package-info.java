/**
 * What every module needs and no module owns as a domain: the user and role
 * ({@link nl.maatwerk.platform.Gebruiker}, {@link nl.maatwerk.platform.GebruikerRegister}), teams and
 * accounts in the schema {@code platform}, security, the embedded database and the event publication
 * registry, error handling, and the conventions of docs/conventies.md as types: codes of choices
 * ({@link nl.maatwerk.platform.Keuze}), status machines ({@link nl.maatwerk.platform.Statusmachine}),
 * versions ({@link nl.maatwerk.platform.IfMatch}), the one clock ({@link nl.maatwerk.platform.Klok}).
 * Every public type here is for all modules; platform itself uses no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package nl.maatwerk.platform;
