-- Issue 14: a resident lives in one household at a time, and the database holds to that, not only the check in
-- Java (Huishoudens.controleer). Two people who each added the same resident to a different household at the same
-- moment both passed that check, since neither saw the other's uncommitted row, and the resident lived in two
-- households (2 of 3 runs in the review). An exclusion constraint on overlapping periods closes that race: the
-- second insert waits for the first transaction and then finds the overlap. A period is [vanaf, tot_en_met], both
-- days included, an open end is for ever: the same rule as Huishoudens.overlapt (a move on one day is an overlap).

-- On a large register this may take longer than the application's statement timeout (application.yaml).
set local statement_timeout = 0;

-- GiST needs btree_gist for the equality on inwoner_id. It ships with PostgreSQL (contrib, also in the embedded
-- server) and is a trusted extension: the owner of the database may create it. In the module's own schema, since
-- public holds only Flyway's history; a btree_gist that is already installed elsewhere serves as well.
do $$
begin
    create extension if not exists btree_gist with schema inwoner;
exception when others then
    raise exception 'Maatwerk heeft de PostgreSQL-extensie btree_gist nodig (onderdeel van PostgreSQL contrib): %. Installeer contrib of laat een beheerder in deze database "create extension btree_gist" uitvoeren, en start opnieuw.', sqlerrm;
end $$;

-- Data that already breaks the rule cannot get the constraint; say how much and where to look, not only which key.
do $$
declare
    aantal bigint;
begin
    select count(*) into aantal
    from inwoner.huishouden_lid a
    join inwoner.huishouden_lid b on b.inwoner_id = a.inwoner_id and b.id > a.id
    where daterange(a.vanaf, a.tot_en_met, '[]') && daterange(b.vanaf, b.tot_en_met, '[]');
    if aantal > 0 then
        raise exception 'In % gevallen woont een inwoner in dezelfde periode in twee huishoudens (of twee keer in één). Los dat eerst op: zie "Gelijktijdigheid en integriteit" in docs/betrouwbaarheid.md.', aantal;
    end if;
end $$;

alter table inwoner.huishouden_lid add constraint huishouden_lid_een_huishouden_tegelijk
    exclude using gist (inwoner_id with =, daterange(vanaf, tot_en_met, '[]') with &&);
