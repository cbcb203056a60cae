package nl.maatwerk.mijn.bericht;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells a resident by e-mail that there is a new message, and nothing else: no name, no household, no text of the
 * message, since e-mail is not a secure channel. Over SMTP when {@code spring.mail.host} is set (GreenMail in the
 * tests); without it (the demo) only a line in the application log. A mail that cannot be sent does not undo the
 * message: the resident still finds it in Mijn Maatwerk.
 */
@Component
class Berichtmelder {

    static final String ONDERWERP = "U hebt een nieuw bericht in Mijn Maatwerk";

    private static final Logger LOG = LoggerFactory.getLogger(Berichtmelder.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String afzender;
    private final String adres;

    Berichtmelder(ObjectProvider<JavaMailSender> mail, @Value("${maatwerk.mijn.berichten.afzender:noreply@maatwerk.example}") String afzender,
            @Value("${maatwerk.mijn.adres:http://localhost:8080/mijn}") String adres) {
        this.mail = mail;
        this.afzender = afzender;
        this.adres = adres;
    }

    static String tekst(String adres) {
        return """
                Beste inwoner,

                Er staat een nieuw bericht voor u klaar in Mijn Maatwerk.
                Log in met DigiD om het te lezen: %s/berichten

                In deze e-mail staat met opzet niet wat het bericht is. Zo blijven uw gegevens veilig.

                Met vriendelijke groet,
                Uw gemeente
                """.formatted(adres);
    }

    void meld(String emailadres) {
        if (emailadres == null || emailadres.isBlank()) {
            return;
        }
        JavaMailSender verzender = mail.getIfAvailable();
        if (verzender == null) {
            LOG.info("Geen mailserver ingesteld (spring.mail.host): de melding van een nieuw bericht is niet verstuurd.");
            return;
        }
        SimpleMailMessage bericht = new SimpleMailMessage();
        bericht.setFrom(afzender);
        bericht.setTo(emailadres);
        bericht.setSubject(ONDERWERP);
        bericht.setText(tekst(adres));
        try {
            verzender.send(bericht);
        } catch (MailException e) {
            LOG.warn("De melding van een nieuw bericht kon niet worden verstuurd: {}", e.getMessage());
        }
    }
}
