-- Issue 16: how a resident reaches their team: phone, e-mail, visiting address and opening hours, as data
-- (a municipality keeps them current without a new release), not as text in templates.
alter table platform.team add column telefoonnummer text, add column e_mail text, add column bezoekadres text;

create table platform.team_openingstijd (
    team_id  text not null references platform.team (id),
    dag      smallint not null check (dag between 1 and 7),
    van      time not null,
    tot      time not null check (tot > van),
    primary key (team_id, dag, van)
);
