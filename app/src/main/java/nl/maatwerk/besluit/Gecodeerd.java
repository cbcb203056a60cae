package nl.maatwerk.besluit;

/** A choice stored and exchanged by its code, such as {@code betalingsregeling}. */
interface Gecodeerd {

    String code();
}
