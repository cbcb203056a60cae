-- Tasks (issue 15): a piece of work with a due date and an owner, about a household and optionally one
-- of its requests. The team is the household's team when the task was made; only its members own tasks.
create schema taak;

create table taak.taak (
    id              uuid primary key,
    team_id         text not null references platform.team (id),
    huishouden_id   uuid not null references inwoner.huishouden (id) on delete cascade,
    hulpvraag_id    uuid references toegang.hulpvraag (id) on delete cascade,
    omschrijving    text not null,
    vervaldatum     date not null,
    eigenaar        text not null references platform.gebruiker (gebruikersnaam),
    status          text not null check (status in ('open', 'gedaan')),
    gedaan_op       date,
    aangemaakt_door text not null references platform.gebruiker (gebruikersnaam),
    aangemaakt_op   timestamptz not null,
    gewijzigd_door  text references platform.gebruiker (gebruikersnaam),
    gewijzigd_op    timestamptz,
    versie          integer not null default 0
);
create index taak_eigenaar_open on taak.taak (eigenaar, vervaldatum) where status = 'open';
create index taak_team_open on taak.taak (team_id, vervaldatum) where status = 'open';
create index taak_huishouden on taak.taak (huishouden_id);

-- Every change of owner with its reason: who gave the task to whom, and why.
create table taak.toewijzing (
    id       uuid primary key,
    taak_id  uuid not null references taak.taak (id) on delete cascade,
    van      text references platform.gebruiker (gebruikersnaam),
    naar     text not null references platform.gebruiker (gebruikersnaam),
    reden    text not null,
    door     text not null references platform.gebruiker (gebruikersnaam),
    op       timestamptz not null
);
create index taak_toewijzing_taak on taak.toewijzing (taak_id, op);
