/**
 * Demo mode only: generates a made-up city (households, requests for help, ZRM assessments, plans,
 * early debt signals, decisions, a Thermometer round) and has each owning module write its part, in
 * the stated order of {@link nl.maatwerk.demo.Demovolgorde}. Offers other modules nothing. Owns the
 * schema {@code demo} (how far the seeding got); the data itself goes in through the other modules'
 * APIs and their {@code demo} named interfaces, the only module that may use those (docs/demodata.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"besluit", "dossier::demo", "inwoner", "knelpunt::demo", "inwoner::demo", "mijn::demo",
        "platform", "platform::demo", "prioriteit", "prioriteit::demo", "regelbeheer", "samenhang::demo", "socialekaart::demo", "thermometer", "toegang",
        "toegang::demo", "waardering::demo", "watals::demo"})
package nl.maatwerk.demo;
