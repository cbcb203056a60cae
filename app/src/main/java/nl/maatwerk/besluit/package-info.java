/**
 * Decisions (besluiten) reasoned with the omgekeerde toets: intended effect, consequences, the
 * intent of the law, ethics, and only then the rule and any power to deviate from it. The
 * existence-minimum check of the rules library runs beside the decision; a departure from the rule
 * needs a second person; the letter is built from the decision's own parts; every departure is
 * counted, without personal data, against the rule it departs from.
 *
 * <p>Offers {@link nl.maatwerk.besluit.Besluiten} (every step on a decision, and reading them) and
 * publishes {@link nl.maatwerk.besluit.BesluitDefinitief} and {@link nl.maatwerk.besluit.BesluitVerzonden}
 * through the event publication registry (docs/gebeurtenissen.md). Inside, each step is a use case
 * of its own, with its validation in {@code BesluitValidatie} and {@code Waarborg} and its SQL in
 * {@code BesluitOpslag}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"berekening", "inwoner", "logboek", "platform", "toegang"})
package nl.maatwerk.besluit;
