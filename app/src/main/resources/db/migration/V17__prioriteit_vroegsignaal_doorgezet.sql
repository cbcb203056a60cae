-- Issue 13: importing early debt signals must not tell the importer whether a household of another
-- team lives at an address or has a BSN. A line that matches a household of another team is stored
-- twice: the importing team keeps an outreach record without a household, exactly as for a line that
-- matches no one, and the household's team gets the signal linked to the household, in its own
-- queue. doorgezet_uit points from that team's copy to the importing team's record; the dashboard
-- counts a signal once, by the records where it is null.
alter table prioriteit.vroegsignaal add column doorgezet_uit uuid references prioriteit.vroegsignaal (id);
