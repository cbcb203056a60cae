/**
 * Dossier: the contactjournaal (notes of contact with a household, per household and per request) and
 * documents (per household, request or decision, with their type and retention period), in the schema
 * {@code dossier}. Need-to-know is inwoner's ({@code Inzage}): the team with a relation to the household
 * sees everything; a member of the household sees only what is marked as shared with them. Every read
 * and write is logged (logboek) for the household's members. A request's and a decision's household come
 * from {@code toegang} and {@code besluit}; names of users from {@code platform}.
 *
 * <p>Offers no other module a Java API yet: its pages and API are its own ({@code web}, {@code rest}), its
 * part of the household page comes in through {@code inwoner.HuishoudenOnderdeel}, and what the resident
 * portal will need (shared notes and documents of the resident's household) is the named interface
 * {@code portaal}. The virus-scan hook point is {@code scan.Virusscanner}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"besluit", "inwoner", "logboek", "platform", "toegang"})
package nl.maatwerk.dossier;
