/**
 * Decisions (besluiten) reasoned with the omgekeerde toets: intended effect, consequences, the
 * intent of the law, ethics, and only then the rule and any power to deviate from it. The
 * existence-minimum check of the rules library runs beside the decision; a departure from the rule
 * needs a second person; the letter is built from the decision's own parts; every departure is
 * counted, without personal data, against the rule it departs from.
 */
package nl.maatwerk.besluit;
