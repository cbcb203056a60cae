-- Fundament: teams and users, residents, households over time, informal network, need-to-know
-- access (assignments and break-the-glass), and the audit log.

create table team (
    id   text primary key,
    naam text not null unique
);

create table gebruiker (
    gebruikersnaam   text primary key,
    naam             text not null,
    rol              text not null check (rol in ('CONSULENT', 'REGISSEUR', 'TEAMLEIDER', 'BELEID', 'AUDITOR', 'INWONER')),
    team_id          text references team (id),
    inwoner_id       uuid,
    wachtwoord_hash  text
);

create table inwoner (
    id                    uuid primary key,
    bsn                   char(9) not null unique,
    voornamen             text not null,
    voorvoegsel           text,
    geslachtsnaam         text not null,
    geboortedatum         date not null,
    straat                text,
    huisnummer            integer,
    huisletter            text,
    huisnummertoevoeging  text,
    postcode              text,
    woonplaats            text,
    wijk                  text,
    telefoonnummer        text,
    emailadres            text,
    -- The team that registered the resident; it can see them until they join a household.
    team_id               text references team (id),
    aangemaakt_op         timestamptz not null default now(),
    gewijzigd_op          timestamptz not null default now(),
    versie                integer not null default 0
);
create index inwoner_naam_geboorte on inwoner (lower(geslachtsnaam), geboortedatum);
create index inwoner_adres on inwoner (postcode, huisnummer);

alter table gebruiker add constraint gebruiker_inwoner_fk foreign key (inwoner_id) references inwoner (id);

create table huishouden (
    id             uuid primary key,
    naam           text not null,
    team_id        text not null references team (id),
    aangemaakt_op  timestamptz not null default now(),
    gewijzigd_op   timestamptz not null default now(),
    versie         integer not null default 0
);
create index huishouden_team on huishouden (team_id);

-- Who lived in the household from when to when; rules look up the composition on a date.
create table huishouden_lid (
    id             uuid primary key,
    huishouden_id  uuid not null references huishouden (id) on delete cascade,
    inwoner_id     uuid not null references inwoner (id),
    rol            text not null check (rol in ('aanvrager', 'partner', 'kind', 'medebewoner')),
    uitzondering   text check (uitzondering in ('student', 'commerciele-huurder')),
    vanaf          date not null,
    tot_en_met     date,
    check (uitzondering is null or rol = 'medebewoner'),
    check (tot_en_met is null or tot_en_met >= vanaf)
);
create index huishouden_lid_huishouden on huishouden_lid (huishouden_id);
create index huishouden_lid_inwoner on huishouden_lid (inwoner_id);

create table netwerkrelatie (
    id             uuid primary key,
    huishouden_id  uuid not null references huishouden (id) on delete cascade,
    naam           text not null,
    relatie        text not null check (relatie in ('mantelzorger', 'familie', 'buren', 'vriend', 'vrijwilliger')),
    bijdrage       text,
    telefoonnummer text,
    aangemaakt_op  timestamptz not null default now()
);
create index netwerkrelatie_huishouden on netwerkrelatie (huishouden_id);

-- Professionals assigned to a household outside their own team's list (e.g. a regisseur).
create table huishouden_toewijzing (
    huishouden_id   uuid not null references huishouden (id) on delete cascade,
    gebruikersnaam  text not null references gebruiker (gebruikersnaam),
    vanaf           timestamptz not null default now(),
    primary key (huishouden_id, gebruikersnaam)
);

-- Break-the-glass: access to a household outside one's own team, with a written reason.
create table doorbraak (
    id              uuid primary key,
    gebruikersnaam  text not null references gebruiker (gebruikersnaam),
    team_id         text references team (id),
    huishouden_id   uuid not null references huishouden (id) on delete cascade,
    reden           text not null,
    tijdstip        timestamptz not null,
    geldig_tot      timestamptz not null
);
create index doorbraak_gebruiker on doorbraak (gebruikersnaam, huishouden_id, geldig_tot);
create index doorbraak_team on doorbraak (team_id, tijdstip);

-- Spring Session JDBC: sessions live in the database so that application nodes stay stateless.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
