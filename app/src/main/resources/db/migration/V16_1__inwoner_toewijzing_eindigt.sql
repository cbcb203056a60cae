-- An assignment ends (issue 13, "break-the-glass becomes permanent"). A professional of another team
-- who became regisseur was assigned the household for good: the row stayed after the regie passed on,
-- and a doorbraak could be turned into it. Now an assignment has an end, set when the regie passes
-- on (toegang.Regie through inwoner.Inzage), and need-to-know ignores an assignment that has ended.
-- One row per household and professional: a second regie later opens the same row again.
alter table inwoner.huishouden_toewijzing add column tot timestamptz;

-- Assignments whose regie already passed on end at the moment it did. A one-time repair between
-- two modules' tables, as V11 moved them; no code reads across schemas.
update inwoner.huishouden_toewijzing t
set tot = (select max(r.tot) from toegang.regie r where r.huishouden_id = t.huishouden_id and r.regisseur = t.gebruikersnaam)
where exists (select 1 from toegang.regie r where r.huishouden_id = t.huishouden_id and r.regisseur = t.gebruikersnaam)
  and not exists (select 1 from toegang.regie r where r.huishouden_id = t.huishouden_id and r.regisseur = t.gebruikersnaam
                  and r.tot is null);

-- Need-to-know as in V15, with two changes: an assignment counts until its end, and a resident sees a
-- household from the first day they live there (vanaf), not before: a planned move does not open the
-- new household, with everyone living there now, ahead of the day.
create or replace function inwoner.zichtbare_huishoudens(p_gebruikersnaam text, p_team text, p_inwoner uuid, p_professional boolean,
        p_moment timestamptz, p_dag date)
    returns setof uuid language sql stable as $$
    select h.id from inwoner.huishouden h where p_professional and h.team_id = p_team
    union all
    select t.huishouden_id from inwoner.huishouden_toewijzing t where p_professional and t.gebruikersnaam = p_gebruikersnaam
        and (t.tot is null or t.tot > p_moment)
    union all
    select d.huishouden_id from inwoner.doorbraak d where p_professional and d.gebruikersnaam = p_gebruikersnaam and d.geldig_tot > p_moment
    union all
    select l.huishouden_id from inwoner.huishouden_lid l
    where not p_professional and l.inwoner_id = p_inwoner and l.vanaf <= p_dag and (l.tot_en_met is null or l.tot_en_met >= p_dag)
$$;

-- The team that owns a household reads the doorbraken on it (team lead page, household page).
create index doorbraak_huishouden on inwoner.doorbraak (huishouden_id, tijdstip);
