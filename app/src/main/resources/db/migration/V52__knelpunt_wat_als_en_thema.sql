-- Beleidsdossiers (issue 18, gaps): a request for a what-if now starts a real "Wat als?" run; the request keeps
-- the run's id (watals owns the run, so no foreign key across schemas). Older requests have none.
alter table knelpunt.aanvraag add column wat_als_run uuid;
alter table knelpunt.aanvraag add constraint aanvraag_run_alleen_bij_wat_als check (wat_als_run is null or soort = 'wat-als');

-- The Thermometer theme policy chose for a dossier. Without a row the dossier takes the theme its subject has in
-- code (Dossiers.thema), at version 0; the first choice is version 1 and every change adds one (If-Match).
create table knelpunt.dossierthema (
    dossier text primary key,
    thema   text not null check (length(thema) between 1 and 100),
    versie  integer not null check (versie >= 1),
    door    text not null,
    op      timestamptz not null
);
