/**
 * Integrale toegang: requests for help (hulpvragen) with their legal deadlines, the regie over a
 * household, consents, the people around a household, ZRM assessments and the household plan, in
 * the schema {@code toegang}. Offers other modules reading requests ({@link nl.maatwerk.toegang.Hulpvragen},
 * {@link nl.maatwerk.toegang.Hulpvraag} with its {@link nl.maatwerk.toegang.Termijn}en), the work queue
 * that {@code prioriteit} orders ({@link nl.maatwerk.toegang.Werkvoorraad}), the ZRM counts it orders
 * by ({@link nl.maatwerk.toegang.ZrmTellingen}), and the codes and plan records the demo module
 * generates ({@link nl.maatwerk.toegang.Levensdomein}, {@link nl.maatwerk.toegang.PlanInhoud}, …). It
 * reacts to decisions being sent (an event of {@code besluit}, heard as
 * {@link nl.maatwerk.toegang.HulpvraagBeantwoord}) by moving the request on. The plan, regie,
 * consents and ZRM assessments are internal ({@code @NamedInterface("intern")}), for toegang's own
 * {@code web}, {@code rest}, {@code opslag} and {@code demo}. Names of households, residents and
 * users come from {@code inwoner} and {@code platform} through their APIs. The plan editor shows the offer that fits
 * each need through {@link nl.maatwerk.toegang.AanbodVoorPlan}, which the sociale kaart implements, so toegang does not
 * depend on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"inwoner", "logboek", "platform"})
package nl.maatwerk.toegang;
