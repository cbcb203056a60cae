package nl.maatwerk.inwoner;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Outside demo mode, until a real BRP adapter is configured, there is no register to ask. */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "false")
class GeenPersoonBevraging implements PersoonBevraging {

    @Override
    public Optional<InwonerGegevens> vraagOp(String bsn) {
        return Optional.empty();
    }

    @Override
    public String bron() {
        return "geen BRP-koppeling";
    }

    @Override
    public boolean beschikbaar() {
        return false;
    }
}
