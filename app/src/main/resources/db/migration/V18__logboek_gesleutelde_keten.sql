-- Issue 13: from here on the log's hash chain is keyed (HMAC-SHA256 with a key only the application
-- holds, ADR 0004). The records written before keep their plain SHA-256 hash; this table marks up to
-- which record that is, so they are checked the old way and every later one with the key. The mark
-- is also signed into the anchor file outside the database, which is what verification trusts when
-- the two differ. One row, written once, like the log itself only to be added to.
create table logboek.ketenovergang (
    id                    boolean primary key default true check (id),
    laatste_ongesleuteld  bigint not null check (laatste_ongesleuteld >= 0)
);
insert into logboek.ketenovergang (laatste_ongesleuteld)
select coalesce(max(volgnummer), 0) from logboek.logboek_record;

create trigger ketenovergang_geen_wijziging
    before update or delete on logboek.ketenovergang
    for each row execute function logboek.logboek_alleen_toevoegen();
create trigger ketenovergang_geen_truncate
    before truncate on logboek.ketenovergang
    for each statement execute function logboek.logboek_alleen_toevoegen();
