-- A change sent to Sinch whose answer never came: its outcome is UNKNOWN until the portal asks Sinch and appends
-- the settled outcome under the same correlation id.
alter table audit_event drop constraint audit_event_phase_check;
alter table audit_event add constraint audit_event_phase_check
    check (phase in ('ATTEMPT', 'SUCCEEDED', 'FAILED', 'DENIED', 'UNKNOWN'));
-- The settling job looks for these among every row; there are few.
create index audit_event_unknown_ix on audit_event (id) where phase = 'UNKNOWN';
