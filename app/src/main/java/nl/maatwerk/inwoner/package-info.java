/**
 * Inwoners and huishoudens: residents (with the BRP as source), households with their members over
 * time, the network around them, assignments and doorbraken, in the schema {@code inwoner}.
 * Offers other modules need-to-know ({@link nl.maatwerk.inwoner.Inzage}; for their own SQL the
 * subquery {@link nl.maatwerk.inwoner.Zichtbaarheid} on the function {@code inwoner.zichtbare_huishoudens}),
 * reading households and residents ({@link nl.maatwerk.inwoner.Huishoudens},
 * {@link nl.maatwerk.inwoner.Inwoners}, with names and teams per set of ids), matching signal
 * fields to a household ({@link nl.maatwerk.inwoner.Koppelingen}), the grouping attributes of
 * the fairness report ({@link nl.maatwerk.inwoner.Groepskenmerken}), the records and codes these
 * return ({@link nl.maatwerk.inwoner.Huishouden}, {@link nl.maatwerk.inwoner.Inwoner},
 * {@link nl.maatwerk.inwoner.LidRol}, …), a place for other modules' parts and events on the household
 * page ({@link nl.maatwerk.inwoner.HuishoudenOnderdeel}, {@link nl.maatwerk.inwoner.Tijdlijn}) and the
 * BRP lookup the demo module implements ({@link nl.maatwerk.inwoner.PersoonBevraging}). Every read of
 * personal data is logged here or by the calling use case, as each method's documentation says.
 * Doorbraken, the form data of a household and the BSN check are internal
 * ({@code @NamedInterface("intern")}), for inwoner's own {@code web}, {@code rest} and {@code opslag}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"logboek", "platform"})
package nl.maatwerk.inwoner;
