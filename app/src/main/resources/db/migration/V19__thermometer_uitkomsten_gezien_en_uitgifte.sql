-- Issue 13, finding 4: thermometer answers must not be traceable to one person.

-- The moment anyone first saw the results of a round (page, export or API). From then on the round
-- takes no new answers and cannot be reopened: results before and after one more answer would show
-- that answer.
alter table thermometer.thermometer_meting add column resultaten_gezien_op timestamptz;

-- Every time someone makes links: who, when, for which layer and how many. Shown on the round's page
-- and in the API, so that filling a layer with links one issued oneself is visible to colleagues.
create table thermometer.thermometer_uitgifte (
    id         uuid primary key,
    meting_id  uuid not null,
    laag       text not null,
    aantal     integer not null check (aantal > 0),
    door       text not null,
    op         timestamptz not null,
    foreign key (meting_id, laag) references thermometer.thermometer_laag (meting_id, laag) on delete cascade
);
create index thermometer_uitgifte_meting on thermometer.thermometer_uitgifte (meting_id);

alter table thermometer.thermometer_uitnodiging
    add column uitgifte_id uuid references thermometer.thermometer_uitgifte (id) on delete cascade;

-- A sent questionnaire waits in its link's row (ingediend, with the concept) until its layer has
-- enough sent questionnaires or the round closes; then the waiting ones move together, shuffled, to
-- the answer tables and the concepts are cleared (see ADR 0009).
comment on column thermometer.thermometer_uitnodiging.concept is
    'Draft while answering; after sending (ingediend) the answers waiting for the next batch; null once moved.';
