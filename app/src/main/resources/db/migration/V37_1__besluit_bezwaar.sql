-- Issue 16: an objection (bezwaar) a resident files online against a decision sent to them. It starts with a
-- phone call when the resident asks for one ("eerst bellen"), but is recorded at once, so its legal deadline runs.
-- Its own Awb clocks: filed within the bezwaartermijn (6 weeks after the letter, Awb art. 6:7 and 6:8) and a
-- decision on it within the beslistermijn, counted from the end of the bezwaartermijn (Awb art. 7:10 lid 1).
create table besluit.bezwaar (
    id                   uuid primary key,
    besluit_id           uuid not null references besluit.besluit (id),
    inwoner_id           uuid not null,
    ingediend_door       text not null,
    ingediend_op         timestamptz not null,
    eerst_bellen         boolean not null,
    telefoonnummer       text,
    waarom               text not null check (length(waarom) between 1 and 4000),
    bezwaartermijn_tot   date not null,
    op_tijd              boolean not null,
    beslissen_uiterlijk  date not null,
    beslistermijn_bron   text not null,
    aangemaakt_op        timestamptz not null default now()
);

-- One objection per decision: two at once are a conflict, not two records.
create unique index bezwaar_besluit on besluit.bezwaar (besluit_id);
