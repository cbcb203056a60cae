-- Issue 16: a message may carry one attachment. The file itself is a document of the household's dossier (stored
-- and checked by the module dossier, shared with the household); the message only names it.
alter table mijn.bericht add column bijlage_id uuid;
create index bericht_bijlage on mijn.bericht (bijlage_id) where bijlage_id is not null;
