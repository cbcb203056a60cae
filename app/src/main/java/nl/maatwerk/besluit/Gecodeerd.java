package nl.maatwerk.besluit;

/** A choice stored and exchanged by its code, such as {@code betalingsregeling}. */
interface Gecodeerd extends nl.maatwerk.platform.Keuze {

    String code();
}
