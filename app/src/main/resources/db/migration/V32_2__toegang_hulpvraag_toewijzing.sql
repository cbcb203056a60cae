-- Assigning a request to a named colleague (issue 15): each change of the behandelaar with its reason,
-- so the history shows who gave the request to whom and why.
create table toegang.hulpvraag_toewijzing (
    id            uuid primary key,
    hulpvraag_id  uuid not null references toegang.hulpvraag (id) on delete cascade,
    van           text references platform.gebruiker (gebruikersnaam),
    naar          text not null references platform.gebruiker (gebruikersnaam),
    reden         text not null,
    door          text not null references platform.gebruiker (gebruikersnaam),
    op            timestamptz not null
);
create index hulpvraag_toewijzing_hulpvraag on toegang.hulpvraag_toewijzing (hulpvraag_id, op);
