-- Issue 18: samenhang, the register of what is coming at the teams ("invliegers"): laws, regulations,
-- programmes, projects and the municipality's own policy, with their dates, what they hit and how the
-- preparation stands. No personal data: an invlieger is about rules and teams, never about a resident.
create schema if not exists samenhang;

create table samenhang.invlieger (
    id              uuid primary key,
    titel           text not null check (length(titel) between 1 and 200),
    soort           text not null,
    -- The BWB id of the law or regulation itself (wetten.overheid.nl), when it has one.
    bwb_id          text check (bwb_id ~ '^BWBR[0-9]{7}$'),
    herkomst        text not null,
    fase            text not null,
    aangekondigd_op date,
    vastgesteld_op  date,
    in_werking_op   date,
    overgang_tot    date,
    wat_verandert   text not null check (length(wat_verandert) between 1 and 4000),
    -- What it hits: codes of samenhang's Wet and Proces, rule ids of the regels library, parameter names of
    -- regelbeheer and team ids of platform. Kept as lists: they are read with the invlieger, never alone.
    wetten          text[] not null default '{}',
    regels          text[] not null default '{}',
    parameters      text[] not null default '{}',
    teams           text[] not null default '{}',
    processen       text[] not null default '{}',
    eigenaar        text not null check (length(eigenaar) between 1 and 200),
    voorbereiding   text not null,
    -- The proposed parameter set in regelbeheer's workflow, when this change moves an amount of the norm tables.
    voorstel_id     uuid,
    bron            text not null check (length(bron) between 1 and 1000),
    versie          int not null default 1,
    aangemaakt_door text not null,
    aangemaakt_op   timestamptz not null,
    gewijzigd_door  text,
    gewijzigd_op    timestamptz,
    check (vastgesteld_op is null or aangekondigd_op is null or vastgesteld_op >= aangekondigd_op),
    check (overgang_tot is null or (in_werking_op is not null and overgang_tot > in_werking_op))
);

create index invlieger_in_werking on samenhang.invlieger (in_werking_op);
create index invlieger_teams on samenhang.invlieger using gin (teams);

-- Every save, with what changed in words: "what changed since last week" reads this.
create table samenhang.wijziging (
    id            bigserial primary key,
    invlieger_id  uuid not null references samenhang.invlieger (id) on delete cascade,
    versie        int not null,
    door          text not null,
    op            timestamptz not null,
    nieuw         boolean not null,
    wat           text[] not null default '{}',
    unique (invlieger_id, versie)
);

create index wijziging_op on samenhang.wijziging (op);
