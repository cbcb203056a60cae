-- Zelfredzaamheid-Matrix (ZRM 2017): an assessment of a household (optionally of one member) on all
-- 13 life domains. We store the scores and the professional's own notes, never the ZRM's criteria texts.
create table zrm_meting (
    id                   uuid primary key,
    huishouden_id        uuid not null references huishouden (id) on delete cascade,
    inwoner_id           uuid references inwoner (id),
    datum                date not null,
    door_gebruikersnaam  text,
    door_naam            text not null check (char_length(door_naam) between 1 and 200),
    vastgelegd_op        timestamptz not null default now()
);
create index zrm_meting_huishouden on zrm_meting (huishouden_id, datum desc, vastgelegd_op desc);

-- One row per life domain per assessment. A null score is the explicit value 'niet beoordeeld'.
create table zrm_score (
    meting_id    uuid not null references zrm_meting (id) on delete cascade,
    domein       text not null check (domein in ('financien', 'werk-opleiding', 'tijdsbesteding', 'huisvesting',
                     'huiselijke-relaties', 'geestelijke-gezondheid', 'lichamelijke-gezondheid', 'middelengebruik',
                     'basale-adl', 'instrumentele-adl', 'sociaal-netwerk', 'maatschappelijke-participatie', 'justitie')),
    score        smallint check (score between 1 and 5),
    toelichting  text check (char_length(toelichting) <= 500),
    primary key (meting_id, domein)
);
