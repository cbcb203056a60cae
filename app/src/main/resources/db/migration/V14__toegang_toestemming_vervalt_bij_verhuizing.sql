-- A consent is given by one resident as a member of one household (issue 12, docs/gebeurtenissen.md).
-- When that resident moves out, toegang ends their consents for that household on their last day
-- there (listener toegang.lid-verhuisd on inwoner.LidVerhuisd). The reason is kept with the consent,
-- so the professional and the resident read why it no longer holds; null for a consent that ended
-- on its own date or was revoked by the resident.
alter table toegang.toestemming add column vervallen_reden text;
