-- Issue 15: documents of a household, a request or a decision. The bytes are in their own table (bytea),
-- not in large objects: a large object lives in pg_largeobject outside the module's schema, is not removed
-- with its row (it needs lo_unlink or vacuumlo) and is dumped apart; bytea goes with its row, in the
-- module's own schema, and a listing of documents never reads the bytes (its own table, TOASTed).
create table dossier.document (
    id                  uuid primary key,
    huishouden_id       uuid not null references inwoner.huishouden (id) on delete cascade,
    hulpvraag_id        uuid references toegang.hulpvraag (id) on delete cascade,
    -- A decision's id (besluit publishes no table to refer to; besluit.BesluitHuishouden checks it).
    besluit_id          uuid,
    documenttype        text not null,
    bestandsnaam        text not null check (length(bestandsnaam) between 1 and 120),
    mediatype           text not null,
    grootte             integer not null check (grootte > 0),
    sha256              char(64) not null,
    gedeeld             boolean not null default false,
    geupload_door       text not null references platform.gebruiker (gebruikersnaam),
    geupload_op         timestamptz not null,
    bewaren_tot         date not null,
    ingetrokken_door    text references platform.gebruiker (gebruikersnaam),
    ingetrokken_op      timestamptz,
    ingetrokken_reden   text,
    check ((ingetrokken_op is null) = (ingetrokken_door is null) and (ingetrokken_op is null) = (ingetrokken_reden is null))
);
create index document_huishouden on dossier.document (huishouden_id, geupload_op desc);

create table dossier.document_inhoud (
    document_id  uuid primary key references dossier.document (id) on delete cascade,
    inhoud       bytea not null
);
