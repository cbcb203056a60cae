-- Logboek Dataverwerkingen: one record per processing action and data subject. Append-only and
-- hash-chained: each record's hash covers its content and the hash of the record before it.
create table logboek_record (
    volgnummer             bigint primary key,
    trace_id               char(32) not null,
    span_id                char(16) not null,
    parent_span_id         char(16),
    naam                   text not null,
    starttijd              timestamptz not null,
    eindtijd               timestamptz not null,
    status                 text not null check (status in ('OK', 'ERROR')),
    verwerkingsactiviteit  text not null,
    betrokkene_id          text not null,
    betrokkene_type        text not null,
    actor                  text not null,
    vorige_hash            char(64) not null,
    hash                   char(64) not null
);
create index logboek_betrokkene on logboek_record (betrokkene_id, starttijd);
create index logboek_actor on logboek_record (actor, starttijd);
create index logboek_starttijd on logboek_record (starttijd);

create function logboek_alleen_toevoegen() returns trigger language plpgsql as $$
begin
    raise exception 'Het logboek is alleen aan te vullen: wijzigen en verwijderen kan niet';
end;
$$;

create trigger logboek_geen_wijziging
    before update or delete on logboek_record
    for each row execute function logboek_alleen_toevoegen();
create trigger logboek_geen_truncate
    before truncate on logboek_record
    for each statement execute function logboek_alleen_toevoegen();
