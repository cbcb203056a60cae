-- Issue 16, Mijn Maatwerk: secure messages between a resident and the professionals of their household (the
-- regisseur first). A message is the module mijn's own data. One thread per resident and household: inwoner_id is
-- the resident the conversation is with; van_inwoner says who wrote. A message never changes (like a note in the
-- contact journal): what was read stays as it was. gelezen_op is when the other side first opened it.
create schema if not exists mijn;
create table mijn.bericht (
    id              uuid primary key,
    huishouden_id   uuid not null references inwoner.huishouden (id),
    inwoner_id      uuid not null references inwoner.inwoner (id),
    van_inwoner     boolean not null,
    afzender        text not null,
    tekst           text not null check (length(tekst) between 1 and 5000),
    verzonden_op    timestamptz not null,
    gelezen_op      timestamptz
);
create index bericht_gesprek on mijn.bericht (huishouden_id, inwoner_id, verzonden_op);
