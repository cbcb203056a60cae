-- Regelbeheer: the norms and parameters of the income rules as managed data. A functional
-- administrator (beheerder) proposes a set of values with their start date, source and status; a
-- second beheerder approves or rejects it; from the start date the calculations use approved values.
-- The module owns its own schema. Nothing is overwritten and nothing is deleted: a correction is a
-- new proposal with a new date, and every step is in regelbeheer.gebeurtenis.

-- The functional administrator is a role of its own.
alter table gebruiker drop constraint gebruiker_rol_check;
alter table gebruiker add constraint gebruiker_rol_check
    check (rol in ('CONSULENT', 'REGISSEUR', 'TEAMLEIDER', 'BELEID', 'AUDITOR', 'INWONER', 'BEHEERDER'));

create schema regelbeheer;

create table regelbeheer.voorstel (
    id                       uuid primary key,
    reden                    text not null check (char_length(reden) between 1 and 2000),
    status                   text not null default 'voorgesteld',
    versie                   integer not null default 1,
    voorgesteld_door         text not null,
    voorgesteld_op           timestamptz not null default now(),
    beoordeeld_door          text,
    beoordeeld_op            timestamptz,
    beoordeling_toelichting  text check (char_length(beoordeling_toelichting) <= 2000),
    constraint voorstel_status check (status in ('voorgesteld', 'goedgekeurd', 'afgewezen')),
    constraint voorstel_beoordeeld check ((status = 'voorgesteld') = (beoordeeld_door is null)
        and (beoordeeld_door is null) = (beoordeeld_op is null)),
    -- Four eyes: who proposed never reviews their own proposal.
    constraint voorstel_vier_ogen check (beoordeeld_door is null or beoordeeld_door <> voorgesteld_door),
    constraint voorstel_afwijzing_met_reden check (status <> 'afgewezen' or char_length(coalesce(beoordeling_toelichting, '')) > 0)
);

create index voorstel_status_idx on regelbeheer.voorstel (status, voorgesteld_op);

-- One value of a proposal, in the columns of parameters.csv.
create table regelbeheer.waarde (
    id            bigserial primary key,
    voorstel_id   uuid not null references regelbeheer.voorstel (id),
    volgorde      integer not null,
    naam          text not null check (naam ~ '^[a-z0-9-]{1,80}$'),
    waarde        numeric(14, 4) not null check (waarde >= 0),
    geldig_vanaf  date not null,
    bron          text not null check (bron ~ '^jci1\.3:c:BWBR[0-9]{7}&artikel=[^;\s]+$'),
    status        text not null check (status in ('bevestigd', 'te verifiëren')),
    toelichting   text not null check (char_length(toelichting) between 1 and 2000 and toelichting !~ '[\r\n]'),
    unique (voorstel_id, volgorde),
    unique (voorstel_id, naam, geldig_vanaf)
);

create index waarde_voorstel on regelbeheer.waarde (voorstel_id);

-- The approved values: one per name and start date, so no approval ever overwrites another.
create table regelbeheer.goedgekeurde_waarde (
    volgnummer    bigserial unique,
    naam          text not null,
    geldig_vanaf  date not null,
    waarde_id     bigint not null unique references regelbeheer.waarde (id),
    primary key (naam, geldig_vanaf)
);

-- Every step of every proposal: proposed, approved, rejected.
create table regelbeheer.gebeurtenis (
    id           bigserial primary key,
    voorstel_id  uuid not null references regelbeheer.voorstel (id),
    van          text,
    naar         text not null,
    toelichting  text,
    door         text not null,
    op           timestamptz not null default now()
);

create index gebeurtenis_voorstel on regelbeheer.gebeurtenis (voorstel_id);

-- A proposal changes once: from voorgesteld to goedgekeurd or afgewezen. After that it is the record.
create function regelbeheer.voorstel_onveranderlijk() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'Een voorstel voor regelparameters wordt nooit verwijderd (voorstel %)', old.id;
    end if;
    if old.status <> 'voorgesteld' then
        raise exception 'Een beoordeeld voorstel verandert niet meer (voorstel %)', old.id;
    end if;
    if new.id <> old.id or new.reden <> old.reden or new.voorgesteld_door <> old.voorgesteld_door
            or new.voorgesteld_op <> old.voorgesteld_op then
        raise exception 'Alleen de beoordeling van een voorstel wordt vastgelegd, de inhoud verandert niet (voorstel %)', old.id;
    end if;
    return new;
end;
$$;

create trigger voorstel_onveranderlijk before update or delete on regelbeheer.voorstel
    for each row execute function regelbeheer.voorstel_onveranderlijk();

-- Values, approvals and history are only ever added to.
create function regelbeheer.alleen_toevoegen() returns trigger language plpgsql as $$
begin
    raise exception 'Regelbeheer bewaart alle geschiedenis: % op % kan niet', tg_op, tg_table_name;
end;
$$;

create trigger waarde_alleen_toevoegen before update or delete on regelbeheer.waarde
    for each row execute function regelbeheer.alleen_toevoegen();
create trigger goedgekeurde_waarde_alleen_toevoegen before update or delete on regelbeheer.goedgekeurde_waarde
    for each row execute function regelbeheer.alleen_toevoegen();
create trigger gebeurtenis_alleen_toevoegen before update or delete on regelbeheer.gebeurtenis
    for each row execute function regelbeheer.alleen_toevoegen();
create trigger regelbeheer_geen_truncate_voorstel before truncate on regelbeheer.voorstel
    for each statement execute function regelbeheer.alleen_toevoegen();
create trigger regelbeheer_geen_truncate_waarde before truncate on regelbeheer.waarde
    for each statement execute function regelbeheer.alleen_toevoegen();
create trigger regelbeheer_geen_truncate_goedgekeurd before truncate on regelbeheer.goedgekeurde_waarde
    for each statement execute function regelbeheer.alleen_toevoegen();
create trigger regelbeheer_geen_truncate_gebeurtenis before truncate on regelbeheer.gebeurtenis
    for each statement execute function regelbeheer.alleen_toevoegen();
