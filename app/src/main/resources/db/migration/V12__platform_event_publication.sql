-- Events between modules (issue 12): Spring Modulith's JDBC event publication registry stores every
-- publication of an event to a listener in the transaction that publishes it, so a reaction happens at
-- least once, also after a crash. The registry belongs to no domain module; it lives in platform.
-- The DDL is that of spring-modulith-events-jdbc 2.1.1 (schemas/v2/schema-postgresql.sql and
-- schema-postgresql-archive.sql), with the schema named; Modulith does not create it itself
-- (spring.modulith.events.jdbc.schema-initialization.enabled=false in application.yaml).

create table platform.event_publication
(
  id                     uuid not null,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
create index event_publication_serialized_event_hash_idx on platform.event_publication using hash(serialized_event);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);

-- Completed publications move here (completion mode "archive"), so the table above holds only what is
-- still to be done and the archive shows what was delivered when. Events carry ids only.
create table platform.event_publication_archive
(
  id                     uuid not null,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
create index event_publication_archive_serialized_event_hash_idx on platform.event_publication_archive using hash(serialized_event);
create index event_publication_archive_by_completion_date_idx on platform.event_publication_archive (completion_date);
