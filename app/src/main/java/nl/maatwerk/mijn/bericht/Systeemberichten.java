package nl.maatwerk.mijn.bericht;

import java.util.UUID;
import nl.maatwerk.mijn.Systeembericht;
import org.springframework.stereotype.Component;

/** {@link Systeembericht} on the messages of Mijn Maatwerk. */
@Component
class Systeemberichten implements Systeembericht {

    private final Berichten berichten;

    Systeemberichten(Berichten berichten) {
        this.berichten = berichten;
    }

    @Override
    public void stuurAlsSysteem(UUID huishoudenId, UUID inwonerId, String tekst) {
        berichten.stuurAlsSysteem(huishoudenId, inwonerId, tekst);
    }
}
