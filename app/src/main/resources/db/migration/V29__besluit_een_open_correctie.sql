-- Issue 14: a final decision has at most one open correction (a correction that is not final itself yet), and the
-- database holds to that, not only the check in Java (Voorstellen.corrigeer). Two people who each asked for a correction
-- of the same decision at the same moment both passed that check, since neither saw the other's uncommitted row, and the
-- decision had two concept corrections that would contradict each other once final. With this index the second insert
-- waits for the first transaction and then finds it; the use case answers 409 naming the open correction.

-- On a large register this may take longer than the application's statement timeout (application.yaml).
set local statement_timeout = 0;

-- Data that already breaks the rule cannot get the index; say how much and where to look, not only which key.
do $$
declare
    aantal bigint;
begin
    select count(*) into aantal from (
        select corrigeert from besluit.besluit
        where corrigeert is not null and status in ('concept', 'ter-goedkeuring', 'goedgekeurd')
        group by corrigeert having count(*) > 1) dubbel;
    if aantal > 0 then
        raise exception '% besluiten hebben meer dan één open correctie. Maak er per besluit één van: zie "Gelijktijdigheid en integriteit" in docs/betrouwbaarheid.md.', aantal;
    end if;
end $$;

-- The predicate is repeated word for word in BesluitOpslag (on conflict ... where), which must match it.
create unique index besluit_een_open_correctie on besluit.besluit (corrigeert)
    where corrigeert is not null and status in ('concept', 'ter-goedkeuring', 'goedgekeurd');
