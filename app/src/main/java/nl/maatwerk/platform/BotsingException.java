package nl.maatwerk.platform;

import java.util.List;

/**
 * What was asked collides with what is stored, usually by someone who was just before: a BSN that
 * already belongs to a resident, a resident who lives in another household in that period, a
 * regisseur set a moment ago. The database guards these with a constraint (issue 14); whoever loses
 * the race hears with what they collided. The API answers 409 with the fields in {@code invalidParams};
 * a form shows the message at its field and keeps everything typed, which is why this is a kind of
 * invalid input.
 */
public class BotsingException extends OngeldigeInvoerException {

    public BotsingException(String veld, String bericht) {
        super(veld, "conflict", bericht);
    }

    public BotsingException(List<Fout> fouten) {
        super(fouten);
    }
}
