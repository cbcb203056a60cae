-- Gezinsplan: one plan per household ("1 gezin, 1 plan"). The plan's content is a jsonb snapshot
-- (goals per ZRM life domain with their actions, and the evaluation date); every saved version is
-- kept with who saved it and what changed, so a stale save can be merged against the version the
-- user started from. See docs/adr/0006-gezinsplan-versies-en-samenvoegen.md.

create table gezinsplan (
    huishouden_id   uuid primary key references huishouden (id) on delete cascade,
    versie          integer not null check (versie >= 1),
    inhoud          jsonb not null,
    -- Copied from inhoud for lists of plans due for evaluation.
    evaluatiedatum  date,
    gewijzigd_op    timestamptz not null,
    gewijzigd_door  text not null
);
create index gezinsplan_evaluatie on gezinsplan (evaluatiedatum);

create table gezinsplan_versie (
    huishouden_id   uuid not null references gezinsplan (huishouden_id) on delete cascade,
    versie          integer not null check (versie >= 1),
    inhoud          jsonb not null,
    gewijzigd_op    timestamptz not null,
    -- The user name, and the name shown to people (kept as it was at the time).
    gewijzigd_door  text not null,
    door_naam       text not null,
    -- What changed, as a list of short Dutch sentences.
    wijzigingen     jsonb not null,
    primary key (huishouden_id, versie)
);
