-- Taking the regie of another team's household needs that team's agreement (issue 13). A professional
-- of another team asks with a reason; a professional of the owning team (or its team lead) agrees,
-- which makes the asker regisseur, or declines. One open request per household and professional.
create table toegang.regieverzoek (
    id              uuid primary key,
    huishouden_id   uuid not null references inwoner.huishouden (id) on delete cascade,
    aanvrager       text not null references platform.gebruiker (gebruikersnaam),
    reden           text not null,
    aangevraagd_op  timestamptz not null,
    status          text not null check (status in ('aangevraagd', 'akkoord', 'afgewezen')),
    beslist_door    text references platform.gebruiker (gebruikersnaam),
    beslist_op      timestamptz,
    toelichting     text,
    versie          integer not null default 0
);
create unique index regieverzoek_een_open on toegang.regieverzoek (huishouden_id, aanvrager) where status = 'aangevraagd';
create index regieverzoek_huishouden on toegang.regieverzoek (huishouden_id, aangevraagd_op);
