/**
 * Taken: a piece of work with a due date and an owner (a named colleague in the household's team), about a
 * household and optionally one of its requests, in the schema {@code taak} (issue 15). A task moves from open
 * to done ({@link nl.maatwerk.taak.TaakStatus}); handing it to a colleague needs a reason and stays in its
 * history. Offers other modules nothing: its pages, and its parts of the start page (my tasks; for the team
 * lead the caseload per worker, with the open requests that {@code toegang} counts). Need-to-know, names and
 * teams come from {@code inwoner} and {@code platform} through their APIs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"inwoner", "logboek", "platform", "toegang"})
package nl.maatwerk.taak;
