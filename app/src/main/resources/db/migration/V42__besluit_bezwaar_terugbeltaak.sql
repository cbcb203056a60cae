-- Issue 16: an objection with "eerst bellen" gets a task for the team lead (besluit.Terugbelluisteraar). The task's id
-- is kept here, so a second delivery of the event makes no second task. No foreign key: the task is module taak's.
alter table besluit.bezwaar add column terugbeltaak_id uuid;
