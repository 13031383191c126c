-- When Sinch's last applied news about a watched resource happened (a callback's payload time, or the time
-- reconciliation asked), so a callback that arrives late never moves the resource back to an older state.
alter table watched_status add column event_at timestamptz;
