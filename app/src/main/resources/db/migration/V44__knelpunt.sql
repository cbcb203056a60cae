-- Knelpunten (issue 18): what a professional meets in practice that blocks good help, told to policy, and
-- policy's answer per rule or procedure (the beleidsdossier). A knelpunt holds no personal data: the text is
-- checked before it is stored (BSN, names of the household it was reported from, birth dates), and the row
-- keeps no household, request or decision, only where in the work it came from (the kind of page), the team
-- and who reported it (so that person sees the answer on their start page).
create schema knelpunt;

create table knelpunt.knelpunt (
    id             uuid primary key,
    -- The dossier it belongs to: the code of a rule (besluit's rules) or of a procedure or system.
    dossier        text not null,
    -- The rule id (juriconnect) when it is about a rule.
    regel          text,
    onderwerp      text not null check (length(onderwerp) between 1 and 200),
    wat            text not null check (length(wat) between 1 and 4000),
    wat_zou_helpen text not null check (length(wat_zou_helpen) between 1 and 4000),
    hoe_vaak       text not null check (hoe_vaak in ('eenmalig', 'per-maand', 'per-week', 'dagelijks')),
    vanuit         text not null check (vanuit in ('huishouden', 'hulpvraag', 'besluit', 'werkvoorraad', 'elders')),
    team_id        text references platform.team (id),
    gemeld_door    text not null,
    gemeld_op      timestamptz not null,
    -- The month, for trends: the finest period an overview shows.
    maand          date not null check (extract(day from maand) = 1)
);
create index knelpunt_dossier on knelpunt.knelpunt (dossier, maand);
create index knelpunt_melder on knelpunt.knelpunt (gemeld_door);
create index knelpunt_team on knelpunt.knelpunt (team_id);

-- Policy's answers on a dossier: a log, never changed; the newest is the current one.
create table knelpunt.reactie (
    id          uuid primary key,
    dossier     text not null,
    soort       text not null check (soort in ('in-behandeling', 'gewijzigd', 'uitgelegd', 'geen-wijziging')),
    toelichting text not null check (length(toelichting) between 1 and 4000),
    -- The day the rule or procedure changed; only with "gewijzigd", and then required.
    gewijzigd_op date,
    door        text not null,
    op          timestamptz not null,
    check ((soort = 'gewijzigd') = (gewijzigd_op is not null))
);
create index reactie_dossier on knelpunt.reactie (dossier, op desc);

-- What a dossier asked of the beheerder or the what-if: a request with a link, nothing more.
create table knelpunt.aanvraag (
    id          uuid primary key,
    dossier     text not null,
    soort       text not null check (soort in ('wat-als', 'parameterset')),
    toelichting text not null check (length(toelichting) between 1 and 4000),
    door        text not null,
    op          timestamptz not null
);
create index aanvraag_dossier on knelpunt.aanvraag (dossier, op desc);
