/**
 * Calculations on described households, without storing them or needing anyone's identity: the
 * existence-minimum check of the rules library, offered over the API (and later on a page).
 */
package nl.maatwerk.berekening;
