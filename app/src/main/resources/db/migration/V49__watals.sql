-- Issue 19: "Wat als?" runs of the policy role. A run is a named reform (parameter changes over the
-- managed set) computed over the municipality's own households, exported without identifiers. Only
-- aggregates are stored: a group smaller than platform.KleineGroep is already hidden (null) here, so
-- nothing in this schema points to a household or a person.
create schema if not exists watals;

create table watals.run (
    id              uuid primary key,
    naam            text not null check (length(naam) between 1 and 100),
    status          text not null check (status in ('wachtend', 'bezig', 'klaar', 'mislukt')),
    peildatum       date not null,
    gestart_door    text not null,
    gestart_op      timestamptz not null,
    klaar_op        timestamptz,
    -- Progress: households computed of the households exported.
    totaal          int not null default 0 check (totaal >= 0),
    klaar           int not null default 0 check (klaar >= 0 and klaar <= totaal),
    niet_berekend   int not null default 0 check (niet_berekend >= 0),
    fout            text,
    check ((status in ('klaar', 'mislukt')) = (klaar_op is not null))
);
create index run_gestart_op on watals.run (gestart_op desc);

-- The changes of the run's variant, in order; old value and source as they were at the start.
create table watals.wijziging (
    run_id     uuid not null references watals.run (id) on delete cascade,
    volgorde   int not null,
    parameter  text not null,
    waarde     numeric not null check (waarde >= 0),
    was        numeric,
    bron       text,
    primary key (run_id, volgorde)
);

-- One row per variant (0 = basis, 1 = the reform) and group. Amounts in cents; null is hidden.
create table watals.uitkomst (
    run_id                       uuid not null references watals.run (id) on delete cascade,
    variant                      int not null check (variant >= 0),
    dimensie                     text not null,
    groep                        text not null,
    volgorde                     int not null,
    huishoudens                  bigint,
    kosten_per_jaar              bigint,
    kosten_per_jaar_basis        bigint,
    onder_minimum                bigint,
    onder_minimum_basis          bigint,
    in_bijstand                  bigint,
    winnaars                     bigint,
    verliezers                   bigint,
    gemiddelde_winst_per_maand   bigint,
    gemiddeld_verlies_per_maand  bigint,
    primary key (run_id, variant, volgorde)
);
