-- Need-to-know as a function owned by the inwoner module: other modules ask which households a user
-- may see, instead of pasting a condition on inwoner's tables into their own SQL. Same rule as
-- inwoner.Inzage: a professional sees the team's households, those assigned to them and those opened
-- with a doorbraak that is still valid; a resident sees the households they belong to today.
create function zichtbare_huishoudens(p_gebruikersnaam text, p_team text, p_inwoner uuid, p_professional boolean)
    returns setof uuid language sql stable as $$
    select h.id from huishouden h where p_professional and h.team_id = p_team
    union
    select t.huishouden_id from huishouden_toewijzing t where p_professional and t.gebruikersnaam = p_gebruikersnaam
    union
    select d.huishouden_id from doorbraak d where p_professional and d.gebruikersnaam = p_gebruikersnaam and d.geldig_tot > now()
    union
    select l.huishouden_id from huishouden_lid l
    where not p_professional and l.inwoner_id = p_inwoner and (l.tot_en_met is null or l.tot_en_met >= current_date)
$$;
