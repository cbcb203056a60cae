-- Integrale toegang: requests for help with their legal clocks, regie, the team around a household,
-- and the resident's consent to share.

create table hulpvraag (
    id                  uuid primary key,
    huishouden_id       uuid not null references huishouden (id) on delete cascade,
    inwoner_id          uuid references inwoner (id),
    kanaal              text not null check (kanaal in ('balie', 'telefoon', 'wijkteam', 'huisbezoek', 'digitaal', 'signaal-partner')),
    vorm                text not null check (vorm in ('melding', 'aanvraag')),
    vraag               text not null,
    wat_telt            text,
    levensdomeinen      text[] not null default '{}',
    urgentie            text not null check (urgentie in ('laag', 'gemiddeld', 'hoog', 'acuut')),
    wetten              text[] not null default '{}',
    dreiging            text check (dreiging in ('ontruiming', 'afsluiting-energie', 'afsluiting-water', 'opzegging-zorgverzekering')),
    status              text not null check (status in ('melding', 'onderzoek', 'aanvraag', 'besluit', 'afgesloten')),
    ontvangen_op        date not null,
    behandelaar         text references gebruiker (gebruikersnaam),
    geregistreerd_door  text not null,
    geregistreerd_op    timestamptz not null default now(),
    versie              integer not null default 0
);
create index hulpvraag_huishouden on hulpvraag (huishouden_id);
create index hulpvraag_behandelaar on hulpvraag (behandelaar) where status <> 'afgesloten';

-- Every status change with its reason: the history a resident and an auditor can follow.
create table hulpvraag_status (
    id            uuid primary key,
    hulpvraag_id  uuid not null references hulpvraag (id) on delete cascade,
    van           text,
    naar          text not null,
    reden         text not null,
    door          text not null,
    op            timestamptz not null default now()
);
create index hulpvraag_status_hulpvraag on hulpvraag_status (hulpvraag_id, op);

-- A legal clock. The source is copied when it starts, so a later change of the data does not
-- rewrite what applied then.
create table termijn (
    id              uuid primary key,
    hulpvraag_id    uuid not null references hulpvraag (id) on delete cascade,
    code            text not null,
    omschrijving    text not null,
    start           date not null,
    uiterste_datum  date not null,
    bron            text not null,
    afgerond_op     date,
    gestopt_reden   text
);
create index termijn_hulpvraag on termijn (hulpvraag_id);
create index termijn_open on termijn (uiterste_datum) where afgerond_op is null and gestopt_reden is null;

-- One regisseur per household at any time; transfers end the old row and start a new one.
create table regie (
    id             uuid primary key,
    huishouden_id  uuid not null references huishouden (id) on delete cascade,
    regisseur      text not null references gebruiker (gebruikersnaam),
    vanaf          timestamptz not null,
    tot            timestamptz,
    reden          text not null,
    door           text not null
);
create unique index regie_een_tegelijk on regie (huishouden_id) where tot is null;
create index regie_regisseur on regie (regisseur) where tot is null;

-- The professionals around a household, of the municipality and of partner organisations.
create table huishouden_betrokkene (
    id              uuid primary key,
    huishouden_id   uuid not null references huishouden (id) on delete cascade,
    naam            text not null,
    organisatie     text not null,
    rol             text not null,
    extern          boolean not null,
    gebruikersnaam  text references gebruiker (gebruikersnaam),
    vanaf           date not null,
    tot             date
);
create index huishouden_betrokkene_huishouden on huishouden_betrokkene (huishouden_id);

-- Consent given by a resident: which party may see which parts, from when, until revoked.
create table toestemming (
    id               uuid primary key,
    huishouden_id    uuid not null references huishouden (id) on delete cascade,
    inwoner_id       uuid not null references inwoner (id),
    partij           text not null,
    onderdelen       text[] not null check (cardinality(onderdelen) > 0),
    doel             text not null,
    gegeven_op       date not null,
    geldig_tot       date,
    ingetrokken_op   date,
    vastgelegd_door  text not null,
    check (geldig_tot is null or geldig_tot >= gegeven_op)
);
create index toestemming_huishouden on toestemming (huishouden_id);

-- What was shared with an outside party, under which consent.
create table verstrekking (
    id              uuid primary key,
    huishouden_id   uuid not null references huishouden (id) on delete cascade,
    toestemming_id  uuid not null references toestemming (id),
    partij          text not null,
    onderdelen      text[] not null,
    door            text not null,
    op              timestamptz not null default now()
);
create index verstrekking_huishouden on verstrekking (huishouden_id);
