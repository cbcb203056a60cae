-- Issue 15: the contactjournaal of a household, in the schema of the new module dossier.
-- A journal is append-only: a note never changes. A mistake is put right with a new note that names the
-- one it corrects (corrigeert); the list shows both. So what a colleague or the resident read once
-- stays readable as it was, and nobody needs a version to add to it.
create schema if not exists dossier;

create table dossier.notitie (
    id              uuid primary key,
    huishouden_id   uuid not null references inwoner.huishouden (id) on delete cascade,
    hulpvraag_id    uuid references toegang.hulpvraag (id) on delete cascade,
    kanaal          text not null,
    tekst           text not null check (length(tekst) between 1 and 5000),
    -- Shared with the resident: only then does a member of the household see it.
    gedeeld         boolean not null default false,
    corrigeert      uuid references dossier.notitie (id) on delete cascade,
    door            text not null references platform.gebruiker (gebruikersnaam),
    op              timestamptz not null
);
create index notitie_huishouden on dossier.notitie (huishouden_id, op desc);
create index notitie_hulpvraag on dossier.notitie (hulpvraag_id, op desc) where hulpvraag_id is not null;
-- A note is corrected at most once; a correction of a correction names the correction.
create unique index notitie_een_correctie on dossier.notitie (corrigeert) where corrigeert is not null;

-- Changing a note is refused in the database too, not only by the absence of an update in the code.
-- Removing stays possible: with the household it belongs to, and once the retention period allows it.
create function dossier.notitie_niet_wijzigen() returns trigger language plpgsql as $$
begin
    raise exception 'Een notitie verandert niet: leg een correctie vast als nieuwe notitie';
end;
$$;
create trigger notitie_geen_wijziging before update on dossier.notitie
    for each row execute function dossier.notitie_niet_wijzigen();
