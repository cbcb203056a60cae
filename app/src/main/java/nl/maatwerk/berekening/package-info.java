/**
 * Calculations on described households, without storing them or needing anyone's identity: the
 * existence-minimum check of the rules library, offered over the API (and later on a page).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"inwoner", "platform", "regelbeheer"})
package nl.maatwerk.berekening;
