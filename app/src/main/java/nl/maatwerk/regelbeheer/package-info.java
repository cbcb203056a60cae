/**
 * Regelbeheer: the norms and parameters of the income rules as managed data instead of a release.
 * A functional administrator proposes a set of values with their start date, juriconnect source and
 * status; a second administrator approves or rejects it (four eyes, also a database constraint);
 * from its start date an approved value is part of {@link nl.maatwerk.regelbeheer.Regelparameters#actueel()},
 * the parameter set every calculation uses. The module owns the schema {@code regelbeheer}; nothing
 * in it is overwritten or deleted, and every step is kept. The API is the facade
 * {@link nl.maatwerk.regelbeheer.Regelparameters} (what {@code berekening} calculates with) and
 * {@link nl.maatwerk.regelbeheer.RegelbeheerDemo} for the demo module; the proposals and their
 * records are internal ({@code @NamedInterface("intern")}), for regelbeheer's own {@code web} and
 * {@code rest}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package nl.maatwerk.regelbeheer;
