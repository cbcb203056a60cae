package nl.maatwerk.platform;

/** Where a page of a list stands, as every list API reports it. */
public record Paginering(int pagina, int paginagrootte, long totaalAantal, long aantalPaginas) {

    /** The page numbers start at 1; an empty list still has one (empty) page. */
    public static Paginering van(int pagina, int paginagrootte, long totaalAantal) {
        return new Paginering(pagina, paginagrootte, totaalAantal, Math.max(1, (totaalAantal + paginagrootte - 1) / paginagrootte));
    }
}
