-- The demo city's households and their requests for help are now written in two passes, so the build can
-- keep a template with the part that does not depend on the day (platform, inwoner, thermometer,
-- regelbeheer) and a start adds the part that counts from today (docs/adr, demo). aantal_huishoudens
-- stays the count of households written by inwoner; aantal_toegang counts those whose toegang part is in.
alter table demo.demo_stand add column aantal_toegang integer not null default 0;

-- Until now both parts went in together, batch by batch.
update demo.demo_stand set aantal_toegang = aantal_huishoudens;
