-- Issue 14 (one version contract): after a stale save the page says who changed the household or the
-- resident meanwhile, and when. gewijzigd_op was there; gewijzigd_door is the account that saved the
-- current version (null for a row no one changed since this migration, or that the demo loaded).
alter table inwoner.huishouden add column gewijzigd_door text;
alter table inwoner.inwoner add column gewijzigd_door text;
