-- Need-to-know per household instead of per set (issue 12, household page under load). Callers used the
-- function in a select list, where PostgreSQL runs it whole: every query that checked one household built
-- the user's entire set first (a team's 20,000 households, de-duplicated by the UNION). The caller now puts
-- it in FROM (inwoner.Zichtbaarheid), where a SQL function is inlined, and the branches are joined with
-- UNION ALL, which the planner flattens, so the household a query asks about is looked up in each branch by
-- index. A household in more than one branch may come twice; callers only ask "in (...)", where that is
-- the same. Same rule, same parameters as V13.
create or replace function inwoner.zichtbare_huishoudens(p_gebruikersnaam text, p_team text, p_inwoner uuid, p_professional boolean,
        p_moment timestamptz, p_dag date)
    returns setof uuid language sql stable as $$
    select h.id from inwoner.huishouden h where p_professional and h.team_id = p_team
    union all
    select t.huishouden_id from inwoner.huishouden_toewijzing t where p_professional and t.gebruikersnaam = p_gebruikersnaam
    union all
    select d.huishouden_id from inwoner.doorbraak d where p_professional and d.gebruikersnaam = p_gebruikersnaam and d.geldig_tot > p_moment
    union all
    select l.huishouden_id from inwoner.huishouden_lid l
    where not p_professional and l.inwoner_id = p_inwoner and (l.tot_en_met is null or l.tot_en_met >= p_dag)
$$;
