-- Issue 19: the household's own income on the decision's peildatum, recorded on the decision. The
-- existence-minimum check uses it instead of assuming the household lives on the bijstandsnorm.
-- Net amounts per month; gifts per calendar year. One row per decision; no row: no income recorded.
create table besluit.inkomen (
    besluit_id            uuid primary key references besluit.besluit (id) on delete cascade,
    netto_loon_aanvrager  numeric(12, 2) not null default 0 check (netto_loon_aanvrager >= 0),
    vrijlating_aanvrager  text not null default 'geen',
    netto_loon_partner    numeric(12, 2) not null default 0 check (netto_loon_partner >= 0),
    vrijlating_partner    text not null default 'geen',
    uitkeringen           numeric(12, 2) not null default 0 check (uitkeringen >= 0),
    alimentatie           numeric(12, 2) not null default 0 check (alimentatie >= 0),
    giften_per_jaar       numeric(12, 2) not null default 0 check (giften_per_jaar >= 0),
    vastgelegd_door       text not null,
    vastgelegd_op         timestamptz not null,
    constraint inkomen_vrijlating check (
        vrijlating_aanvrager in ('geen', 'algemeen', 'alleenstaande-ouder', 'medisch-urenbeperkt')
        and vrijlating_partner in ('geen', 'algemeen', 'medisch-urenbeperkt'))
);

-- Like the decision itself: what a final decision was computed with does not change any more.
create function besluit.inkomen_vast() returns trigger language plpgsql as $$
declare
    s text;
begin
    select status into s from besluit.besluit where id = coalesce(new.besluit_id, old.besluit_id);
    if s in ('definitief', 'verzonden') then
        raise exception 'Het inkomen bij een definitief besluit verandert niet meer (besluit %)', coalesce(new.besluit_id, old.besluit_id);
    end if;
    return coalesce(new, old);
end $$;

create trigger inkomen_vast before insert or update or delete on besluit.inkomen
    for each row execute function besluit.inkomen_vast();
