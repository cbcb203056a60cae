/**
 * Decisions (besluiten) reasoned with the omgekeerde toets: intended effect, consequences, the
 * intent of the law, ethics, and only then the rule and any power to deviate from it. The
 * existence-minimum check of the rules library runs beside the decision; a departure from the rule
 * needs a second person; the letter is built from the decision's own parts; every departure is
 * counted, without personal data, against the rule it departs from.
 *
 * <p>Offers other modules its events {@link nl.maatwerk.besluit.BesluitDefinitief} and
 * {@link nl.maatwerk.besluit.BesluitVerzonden}, published through the event publication registry
 * (docs/gebeurtenissen.md), with the {@link nl.maatwerk.besluit.BesluitSoort} they carry, and
 * {@link nl.maatwerk.besluit.BesluitDemo} for the demo module. Owns the schema {@code besluit}.
 * {@code Besluiten} (every step on a decision, and reading them) and the types of the pages are
 * internal ({@code @NamedInterface("intern")}), for besluit's own {@code web} and {@code rest}
 * packages. Inside, each step is a use case of its own, with its validation in
 * {@code BesluitValidatie} and {@code Waarborg} and its SQL in {@code BesluitOpslag}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"berekening", "inwoner", "logboek", "platform", "socialekaart", "taak", "toegang"})
package nl.maatwerk.besluit;
