/**
 * De sociale kaart (issue 17): the local offer, formal and informal (algemene voorzieningen, voluntary
 * organisations, informal help, neighbourhood initiatives, providers), in the schema {@code socialekaart}. It is
 * public without login ({@code /sociale-kaart}, {@code GET /api/v1/sociale-kaart/diensten}), exported and imported
 * in the shape of Open Referral HSDS 3, matched to a household's plan goals and low ZRM scores on the household
 * page, and it keeps the referrals of households to a service with the organisation's answer. Reads a household's
 * goals and scores and adds an action to its plan through {@code toegang}'s API ({@link nl.maatwerk.toegang.AanbodInPlan});
 * need-to-know and names through {@code inwoner} and {@code platform}. Offers other modules one thing:
 * {@link nl.maatwerk.socialekaart.VoorliggendAanbod}, the general and informal offers that fit a household, for the
 * omgekeerde toets of a Wmo decision in {@code besluit} (which depends on this module, never the other way). It implements
 * {@code toegang}'s {@link nl.maatwerk.toegang.AanbodVoorPlan} for the plan editor.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"inwoner", "logboek", "platform", "toegang"})
package nl.maatwerk.socialekaart;
