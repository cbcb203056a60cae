/**
 * Calculations on described households, without storing them or needing anyone's identity: the
 * existence-minimum check of the rules library, offered over the API and on a page. Offers other
 * modules {@link nl.maatwerk.berekening.Berekeningen} ({@code besluit} checks a decision with it).
 * Owns no schema.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"inwoner", "platform", "regelbeheer"})
package nl.maatwerk.berekening;
