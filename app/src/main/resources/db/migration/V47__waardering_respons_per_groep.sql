-- Issue 17: response by group, so representativeness can be judged. The invitation keeps the age group and wijk of the
-- household's applicant on the day of the invitation (never the birth date); answers stay without them.
alter table waardering.uitnodiging
    add column leeftijdsgroep text,
    add column wijk text;
