-- Issue 14 (one version contract): a step in the outreach of an early debt signal changes its status,
-- and the rules of the next step (an offer after contact, feedback once, nothing after closing) read
-- that status. Two colleagues recording a step at once each checked the signal as they read it. Now a
-- step names the version it was based on (If-Match, or the form's hidden field) and raises it by one.
alter table prioriteit.vroegsignaal add column versie integer not null default 0;
