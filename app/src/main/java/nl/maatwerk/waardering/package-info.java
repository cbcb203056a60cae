/**
 * Stem van de inwoner (issue 17): after a decision is sent, the plan is evaluated or a request is closed, the resident gets a one-time
 * link to a short questionnaire on access, quality and effect (the items of the Wmo cliëntervaringsonderzoek, in
 * our own B1 words), a mark and an open answer. Answers are anonymous: stored with team, law, occasion and month
 * only, never with the person or the invitation; pages, API, PDF and CSV show aggregates per team, law and period,
 * none for a group under {@link nl.maatwerk.platform.KleineGroep#MINIMUM}. An unhappy resident who asks to be
 * contacted gets a follow-up task for the team lead ({@code taak}). Owns the schema {@code waardering}; listens to
 * {@code besluit.BesluitVerzonden} and {@code toegang.HulpvraagAfgesloten} and {@code toegang.PlanGeevalueerd}; tells the resident on the start page
 * of Mijn Maatwerk that a questionnaire waits ({@code mijn.Startmelding}); gives the decision letter the code with which a
 * resident without DigiD reaches the questionnaire on {@code /vragenlijst} ({@code besluit.Vragenlijstcode}); offers other modules nothing but the
 * event {@link nl.maatwerk.waardering.ContactGevraagd} and its demo step.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"besluit", "inwoner", "logboek", "mijn", "platform", "taak", "toegang"})
package nl.maatwerk.waardering;
