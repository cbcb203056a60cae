package nl.maatwerk.mijn.inzage;

import java.util.EnumMap;
import java.util.Map;
import nl.maatwerk.logboek.Verwerkingsactiviteit;

/**
 * The processing activities of the register in the resident's words (B1): what kind of data, and for what.
 * An activity without words here falls back to the register's own description, so a new one is never hidden.
 */
final class Woorden {

    static final String DOORBRAAK_UITLEG = "Iemand buiten uw eigen team opende uw gegevens, omdat het dringend was. Dat heet een doorbraak.";

    private record Tekst(String wat, String waarvoor) {
    }

    private static final Map<Verwerkingsactiviteit, Tekst> TEKSTEN = new EnumMap<>(Verwerkingsactiviteit.class);

    static {
        zet(Verwerkingsactiviteit.INWONER_REGISTREREN, "Uw persoonsgegevens (naam, adres, contact)", "Om uw gegevens vast te leggen of te verbeteren");
        zet(Verwerkingsactiviteit.INWONER_RAADPLEGEN, "Uw persoonsgegevens (naam, adres, contact)", "Om u te kunnen helpen of bereiken");
        zet(Verwerkingsactiviteit.HUISHOUDEN_REGISTREREN, "Gegevens over uw huishouden (wie er woont)", "Om vast te leggen wie bij u woont");
        zet(Verwerkingsactiviteit.HUISHOUDEN_RAADPLEGEN, "Gegevens over uw huishouden (wie er woont)", "Om u te kunnen helpen");
        zet(Verwerkingsactiviteit.DOORBRAAK, "Alle gegevens over uw huishouden", "Een dringende reden (een doorbraak)");
        zet(Verwerkingsactiviteit.BRP_BEVRAGEN, "Uw gegevens uit de gemeentelijke registratie (BRP)", "Om te controleren of uw gegevens kloppen");
        zet(Verwerkingsactiviteit.HULPVRAAG_REGISTREREN, "Uw vraag om hulp", "Om uw vraag vast te leggen en op tijd te beantwoorden");
        zet(Verwerkingsactiviteit.HULPVRAAG_RAADPLEGEN, "Uw vraag om hulp", "Om uw vraag te behandelen");
        zet(Verwerkingsactiviteit.REGIE_VASTLEGGEN, "Wie uw vaste contactpersoon is", "Om te regelen wie u helpt");
        zet(Verwerkingsactiviteit.TOESTEMMING_VASTLEGGEN, "Uw toestemming om gegevens te delen", "Om uw toestemming vast te leggen of te stoppen");
        zet(Verwerkingsactiviteit.GEGEVENS_VERSTREKKEN, "Gegevens die met een andere organisatie zijn gedeeld", "Omdat u daar toestemming voor gaf");
        zet(Verwerkingsactiviteit.PLAN_VASTLEGGEN, "Uw plan (doelen en afspraken)", "Om uw plan bij te werken");
        zet(Verwerkingsactiviteit.PLAN_RAADPLEGEN, "Uw plan (doelen en afspraken)", "Om met u aan uw plan te werken");
        zet(Verwerkingsactiviteit.ZRM_VASTLEGGEN, "Hoe het met u gaat op verschillende gebieden", "Om te zien welke hulp past");
        zet(Verwerkingsactiviteit.ZRM_RAADPLEGEN, "Hoe het met u gaat op verschillende gebieden", "Om te zien welke hulp past");
        zet(Verwerkingsactiviteit.BESLUIT_VASTLEGGEN, "Een besluit over u (bijvoorbeeld over geld of hulp)", "Om een besluit te nemen of te versturen");
        zet(Verwerkingsactiviteit.BESLUIT_RAADPLEGEN, "Een besluit over u (bijvoorbeeld over geld of hulp)", "Om een besluit te lezen");
        zet(Verwerkingsactiviteit.PRIORITEIT_TONEN, "Uw plek op de werklijst van het team", "Om te bepalen wie het eerst hulp nodig heeft");
        zet(Verwerkingsactiviteit.PRIORITEIT_KIEZEN, "Uw plek op de werklijst van het team", "Om uw vraag op te pakken");
        zet(Verwerkingsactiviteit.VEILIGHEID_VASTLEGGEN, "Of het thuis veilig is", "Om u te beschermen");
        zet(Verwerkingsactiviteit.VROEGSIGNAAL_INLEZEN, "Een melding van een betalingsachterstand", "Om u vroeg hulp te bieden bij geldzorgen");
        zet(Verwerkingsactiviteit.VROEGSIGNAAL_RAADPLEGEN, "Een melding van een betalingsachterstand", "Om u vroeg hulp te bieden bij geldzorgen");
        zet(Verwerkingsactiviteit.VROEGSIGNAAL_OPVOLGEN, "Een melding van een betalingsachterstand", "Om contact met u op te nemen");
        zet(Verwerkingsactiviteit.EERLIJKHEID_TOETSEN, "Uw leeftijdsgroep en wijk (geteld, niet apart)", "Om te controleren of iedereen eerlijk geholpen wordt");
        zet(Verwerkingsactiviteit.NOTITIE_VASTLEGGEN, "Aantekeningen van gesprekken met u", "Om op te schrijven wat er besproken is");
        zet(Verwerkingsactiviteit.NOTITIE_RAADPLEGEN, "Aantekeningen van gesprekken met u", "Om te weten wat er eerder besproken is");
        zet(Verwerkingsactiviteit.DOCUMENT_VASTLEGGEN, "Uw documenten (brieven, bewijzen)", "Om een document te bewaren");
        zet(Verwerkingsactiviteit.DOCUMENT_RAADPLEGEN, "Uw documenten (brieven, bewijzen)", "Om een document te bekijken");
        zet(Verwerkingsactiviteit.TAAK_VASTLEGGEN, "Afspraken over wat een medewerker voor u doet", "Om werk voor u te plannen");
        zet(Verwerkingsactiviteit.TAAK_RAADPLEGEN, "Afspraken over wat een medewerker voor u doet", "Om werk voor u te plannen");
        zet(Verwerkingsactiviteit.LOGBOEK_INZIEN, "Het logboek over u", "Om te controleren of iedereen zich aan de regels houdt");
        zet(Verwerkingsactiviteit.INZAGE_UITSTELLEN, "Het logboek over u", "Om vast te leggen dat u sommige inzagen later ziet, zoals de wet toestaat");
        zet(Verwerkingsactiviteit.INZAGE_DOOR_INWONER, "Het logboek over u", "Omdat u wilde zien wie uw gegevens gebruikte");
        zet(Verwerkingsactiviteit.BERICHT_VASTLEGGEN, "Berichten tussen u en uw regisseur", "Om een bericht te versturen");
        zet(Verwerkingsactiviteit.BERICHT_RAADPLEGEN, "Berichten tussen u en uw regisseur", "Om uw bericht te lezen");
        zet(Verwerkingsactiviteit.VERWIJZING_VASTLEGGEN, "Uw verwijzing naar hulp in de buurt", "Om u naar hulp in de buurt te verwijzen");
        zet(Verwerkingsactiviteit.VERWIJZING_RAADPLEGEN, "Uw verwijzingen naar hulp in de buurt", "Om te zien of de hulp in de buurt gelukt is");
        zet(Verwerkingsactiviteit.WAT_ALS_DOORREKENEN, "Wie er bij u woont en hoe oud (zonder naam, adres of BSN)",
                "Om met alle huishoudens samen uit te rekenen wat een nieuwe regel zou doen; niemand ziet daarbij uw gegevens");
    }

    private Woorden() {
    }

    private static void zet(Verwerkingsactiviteit a, String wat, String waarvoor) {
        TEKSTEN.put(a, new Tekst(wat, waarvoor));
    }

    static String wat(Verwerkingsactiviteit a) {
        Tekst t = TEKSTEN.get(a);
        return t == null ? a.omschrijving() : t.wat();
    }

    static String waarvoor(Verwerkingsactiviteit a) {
        Tekst t = TEKSTEN.get(a);
        return t == null ? a.omschrijving() : t.waarvoor();
    }
}
