package nl.maatwerk.thermometer;

/** How many open answers of a layer have one coding; {@code codering} null counts those not yet coded. */
record Coderingstelling(Laag laag, Codering codering, int aantal) {
}
