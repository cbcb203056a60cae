package nl.maatwerk.logboek;

/**
 * The processing activities of the register of processing (art. 30 AVG) that the platform logs
 * against. The id is what goes into each log record.
 */
public enum Verwerkingsactiviteit {
    INWONER_REGISTREREN("va-inwoner-registreren", "Gegevens van inwoners vastleggen en bijwerken"),
    INWONER_RAADPLEGEN("va-inwoner-raadplegen", "Gegevens van inwoners raadplegen"),
    HUISHOUDEN_REGISTREREN("va-huishouden-registreren", "Samenstelling en netwerk van huishoudens vastleggen"),
    HUISHOUDEN_RAADPLEGEN("va-huishouden-raadplegen", "Huishoudens raadplegen"),
    DOORBRAAK("va-doorbraak", "Toegang tot een huishouden buiten het eigen team (doorbraak)"),
    BRP_BEVRAGEN("va-brp-bevragen", "Persoonsgegevens opvragen bij de Basisregistratie Personen"),
    HULPVRAAG_REGISTREREN("va-hulpvraag-registreren", "Hulpvragen, hun status en wettelijke termijnen vastleggen"),
    HULPVRAAG_RAADPLEGEN("va-hulpvraag-raadplegen", "Hulpvragen raadplegen"),
    REGIE_VASTLEGGEN("va-regie-vastleggen", "Regisseur en team rond een huishouden vastleggen"),
    TOESTEMMING_VASTLEGGEN("va-toestemming-vastleggen", "Toestemming van de inwoner voor delen vastleggen en intrekken"),
    GEGEVENS_VERSTREKKEN("va-gegevens-verstrekken", "Gegevens delen met een externe partij op grond van toestemming"),
    PLAN_VASTLEGGEN("va-plan-vastleggen", "Het plan van een huishouden (doelen en acties) vastleggen en wijzigen"),
    PLAN_RAADPLEGEN("va-plan-raadplegen", "Het plan van een huishouden raadplegen"),
    ZRM_VASTLEGGEN("va-zrm-vastleggen", "Zelfredzaamheid van een huishouden beoordelen met de ZRM en vastleggen"),
    ZRM_RAADPLEGEN("va-zrm-raadplegen", "ZRM-metingen van een huishouden raadplegen"),
    BESLUIT_VASTLEGGEN("va-besluit-vastleggen", "Besluiten voorbereiden, goedkeuren, definitief maken en verzenden"),
    BESLUIT_RAADPLEGEN("va-besluit-raadplegen", "Besluiten en beschikkingen raadplegen"),
    PRIORITEIT_TONEN("va-prioriteit-tonen", "De werkvoorraad van een team op volgorde van nood zetten en per item toelichten"),
    PRIORITEIT_KIEZEN("va-prioriteit-kiezen", "Een item uit de werkvoorraad oppakken of met een reden verplaatsen"),
    VEILIGHEID_VASTLEGGEN("va-veiligheid-vastleggen", "Vastleggen en opheffen dat een huishouden acuut onveilig is"),
    VROEGSIGNAAL_INLEZEN("va-vroegsignaal-inlezen", "Signalen van betalingsachterstanden inlezen en aan inwoners koppelen (Wgs)"),
    VROEGSIGNAAL_RAADPLEGEN("va-vroegsignaal-raadplegen", "Signalen van betalingsachterstanden en hun opvolging raadplegen"),
    VROEGSIGNAAL_OPVOLGEN("va-vroegsignaal-opvolgen", "Contact zoeken na een signaal, hulp aanbieden en terugmelden aan de schuldeiser"),
    EERLIJKHEID_TOETSEN("va-eerlijkheid-toetsen", "Leeftijd en wijk samengeteld gebruiken om de werkvoorraad te toetsen op ongelijke uitkomsten"),
    NOTITIE_VASTLEGGEN("va-notitie-vastleggen", "Notities van contact met een huishouden (contactjournaal) vastleggen"),
    NOTITIE_RAADPLEGEN("va-notitie-raadplegen", "Notities van contact met een huishouden (contactjournaal) raadplegen"),
    DOCUMENT_VASTLEGGEN("va-document-vastleggen", "Documenten van een huishouden, hulpvraag of besluit opslaan en intrekken"),
    DOCUMENT_RAADPLEGEN("va-document-raadplegen", "Documenten van een huishouden, hulpvraag of besluit bekijken en downloaden"),
    TAAK_VASTLEGGEN("va-taak-vastleggen", "Taken over een huishouden vastleggen, afronden en aan een collega toewijzen"),
    TAAK_RAADPLEGEN("va-taak-raadplegen", "Taken over huishoudens raadplegen"),
    LOGBOEK_INZIEN("va-logboek-inzien", "Het logboek doorzoeken op een betrokkene (toezicht door de privacy-auditor)"),
    INZAGE_UITSTELLEN("va-inzage-uitstellen", "Vastleggen dat een inwoner inzagen in zijn gegevens tijdelijk later ziet (AVG art. 23, UAVG art. 41)"),
    INZAGE_DOOR_INWONER("va-inzage-door-inwoner", "De inwoner ziet wie zijn gegevens gebruikte en waarvoor (recht op inzage, AVG art. 15)"),
    BERICHT_VASTLEGGEN("va-bericht-vastleggen", "Berichten tussen de inwoner en de regisseur versturen en bewaren"),
    BERICHT_RAADPLEGEN("va-bericht-raadplegen", "Berichten tussen de inwoner en de regisseur lezen"),
    WAARDERING_UITNODIGEN("va-waardering-uitnodigen",
            "Inwoners uitnodigen voor de vragenlijst over hun ervaring met de hulp, en bijhouden of zij antwoordden (niet wat)"),
    VERWIJZING_VASTLEGGEN("va-verwijzing-vastleggen", "Een huishouden verwijzen naar een dienst op de sociale kaart en het antwoord vastleggen"),
    VERWIJZING_RAADPLEGEN("va-verwijzing-raadplegen", "Verwijzingen van een huishouden naar de sociale kaart raadplegen"),
    WAT_ALS_DOORREKENEN("va-wat-als-doorrekenen",
            "Samenstelling en leeftijden van alle huishoudens zonder identificerende gegevens doorrekenen voor een beleidsvariant (wat als?)");

    private final String id;
    private final String omschrijving;

    Verwerkingsactiviteit(String id, String omschrijving) {
        this.id = id;
        this.omschrijving = omschrijving;
    }

    public String id() {
        return id;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
