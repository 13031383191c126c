-- The audit log: one row per fact, never changed or removed. Each row carries the SHA-256 of the previous
-- row's hash and its own canonical form (computed in Java, see docs/audit.md), so an edited, removed or
-- inserted row breaks the chain at a place verification can name.
create table audit_event (
    id                  bigint generated always as identity primary key,
    occurred_at         timestamptz  not null,
    actor               varchar(200) not null,
    actor_roles         varchar(200) not null,
    client_ip           varchar(64),
    user_agent          varchar(512),
    action              varchar(64)  not null,
    project_id          varchar(64),
    resource_type       varchar(64),
    resource_id         varchar(200),
    phase               varchar(16)  not null check (phase in ('ATTEMPT', 'SUCCEEDED', 'FAILED', 'DENIED')),
    correlation_id      uuid         not null,
    request             jsonb,
    before              jsonb,
    after               jsonb,
    upstream_status     integer,
    upstream_error_code varchar(64),
    detail              varchar(1000),
    prev_hash           bytea        not null check (octet_length(prev_hash) = 32),
    hash                bytea        not null check (octet_length(hash) = 32)
);

-- Keyset paging walks id downwards; each filter that narrows the log leads an index ending in id.
create index audit_event_actor_ix on audit_event (actor, id);
create index audit_event_action_ix on audit_event (action, id);
create index audit_event_project_ix on audit_event (project_id, id);
create index audit_event_resource_ix on audit_event (resource_type, resource_id, id);
create index audit_event_correlation_ix on audit_event (correlation_id);
create index audit_event_occurred_ix on audit_event (occurred_at);

-- Append-only: row triggers refuse UPDATE and DELETE; TRUNCATE fires no row trigger, hence the statement trigger.
create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
