-- Issue 13: a professional may search residents by BSN or by surname and birth date only so often
-- (platform.Zoekrem), so that nobody can try name after name to find out who is known to the social
-- domain. One row per search that was let through: who and when, no search term and no result. Rows
-- older than a day no longer count and go at the account's next search. In the database, not in
-- memory, so the limit holds across the nodes behind a load balancer.
create table platform.zoekpoging (
    gebruikersnaam text not null,
    op timestamptz not null
);

create index zoekpoging_gebruiker_op on platform.zoekpoging (gebruikersnaam, op);
