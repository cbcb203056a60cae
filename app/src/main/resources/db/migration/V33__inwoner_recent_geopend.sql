-- The households a professional opened last (issue 15), for the start page: one row per user and
-- household with the moment of the last opening. Not a log (that is logboek): only the newest counts.
create table inwoner.recent_geopend (
    gebruikersnaam  text not null references platform.gebruiker (gebruikersnaam) on delete cascade,
    huishouden_id   uuid not null references inwoner.huishouden (id) on delete cascade,
    geopend_op      timestamptz not null,
    primary key (gebruikersnaam, huishouden_id)
);
create index recent_geopend_gebruiker on inwoner.recent_geopend (gebruikersnaam, geopend_op desc);
