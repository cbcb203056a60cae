-- Prioriteit naar nood: the weights of the need score per team (every version kept), the acute-safety
-- flag, picks and moves in a team's queue, and early debt signals (vroegsignalering) with their outreach.

-- One row per version of a team's weights. No row: the documented defaults (version 0) apply.
create table prioriteit_gewichten (
    team_id      text not null references team (id),
    versie       integer not null check (versie > 0),
    acuut_domein integer not null check (acuut_domein between 0 and 200),
    zwak_domein  integer not null check (zwak_domein between 0 and 200),
    schuld       integer not null check (schuld between 0 and 200),
    achterstand  integer not null check (achterstand between 0 and 200),
    veiligheid   integer not null check (veiligheid between 0 and 200),
    termijn      integer not null check (termijn between 0 and 200),
    wachttijd    integer not null check (wachttijd between 0 and 200),
    reden        text not null check (char_length(reden) between 10 and 1000),
    door         text not null,
    op           timestamptz not null default now(),
    primary key (team_id, versie)
);

-- A professional's judgement that a household is acutely unsafe; lifted with a reason, history kept.
create table veiligheidsmarkering (
    id             uuid primary key,
    huishouden_id  uuid not null references huishouden (id) on delete cascade,
    reden          text not null check (char_length(reden) between 10 and 1000),
    door           text not null,
    op             timestamptz not null default now(),
    opgeheven_op   timestamptz,
    opgeheven_door text,
    opgeheven_reden text
);
create unique index veiligheidsmarkering_actief on veiligheidsmarkering (huishouden_id) where opgeheven_op is null;

-- What professionals did with an item of a team's queue: picked it up, moved it up or down (with a
-- reason), or put it back where the score puts it. The latest move per item counts.
create table wachtrij_handeling (
    id        uuid primary key,
    team_id   text not null references team (id),
    sleutel   text not null,
    soort     text not null check (soort in ('opgepakt', 'boven', 'onder', 'terug')),
    reden     text,
    door      text not null,
    door_naam text not null,
    op        timestamptz not null default now(),
    check (soort = 'opgepakt' or soort = 'terug' or char_length(reden) >= 10)
);
create index wachtrij_handeling_team on wachtrij_handeling (team_id, sleutel, op desc);

-- One import of a batch of signals, with its counts; the file itself is not kept.
create table vroegsignaal_import (
    id             uuid primary key,
    bestandsnaam   text not null,
    formaat        text not null check (formaat in ('csv', 'json')),
    team_id        text references team (id),
    door           text not null,
    op             timestamptz not null default now(),
    aantal_regels  integer not null,
    aantal_nieuw   integer not null,
    aantal_dubbel  integer not null,
    aantal_fout    integer not null
);

-- A signal of payment arrears from a landlord, energy or water company or health insurer (Wgs art. 3
-- and the Besluit gemeentelijke schuldhulpverlening). Matched to a household by BSN, else by address;
-- an unmatched signal stays with the importing team as an outreach record. The key makes a second
-- import of the same row a no-op.
create table vroegsignaal (
    id                 uuid primary key,
    sleutel            text not null unique,
    import_id          uuid references vroegsignaal_import (id),
    regel              integer,
    schuldeiser_type   text not null check (schuldeiser_type in ('verhuurder', 'energie', 'water', 'zorgverzekeraar')),
    schuldeiser        text not null,
    bsn                char(9),
    straat             text,
    postcode           text,
    huisnummer         integer,
    huisletter         text,
    toevoeging         text,
    bedrag             numeric(10, 2) not null check (bedrag > 0),
    maanden            integer not null check (maanden between 0 and 120),
    signaaldatum       date not null,
    ontvangen_op       date not null,
    huishouden_id      uuid references huishouden (id) on delete set null,
    inwoner_id         uuid references inwoner (id),
    koppeling          text not null check (koppeling in ('bsn', 'adres', 'geen')),
    team_id            text not null references team (id),
    status             text not null default 'open' check (status in ('open', 'contact', 'aanbod', 'geaccepteerd', 'afgewezen', 'geen-contact', 'afgesloten')),
    eerste_contact_op  date,
    teruggemeld_op     date,
    check (bsn is not null or (postcode is not null and huisnummer is not null))
);
create index vroegsignaal_huishouden on vroegsignaal (huishouden_id) where status <> 'afgesloten';
create index vroegsignaal_team on vroegsignaal (team_id, status);

-- The outreach of a signal: attempts (letter, phone, home visit) with whether contact was made, the
-- offer and the answer, the feedback to the creditor, and closing.
create table vroegsignaal_actie (
    id          uuid primary key,
    signaal_id  uuid not null references vroegsignaal (id) on delete cascade,
    soort       text not null check (soort in ('brief', 'telefoon', 'huisbezoek', 'aanbod', 'geaccepteerd', 'afgewezen', 'terugmelding', 'afgesloten')),
    contact     boolean,
    notitie     text check (char_length(notitie) <= 1000),
    datum       date not null,
    door        text not null,
    door_naam   text not null,
    op          timestamptz not null default now()
);
create index vroegsignaal_actie_signaal on vroegsignaal_actie (signaal_id, datum);

-- Matching a signal by address compares the postcode without spaces in capitals; the plain index on
-- inwoner (postcode, huisnummer) cannot serve that expression, so index exactly that expression.
create index inwoner_postcode_genormaliseerd on inwoner ((replace(upper(postcode), ' ', '')), huisnummer);
