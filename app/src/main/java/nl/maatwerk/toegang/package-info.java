/**
 * Integrale toegang: requests for help (hulpvragen) with their legal deadlines, the regie over a
 * household, consents, the people around a household, ZRM assessments and the household plan, in
 * the schema {@code toegang}. Offers other modules reading requests and the ZRM counts the work
 * queue orders by ({@link nl.maatwerk.toegang.ZrmTellingen}), and reacts to decisions being sent
 * (an event of {@code besluit}) by moving the request on. Names of households, residents and users
 * come from {@code inwoner} and {@code platform} through their APIs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"inwoner", "logboek", "platform"})
package nl.maatwerk.toegang;
