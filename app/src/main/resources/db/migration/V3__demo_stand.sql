-- How far the demo generator got for a seed, so a restart tops up instead of starting over.
create table demo_stand (
    seed                bigint primary key,
    aantal_huishoudens  integer not null
);
