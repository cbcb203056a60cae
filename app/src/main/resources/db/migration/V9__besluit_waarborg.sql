-- Decisions that can be justified (issue 11): the safeguard where the harm is, recoveries the
-- municipality starts itself, departures in both directions with their denominator, and the facts
-- a real letter needs per kind of decision.

-- A recovery is started by the municipality (ambtshalve), not on a request; every other kind answers one.
alter table besluit alter column hulpvraag_id drop not null;
alter table besluit add constraint besluit_ambtshalve check (hulpvraag_id is not null or soort = 'pw-terugvordering');

alter table besluit
    -- How a recovery is collected, and the resident's own agreement to a voluntary arrangement.
    add column inningswijze            text,
    add column instemming_op           date,
    add column instemming_wijze        text,
    -- Computed by the service from the existence-minimum check at every write and step.
    add column onder_beslagvrije_voet  boolean not null default false,
    -- For a decision other than a recovery: a departure in favour of or against the resident.
    add column afwijking_richting      text,
    -- What the letter says to the resident in the professional's words (second person); the
    -- toets itself stays in the file.
    add column brief_toelichting       text,
    -- Recovery: the period, the earlier revision decision and the first payment.
    add column periode_van             date,
    add column periode_tot             date,
    add column herzieningsbesluit_op   date,
    add column eerste_betaling         date,
    -- Wmo and Jeugdwet: what, how (in kind or a personal budget), by whom, from when until when.
    add column voorziening             text,
    add column leveringsvorm           text,
    add column aanbieder               text,
    add column ingangsdatum            date,
    add column einddatum               date;

alter table besluit add constraint besluit_inningswijze check (inningswijze in ('verrekening', 'beslag', 'betalingsregeling'));
alter table besluit add constraint besluit_instemming_wijze check (instemming_wijze in ('schriftelijk', 'digitaal', 'mondeling-bevestigd'));
alter table besluit add constraint besluit_afwijking_richting check (afwijking_richting in ('milder', 'strenger'));
alter table besluit add constraint besluit_leveringsvorm check (leveringsvorm in ('zin', 'pgb'));

-- Below the beslagvrije voet is never final by one person, never by set-off or garnishment, and
-- only as a voluntary arrangement the resident agreed to (date and how) and a team lead approved.
alter table besluit add constraint besluit_onder_voet check (
    status not in ('definitief', 'verzonden') or not onder_beslagvrije_voet
    or (coalesce(beoordeling, '') = 'goedgekeurd' and beoordeeld_door is not null
        and coalesce(inningswijze, '') = 'betalingsregeling' and instemming_op is not null and instemming_wijze is not null));

-- The register counts departures in both directions ...
alter table afwijking add column richting text not null default 'milder';
alter table afwijking add constraint afwijking_richting check (richting in ('milder', 'strenger'));

-- ... against every final decision per rule and month, departing or not: the denominator. No
-- person, household or decision, like the register itself.
create table besluit_telling (
    regel   text    not null,
    soort   text    not null,
    maand   date    not null,
    aantal  integer not null,
    primary key (regel, maand)
);
