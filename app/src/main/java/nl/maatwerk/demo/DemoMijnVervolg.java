package nl.maatwerk.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.dossier.demo.DossierDemo;
import nl.maatwerk.mijn.demo.MijnDemo;
import nl.maatwerk.toegang.demo.PlanInwonerDemo;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The rest of the demo resident's story (issue 16), after {@link DemoMijn} wrote their plan: they added an action of
 * their own to the plan and agreed with it, and the regisseur and they wrote each other, the regisseur with a letter
 * as attachment. Every write is idempotent (fixed ids), so a second start changes nothing; a handful of rows.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
class DemoMijnVervolg {

    private static UUID id(String naam) {
        return UUID.nameUUIDFromBytes(("demo-mijn-" + naam).getBytes(StandardCharsets.UTF_8));
    }

    private final PlanInwonerDemo plan;
    private final DossierDemo dossier;
    private final MijnDemo berichten;

    DemoMijnVervolg(PlanInwonerDemo plan, DossierDemo dossier, MijnDemo berichten) {
        this.plan = plan;
        this.dossier = dossier;
        this.berichten = berichten;
    }

    /** {@code doel}: the id of the plan's housing goal that DemoMijn wrote. */
    void vul(UUID huishouden, UUID inwoner, String naam, UUID doel, LocalDate vandaag, Instant nu) {
        long start = System.nanoTime();
        plan.inwonerWerktMee(huishouden, inwoner, "inwoner", naam, doel, id("actie-inwoner"),
                "Zelf een overzicht maken van alle rekeningen die elke maand betaald moeten worden", vandaag.plusDays(10),
                nu.minus(Duration.ofDays(5)));
        UUID bijlage = id("bijlage-afspraak");
        dossier.correspondentie(bijlage, huishouden, "Afspraak schuldhulpverlening.pdf",
                pdf("Uitnodiging: gesprek met de schuldhulpverlening, donderdag om 10.00 uur in het wijkcentrum."), "regisseur",
                nu.minus(Duration.ofDays(3)));
        berichten.bericht(id("bericht-1"), huishouden, inwoner, true, "inwoner",
                "Wanneer is de afspraak met de schuldhulpverlening? Ik heb de brief niet meer.", nu.minus(Duration.ofDays(4)),
                nu.minus(Duration.ofDays(3)), null);
        berichten.bericht(id("bericht-2"), huishouden, inwoner, false, "regisseur",
                "Goed dat u het vraagt. In de bijlage staat de uitnodiging met de datum en het adres. Neem uw bankafschriften mee.",
                nu.minus(Duration.ofDays(3)), null, bijlage);
        LOG.info("Demo-inwoner: eigen actie in het plan, berichten met een bijlage in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoMijnVervolg.class);

    /** A small one-page PDF with one line of text, with a correct cross-reference table so every reader opens it. */
    static byte[] pdf(String regel) {
        String tekst = regel.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        String inhoud = "BT /F1 11 Tf 50 780 Td (" + tekst + ") Tj ET";
        String[] objecten = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Length " + inhoud.length() + " >>\nstream\n" + inhoud + "\nendstream"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] posities = new int[objecten.length];
        for (int i = 0; i < objecten.length; i++) {
            posities[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objecten[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objecten.length + 1).append("\n0000000000 65535 f \n");
        for (int p : posities) {
            pdf.append(String.format("%010d 00000 n \n", p));
        }
        pdf.append("trailer\n<< /Size ").append(objecten.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
