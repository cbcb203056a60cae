-- Issue 17: the sociale kaart, the local offer (formal and informal) in its own schema. Modelled so that it
-- exports and imports as Open Referral HSDS 3 (organization, service, location, service_at_location,
-- schedule, cost_option); see docs/sociale-kaart.md. Nothing here is about a person except a referral,
-- which names the household it is for.
create schema if not exists socialekaart;

create table socialekaart.organisatie (
    id            uuid primary key,
    -- The id in the source the offer came from: importing the same file twice finds the same row.
    extern_id     text not null unique check (length(extern_id) between 1 and 200),
    naam          text not null check (length(naam) between 1 and 200),
    beschrijving  text not null default '',
    website       text,
    email         text,
    telefoon      text,
    versie        int not null default 1
);

create table socialekaart.dienst (
    id                    uuid primary key,
    extern_id             text not null unique check (length(extern_id) between 1 and 200),
    organisatie_id        uuid not null references socialekaart.organisatie (id) on delete cascade,
    naam                  text not null check (length(naam) between 1 and 200),
    beschrijving          text not null default '',
    soort                 text not null,
    -- Eligibility as structured fields (codes of toegang's Levensdomein, household types), plus text.
    levensdomeinen        text[] not null default '{}',
    leeftijd_van          int check (leeftijd_van between 0 and 120),
    leeftijd_tot          int check (leeftijd_tot between 0 and 120),
    huishoudtypen         text[] not null default '{}',
    inkomensgrens_procent int check (inkomensgrens_procent between 1 and 1000),
    voorwaarden           text not null default '',
    kosten                text not null,
    kosten_bedrag         numeric(10, 2),
    kosten_toelichting    text not null default '',
    openingstijden        text not null default '',
    bereikbaarheid        text not null default '',
    telefoon              text,
    email                 text,
    website               text,
    locatie_naam          text not null default '',
    adres                 text not null default '',
    postcode              text not null default '',
    plaats                text not null default '',
    wijk                  text not null default '',
    laatst_gecontroleerd  date not null,
    -- Places in total and how many are free; null when the organisation does not say.
    capaciteit            int check (capaciteit >= 0),
    vrije_plaatsen        int check (vrije_plaatsen >= 0),
    wachttijd_weken       int check (wachttijd_weken >= 0),
    versie                int not null default 1,
    gewijzigd_op          timestamptz not null,
    check (leeftijd_van is null or leeftijd_tot is null or leeftijd_van <= leeftijd_tot)
);
create index dienst_organisatie on socialekaart.dienst (organisatie_id);
create index dienst_gecontroleerd on socialekaart.dienst (laatst_gecontroleerd);

-- A referral of a household to a service, and the organisation's answer. The organisation answers through
-- a one-time link: only the hash of its token is stored, and its page shows the referral number, no names.
create table socialekaart.verwijzing (
    id               uuid primary key,
    nummer           bigint generated always as identity unique,
    dienst_id        uuid not null references socialekaart.dienst (id) on delete cascade,
    huishouden_id    uuid not null references inwoner.huishouden (id) on delete cascade,
    toelichting      text not null default '' check (length(toelichting) <= 1000),
    door             text not null references platform.gebruiker (gebruikersnaam),
    op               timestamptz not null,
    status           text not null default 'verstuurd',
    antwoord_op      timestamptz,
    antwoord_door    text,
    token_hash       text unique,
    token_geldig_tot timestamptz,
    versie           int not null default 1
);
create index verwijzing_huishouden on socialekaart.verwijzing (huishouden_id, op desc);
create index verwijzing_dienst on socialekaart.verwijzing (dienst_id, status);
