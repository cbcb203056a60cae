package nl.maatwerk.mijn;

/** The login is below the level of assurance a page needs: a page explains why and how to log in higher. */
@org.springframework.modulith.NamedInterface("intern")
public class TeLaagNiveauException extends RuntimeException {

    private final Betrouwbaarheid niveau;

    public TeLaagNiveauException(Betrouwbaarheid niveau) {
        super("Ingelogd met " + niveau.code() + ", nodig is " + MijnInwoner.VEREIST.code());
        this.niveau = niveau;
    }

    public Betrouwbaarheid niveau() {
        return niveau;
    }
}
