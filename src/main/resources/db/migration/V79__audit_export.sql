-- Each audit export's progress, in the database so that whichever instance a page's poll reaches can show it.
-- written moves in batches (see AuditExports), not per row; finished exports are deleted a day later.
create table audit_export (
    id             uuid        primary key,
    username       varchar(64) not null,
    format         varchar(8)  not null check (format in ('CSV', 'JSONL')),
    filter_summary text        not null,
    total          bigint,
    written        bigint      not null default 0,
    state          varchar(8)  not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    failure        varchar(16) check (failure in ('CLIENT_GONE', 'SERVER')),
    started_at     timestamptz not null,
    updated_at     timestamptz not null,
    finished_at    timestamptz
);
create index audit_export_finished_ix on audit_export (finished_at) where finished_at is not null;
create index audit_export_running_ix on audit_export (updated_at) where state = 'RUNNING';
