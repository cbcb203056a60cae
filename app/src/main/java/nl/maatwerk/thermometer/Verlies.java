package nl.maatwerk.thermometer;

/**
 * Doorfluisterverlies of one theme: how many points the score drops from the bestuur down to the
 * uitvoering and to the partners. Positive means intent got lost on the way down.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Verlies(String thema, String themaNaam, Waarde bestuur, Waarde uitvoering, Waarde partners) {

    public Integer naarUitvoering() {
        return verschil(bestuur, uitvoering);
    }

    public Integer naarPartners() {
        return verschil(bestuur, partners);
    }

    static Integer verschil(Waarde boven, Waarde onder) {
        return boven.getoond() && onder.getoond() ? boven.score() - onder.score() : null;
    }

    public static String tekst(Integer verlies) {
        if (verlies == null) {
            return "niet te berekenen";
        }
        if (verlies == 0) {
            return "geen verlies";
        }
        return verlies > 0 ? verlies + " punten lager" : (-verlies) + " punten hoger";
    }
}
