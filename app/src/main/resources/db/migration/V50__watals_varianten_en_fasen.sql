-- Issue 19: several variants in one run, the export of the households in the background job, and the
-- hand-off of large runs to the simulatie jar (Spark). Variant 0 stays the baseline; variants 1..n are
-- named here with their own changes. Existing runs had one variant, named as the run.
create table watals.variant (
    run_id  uuid not null references watals.run (id) on delete cascade,
    nummer  int not null check (nummer >= 1),
    naam    text not null check (length(naam) between 1 and 100),
    primary key (run_id, nummer),
    unique (run_id, naam)
);
insert into watals.variant (run_id, nummer, naam) select id, 1, naam from watals.run;

alter table watals.wijziging add column variant int not null default 1 check (variant >= 1);
alter table watals.wijziging drop constraint wijziging_pkey;
alter table watals.wijziging add primary key (run_id, variant, volgorde);
alter table watals.wijziging alter column variant drop default;

-- Where a running job is: gathering the households (klaar of totaal households gathered), then computing
-- (klaar of totaal households computed). How it computes: in this process or with the simulatie jar,
-- with the reason in plain Dutch, and the last progress line the jar printed.
alter table watals.run
    add column fase text not null default 'wachten' check (fase in ('wachten', 'verzamelen', 'doorrekenen', 'klaar')),
    add column rekenwijze text check (rekenwijze in ('in-proces', 'spark')),
    add column rekenwijze_toelichting text,
    add column voortgang_tekst text;
update watals.run set fase = 'klaar' where status in ('klaar', 'mislukt');
