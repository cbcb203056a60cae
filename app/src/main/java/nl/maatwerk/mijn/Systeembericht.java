package nl.maatwerk.mijn;

import java.util.UUID;

/**
 * A message from the municipality itself (no professional wrote it) in the resident's conversation in Mijn Maatwerk, sent
 * by the system in reaction to an event, for example an invitation to the questionnaire. The resident gets the same
 * e-mail without content as for any new message. Only in a system action; logged for the resident.
 */
public interface Systeembericht {

    /** Nothing when the resident no longer lives in the household. */
    void stuurAlsSysteem(UUID huishoudenId, UUID inwonerId, String tekst);
}
