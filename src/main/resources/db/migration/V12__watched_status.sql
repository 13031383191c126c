-- The resources at Sinch the portal waits on, and the last state it knows for each. Callbacks and reconciliation
-- both move a row on with a conditional update, so each change is seen once across portal instances.
create table watched_status (
    project_id    uuid         not null,
    kind          varchar(40)  not null,
    resource_id   varchar(300) not null,
    state         varchar(80)  not null,
    settled       boolean      not null,
    watched_since timestamptz  not null,
    changed_at    timestamptz  not null,
    checked_at    timestamptz,
    primary key (project_id, kind, resource_id)
);
create index watched_status_unsettled_ix on watched_status (checked_at nulls first) where not settled;

-- ShedLock's table: one portal instance at a time runs each scheduled job.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
