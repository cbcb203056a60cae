-- Issue 16: the resident withdraws a consent through Mijn Maatwerk's API with If-Match (docs/conventies.md): a
-- consent gets a version, raised by one on each change (withdrawing, or ending it when its giver moves).
alter table toegang.toestemming add column versie integer not null default 0;
