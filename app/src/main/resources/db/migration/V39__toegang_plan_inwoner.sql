-- Issue 16, Mijn plan: what the resident did with the household plan in Mijn Maatwerk.
-- plan_instemming: the resident agrees with a version of the plan, or not, with a comment; the newest row per
-- resident is their answer. It names the version it answers, so the regisseur sees whether it still fits the plan.
-- plan_inwoneractie: which actions a resident added or marked done, so that the regisseur's plan view can say so
-- (the plan version itself only knows who saved it).
create table toegang.plan_instemming (
    id              uuid primary key,
    huishouden_id   uuid not null references inwoner.huishouden (id),
    inwoner_id      uuid not null references inwoner.inwoner (id),
    plan_versie     integer not null check (plan_versie > 0),
    akkoord         boolean not null,
    opmerking       text check (opmerking is null or length(opmerking) between 1 and 2000),
    door_naam       text not null,
    op              timestamptz not null
);
create index plan_instemming_huishouden on toegang.plan_instemming (huishouden_id, op desc);

create table toegang.plan_inwoneractie (
    huishouden_id   uuid not null references inwoner.huishouden (id),
    actie_id        uuid not null,
    soort           text not null check (soort in ('toegevoegd', 'gedaan')),
    inwoner_id      uuid not null references inwoner.inwoner (id),
    door_naam       text not null,
    plan_versie     integer not null,
    op              timestamptz not null,
    primary key (huishouden_id, actie_id, soort)
);
