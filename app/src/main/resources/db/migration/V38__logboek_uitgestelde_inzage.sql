-- Issue 16, "Wie keek in mijn gegevens": the resident reads the log about themself. Some accesses are
-- held back by law for a while (AVG art. 23, UAVG art. 41; for example during an investigation). They are
-- not listed until the day after `tot`, but counted with their reason, so nothing is hidden silently.
-- betrokkene_id is the pseudonym, as in logboek_record; actor null holds back every actor's accesses.
-- Reading by person uses the existing index logboek_betrokkene (betrokkene_id, starttijd) from V2.
create table logboek.uitgestelde_inzage (
    id               uuid primary key,
    betrokkene_id    text not null,
    actor            text,
    van              timestamptz not null,
    tot              date not null,
    reden            text not null check (length(reden) between 10 and 1000),
    vastgelegd_door  text not null,
    vastgelegd_op    timestamptz not null default now()
);
create index uitgestelde_inzage_betrokkene on logboek.uitgestelde_inzage (betrokkene_id, tot);
