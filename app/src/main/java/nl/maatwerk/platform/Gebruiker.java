package nl.maatwerk.platform;

import java.util.Optional;
import java.util.UUID;

/** The person using the platform right now, with what decides what they may see. */
public record Gebruiker(String gebruikersnaam, String naam, Rol rol, String teamId, UUID inwonerId) {

    public boolean isProfessional() {
        return rol.isProfessional();
    }

    public Optional<String> team() {
        return Optional.ofNullable(teamId);
    }
}
