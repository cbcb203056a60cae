-- Decisions (besluiten) reasoned with the omgekeerde toets, their four-eyes approval and the
-- anonymous register of departures from the rules.

create table besluit (
    id                          uuid primary key,
    huishouden_id               uuid not null references huishouden (id),
    hulpvraag_id                uuid not null references hulpvraag (id),
    inwoner_id                  uuid references inwoner (id),
    soort                       text not null,
    status                      text not null default 'concept',
    versie                      integer not null default 1,
    corrigeert                  uuid references besluit (id),
    peildatum                   date not null,
    -- The omgekeerde toets, in its order.
    beoogd_effect               text,
    gevolgen                    text,
    bedoelingen                 text[] not null default '{}',
    bedoeling_toelichting       text,
    ethiek                      text,
    standaard_uitkomst          text,
    -- For a recovery: the full claim, what is decided to be recovered and the monthly repayment.
    vordering                   numeric(12, 2),
    besloten_bedrag             numeric(12, 2),
    aflossing_per_maand         numeric(12, 2),
    wmo_bijdrage                boolean not null default false,
    afwijking                   boolean not null default false,
    bevoegdheid                 text,
    afwijking_redensoort        text,
    afwijking_motivering        text,
    motivering_onder_voet       text,
    besluit_tekst               text,
    -- Doorbraak: carrying on as now against the breakthrough, both in euro per year.
    kosten_doormodderen         numeric(12, 2),
    kosten_doorbraak            numeric(12, 2),
    doorbraak_toelichting       text,
    aangemaakt_door             text not null,
    aangemaakt_op               timestamptz not null default now(),
    gewijzigd_door              text not null,
    -- Everyone who wrote any of the content: none of them may be the second pair of eyes.
    bewerkt_door                text[] not null default '{}',
    gewijzigd_op                timestamptz not null default now(),
    ingediend_door              text,
    ingediend_op                timestamptz,
    beoordeeld_door             text,
    beoordeeld_op               timestamptz,
    beoordeling                 text,
    beoordeling_toelichting     text,
    definitief_door             text,
    definitief_op               timestamptz,
    verzonden_door              text,
    verzonden_op                timestamptz,
    brief_html                  text,
    constraint besluit_status check (status in ('concept', 'ter-goedkeuring', 'goedgekeurd', 'definitief', 'verzonden')),
    constraint besluit_soort check (soort in ('wmo-maatwerkvoorziening', 'pw-bijzondere-bijstand', 'pw-terugvordering', 'jeugdwet-voorziening')),
    constraint besluit_vier_ogen check (beoordeeld_door is null
        or (beoordeeld_door <> ingediend_door and beoordeeld_door <> aangemaakt_door and not (beoordeeld_door = any (bewerkt_door))))
);

create index besluit_huishouden on besluit (huishouden_id);
create index besluit_hulpvraag on besluit (hulpvraag_id);
create index besluit_status_idx on besluit (status);

create table besluit_gebeurtenis (
    id          bigserial primary key,
    besluit_id  uuid not null references besluit (id),
    van         text,
    naar        text not null,
    toelichting text,
    door        text not null,
    op          timestamptz not null default now()
);

create index besluit_gebeurtenis_besluit on besluit_gebeurtenis (besluit_id);

-- A final decision is the record of what was decided: only sending it may still change its row.
create function besluit_onveranderlijk() returns trigger language plpgsql as $$
begin
    if old.status = 'verzonden' then
        raise exception 'Een verzonden besluit verandert niet meer (besluit %)', old.id;
    end if;
    if old.status = 'definitief' and (new.status not in ('definitief', 'verzonden')
            or (to_jsonb(new) - array['status', 'versie', 'verzonden_door', 'verzonden_op', 'gewijzigd_op', 'gewijzigd_door'])
               is distinct from (to_jsonb(old) - array['status', 'versie', 'verzonden_door', 'verzonden_op', 'gewijzigd_op', 'gewijzigd_door'])) then
        raise exception 'Een definitief besluit verandert niet meer; maak een correctiebesluit (besluit %)', old.id;
    end if;
    return new;
end;
$$;

create trigger besluit_onveranderlijk before update on besluit
    for each row execute function besluit_onveranderlijk();

create function besluit_niet_verwijderen() returns trigger language plpgsql as $$
begin
    if old.status in ('definitief', 'verzonden') then
        raise exception 'Een definitief besluit wordt niet verwijderd (besluit %)', old.id;
    end if;
    return old;
end;
$$;

create trigger besluit_niet_verwijderen before delete on besluit
    for each row execute function besluit_niet_verwijderen();

-- The register of departures: no person, no household, no decision id; only the rule, the law,
-- the kind of reason and the month. Policy sees how often a rule does not fit, not for whom.
create table afwijking (
    id          bigserial primary key,
    regel       text not null,
    soort       text not null,
    redensoort  text not null,
    maand       date not null
);

create index afwijking_regel_maand on afwijking (regel, maand);

create table afwijking_reactie (
    id          uuid primary key,
    regel       text not null,
    soort       text not null,
    toelichting text not null,
    door        text not null,
    op          timestamptz not null default now(),
    constraint afwijking_reactie_soort check (soort in ('in-herziening', 'uitgelegd', 'geen-wijziging'))
);

create index afwijking_reactie_regel on afwijking_reactie (regel, op desc);
