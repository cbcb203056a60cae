-- Issue 17: in the omgekeerde toets of a Wmo decision the professional records which general and informal offers of the
-- sociale kaart were considered (voorliggend) and why they do not help (enough). The service's name, organisation and kind
-- are copied as they read then: the sociale kaart changes, the record of the decision does not. No foreign key to
-- socialekaart.dienst: that table is module socialekaart's.
create table besluit.voorliggend (
    besluit_id      uuid not null references besluit.besluit (id),
    dienst_id       uuid not null,
    volgorde        integer not null check (volgorde >= 0),
    dienst          text not null check (length(dienst) between 1 and 300),
    organisatie     text not null check (length(organisatie) between 1 and 300),
    soort           text not null check (length(soort) between 1 and 100),
    waarom_niet     text not null check (length(btrim(waarom_niet)) between 1 and 2000),
    vastgelegd_door text not null,
    vastgelegd_op   timestamptz not null,
    primary key (besluit_id, dienst_id)
);

-- Like the decision itself: once it is no longer a concept, what it weighed stays as it was.
create function besluit.voorliggend_alleen_concept() returns trigger language plpgsql as $$
declare
    stand text;
begin
    select status into stand from besluit.besluit where id = coalesce(new.besluit_id, old.besluit_id);
    if stand is distinct from 'concept' then
        raise exception 'Wat voorliggend is bekeken, verandert alleen zolang het besluit een concept is (besluit %)',
            coalesce(new.besluit_id, old.besluit_id);
    end if;
    return coalesce(new, old);
end;
$$;

create trigger voorliggend_alleen_concept before insert or update or delete on besluit.voorliggend
    for each row execute function besluit.voorliggend_alleen_concept();
