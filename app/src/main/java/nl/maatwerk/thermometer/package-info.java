/**
 * Thermometer sociaal domein: measures per layer of the organisation (bestuur to partners) what
 * people know and do about the intent of policy themes, and shows where that intent gets lost.
 * Respondents answer through one-time anonymous links; results are aggregates only, and a group of
 * fewer than {@link nl.maatwerk.platform.KleineGroep#MINIMUM} respondents shows no number. Owns the
 * schema {@code thermometer}. Offers other modules only {@link nl.maatwerk.thermometer.ThermometerDemo}
 * for the demo module; the rounds and results are its own pages and API, their types internal
 * ({@code @NamedInterface("intern")}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package nl.maatwerk.thermometer;
