-- Thermometer sociaal domein: measurement rounds on how policy intent travels through the layers.
create table thermometer_meting (
    id               uuid primary key,
    naam             text not null check (char_length(naam) between 1 and 200),
    einddatum        date not null,
    aangemaakt_door  text not null,
    aangemaakt_op    timestamptz not null default now()
);

create table thermometer_laag (
    meting_id  uuid not null references thermometer_meting (id) on delete cascade,
    laag       text not null check (laag in ('bestuur', 'management', 'beleid', 'uitvoering', 'partners')),
    primary key (meting_id, laag)
);

-- A theme with the municipality's intent in its own words and the open ("reverse") question about it.
create table thermometer_thema (
    meting_id  uuid not null references thermometer_meting (id) on delete cascade,
    code       text not null check (code ~ '^[a-z0-9-]{1,40}$'),
    naam       text not null check (char_length(naam) between 1 and 80),
    bedoeling  text check (char_length(bedoeling) <= 2000),
    open_vraag text not null check (char_length(open_vraag) between 1 and 300),
    volgorde   integer not null,
    primary key (meting_id, code)
);

create table thermometer_stelling (
    id         uuid primary key,
    meting_id  uuid not null,
    thema_code text not null,
    dimensie   text not null check (dimensie in ('effecten', 'beleid', 'opdrachten', 'dienstverlening')),
    aspect     text not null check (aspect in ('weten', 'waarom', 'doen')),
    tekst      text not null check (char_length(tekst) between 1 and 300),
    volgorde   integer not null,
    foreign key (meting_id, thema_code) references thermometer_thema (meting_id, code) on delete cascade
);
create index thermometer_stelling_meting on thermometer_stelling (meting_id);

-- One-time link. Only a SHA-256 hash of the token is stored, so the database cannot rebuild a link.
-- The draft (concept) lives here until the questionnaire is sent; then it is moved, without the
-- link, into the answer tables and removed from here.
create table thermometer_uitnodiging (
    token_hash     bytea primary key check (octet_length(token_hash) = 32),
    meting_id      uuid not null,
    laag           text not null,
    aangemaakt_op  date not null default current_date,
    concept        jsonb,
    ingediend      boolean not null default false,
    foreign key (meting_id, laag) references thermometer_laag (meting_id, laag) on delete cascade
);
create index thermometer_uitnodiging_meting on thermometer_uitnodiging (meting_id, laag);

-- Answers carry only the layer and a random response id (to count respondents per group). No link,
-- no time, no identity.
create table thermometer_antwoord (
    respons_id  uuid not null,
    meting_id   uuid not null references thermometer_meting (id) on delete cascade,
    laag        text not null,
    stelling_id uuid not null references thermometer_stelling (id) on delete cascade,
    score       smallint not null check (score between 1 and 5),
    primary key (respons_id, stelling_id)
);
create index thermometer_antwoord_meting on thermometer_antwoord (meting_id);

create table thermometer_open_antwoord (
    id            uuid primary key,
    respons_id    uuid not null,
    meting_id     uuid not null,
    laag          text not null,
    thema_code    text not null,
    tekst         text not null check (char_length(tekst) between 1 and 2000),
    codering      text check (codering in ('past', 'deels', 'mist')),
    gecodeerd_door text,
    gecodeerd_op  timestamptz,
    foreign key (meting_id, thema_code) references thermometer_thema (meting_id, code) on delete cascade
);
create index thermometer_open_antwoord_meting on thermometer_open_antwoord (meting_id, thema_code);
