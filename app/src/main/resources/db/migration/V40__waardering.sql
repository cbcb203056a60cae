-- Stem van de inwoner (issue 17): invitations to a short questionnaire after a decision, an evaluation or the
-- closing of a request, the anonymous answers, and the follow-up of a resident who asked to be contacted.
-- An answer is never linked to a person or household: it keeps only team, law, occasion and month. The
-- invitation keeps who was invited and whether they answered, never which answer.
create schema waardering;

create table waardering.uitnodiging (
    id             uuid primary key,
    inwoner_id     uuid not null references inwoner.inwoner (id) on delete cascade,
    huishouden_id  uuid not null references inwoner.huishouden (id) on delete cascade,
    team_id        text not null references platform.team (id),
    wet            text not null check (wet in ('wmo', 'jeugdwet', 'participatiewet', 'wgs', 'geen')),
    aanleiding     text not null check (aanleiding in ('besluit', 'evaluatie', 'afsluiting')),
    aanleiding_id  uuid not null,
    -- SHA-256 of the one-time link; the link itself is never stored.
    token_hash     bytea not null unique,
    uitgenodigd_op date not null,
    geldig_tot     date not null,
    beantwoord     boolean not null default false,
    -- One invitation per resident per occasion: a second delivery of the same event adds nothing.
    unique (inwoner_id, aanleiding, aanleiding_id)
);
create index uitnodiging_inwoner_open on waardering.uitnodiging (inwoner_id) where not beantwoord;
create index uitnodiging_team on waardering.uitnodiging (team_id, uitgenodigd_op);

-- No timestamp and no reference: the month is the finest period kept, so the row cannot be matched to the
-- moment an invitation was answered. Items: 1 (helemaal niet mee eens) to 5 (helemaal mee eens); null is
-- "weet niet / niet van toepassing" or not answered.
create table waardering.antwoord (
    id                  uuid primary key,
    team_id             text not null references platform.team (id),
    wet                 text not null,
    aanleiding          text not null,
    maand               date not null check (extract(day from maand) = 1),
    toegang_wist_waar   smallint check (toegang_wist_waar between 1 and 5),
    toegang_snel        smallint check (toegang_snel between 1 and 5),
    toegang_serieus     smallint check (toegang_serieus between 1 and 5),
    toegang_samen       smallint check (toegang_samen between 1 and 5),
    toegang_ondersteuner smallint check (toegang_ondersteuner between 1 and 5),
    kwaliteit_goed      smallint check (kwaliteit_goed between 1 and 5),
    kwaliteit_passend   smallint check (kwaliteit_passend between 1 and 5),
    effect_zelf         smallint check (effect_zelf between 1 and 5),
    effect_redden       smallint check (effect_redden between 1 and 5),
    effect_leven        smallint check (effect_leven between 1 and 5),
    cijfer              smallint check (cijfer between 1 and 10),
    open_antwoord       text check (length(open_antwoord) <= 2000)
);
create index antwoord_groep on waardering.antwoord (maand, team_id, wet);

-- A resident who was unhappy and asked to be contacted: the consent as shown, and the team lead's task.
-- Not linked to the answer; the task (module taak) is about the household, by the resident's own choice.
create table waardering.opvolging (
    id              uuid primary key,
    team_id         text not null references platform.team (id),
    huishouden_id   uuid not null references inwoner.huishouden (id) on delete cascade,
    maand           date not null,
    toestemming     text not null,
    toestemming_op  date not null,
    vervaldatum     date not null,
    taak_id         uuid
);
create index opvolging_team on waardering.opvolging (team_id, maand);
