-- Issue 16: the resident withdraws a consent through Mijn Maatwerk's API with If-Match (docs/conventies.md): a
-- consent gets a version, raised by one on each change (withdrawing, or ending it when its giver moves).
-- door_inwoner: the resident gave it in Mijn Maatwerk. Only then does the resident see the purpose as written: a
-- purpose a professional wrote is their text, which a resident does not read (issue 13).
alter table toegang.toestemming add column versie integer not null default 0;
alter table toegang.toestemming add column door_inwoner boolean not null default false;
