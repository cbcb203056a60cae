-- One schema per module (issue 12, ADR 0013): each module's tables live in its own schema and its SQL
-- names only that schema. Moving a table keeps its rows, indexes, constraints, triggers and foreign
-- keys; the keys that cross schemas point only at ids their owner publishes (team, gebruiker,
-- huishouden, inwoner, hulpvraag). regelbeheer has had its own schema since V8.

create schema platform;
alter table public.team set schema platform;
alter table public.gebruiker set schema platform;
alter table public.spring_session set schema platform;
alter table public.spring_session_attributes set schema platform;

create schema inwoner;
alter table public.inwoner set schema inwoner;
alter table public.huishouden set schema inwoner;
alter table public.huishouden_lid set schema inwoner;
alter table public.huishouden_toewijzing set schema inwoner;
alter table public.doorbraak set schema inwoner;
alter table public.netwerkrelatie set schema inwoner;

create schema logboek;
alter table public.logboek_record set schema logboek;

create schema demo;
alter table public.demo_stand set schema demo;

create schema toegang;
alter table public.zrm_meting set schema toegang;
alter table public.zrm_score set schema toegang;
alter table public.gezinsplan set schema toegang;
alter table public.gezinsplan_versie set schema toegang;
alter table public.hulpvraag set schema toegang;
alter table public.hulpvraag_status set schema toegang;
alter table public.toestemming set schema toegang;
alter table public.termijn set schema toegang;
alter table public.regie set schema toegang;
alter table public.verstrekking set schema toegang;
alter table public.huishouden_betrokkene set schema toegang;

create schema besluit;
alter table public.besluit set schema besluit;
alter table public.besluit_gebeurtenis set schema besluit;
alter table public.besluit_telling set schema besluit;
alter table public.afwijking set schema besluit;
alter table public.afwijking_reactie set schema besluit;

create schema thermometer;
alter table public.thermometer_antwoord set schema thermometer;
alter table public.thermometer_laag set schema thermometer;
alter table public.thermometer_meting set schema thermometer;
alter table public.thermometer_open_antwoord set schema thermometer;
alter table public.thermometer_stelling set schema thermometer;
alter table public.thermometer_thema set schema thermometer;
alter table public.thermometer_uitnodiging set schema thermometer;

create schema prioriteit;
alter table public.vroegsignaal set schema prioriteit;
alter table public.vroegsignaal_actie set schema prioriteit;
alter table public.vroegsignaal_import set schema prioriteit;
alter table public.veiligheidsmarkering set schema prioriteit;
alter table public.prioriteit_gewichten set schema prioriteit;
alter table public.wachtrij_handeling set schema prioriteit;

alter function public.logboek_alleen_toevoegen() set schema logboek;
alter function public.besluit_onveranderlijk() set schema besluit;
alter function public.besluit_niet_verwijderen() set schema besluit;

-- Need-to-know, the inwoner module's function, now reading its own schema by name.
drop function public.zichtbare_huishoudens(text, text, uuid, boolean);
create function inwoner.zichtbare_huishoudens(p_gebruikersnaam text, p_team text, p_inwoner uuid, p_professional boolean)
    returns setof uuid language sql stable as $$
    select h.id from inwoner.huishouden h where p_professional and h.team_id = p_team
    union
    select t.huishouden_id from inwoner.huishouden_toewijzing t where p_professional and t.gebruikersnaam = p_gebruikersnaam
    union
    select d.huishouden_id from inwoner.doorbraak d where p_professional and d.gebruikersnaam = p_gebruikersnaam and d.geldig_tot > now()
    union
    select l.huishouden_id from inwoner.huishouden_lid l
    where not p_professional and l.inwoner_id = p_inwoner and (l.tot_en_met is null or l.tot_en_met >= current_date)
$$;
