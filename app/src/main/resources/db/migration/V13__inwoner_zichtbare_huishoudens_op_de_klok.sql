-- Need-to-know on the app's one clock (docs/conventies.md, "Tijd: één klok"). The function of V10/V11
-- read the database's now() and current_date, so a test that pins a date through the injected clock
-- saw another day here than in Java, and a server in another time zone than the app counted "today"
-- differently. The caller (inwoner.Inzage.zichtbaarheid) now passes the moment and the day from the
-- clock: p_moment for a doorbraak's end (a moment), p_dag for the end of a membership (a day).
-- Same rule as before and as Inzage's own condition; nothing calls the old signature any more.
drop function inwoner.zichtbare_huishoudens(text, text, uuid, boolean);
create function inwoner.zichtbare_huishoudens(p_gebruikersnaam text, p_team text, p_inwoner uuid, p_professional boolean,
        p_moment timestamptz, p_dag date)
    returns setof uuid language sql stable as $$
    select h.id from inwoner.huishouden h where p_professional and h.team_id = p_team
    union
    select t.huishouden_id from inwoner.huishouden_toewijzing t where p_professional and t.gebruikersnaam = p_gebruikersnaam
    union
    select d.huishouden_id from inwoner.doorbraak d where p_professional and d.gebruikersnaam = p_gebruikersnaam and d.geldig_tot > p_moment
    union
    select l.huishouden_id from inwoner.huishouden_lid l
    where not p_professional and l.inwoner_id = p_inwoner and (l.tot_en_met is null or l.tot_en_met >= p_dag)
$$;
