-- Issue 15: the need order counts the urgency the professional chose at intake (laag, gemiddeld, hoog,
-- acuut) as a factor of its own, with a weight per step above "laag". A team's stored versions get the
-- default weight (15, Gewichten.STANDAARD, ADR 0010), so every team's queue counts it the same way until
-- its team lead chooses otherwise (0 switches it off) in a new version with a reason.
alter table prioriteit.prioriteit_gewichten add column urgentie integer not null default 15 check (urgentie between 0 and 200);
