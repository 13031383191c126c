-- The states of a watched resource's parts, by name: an RCS launch's countries ("FR") and operators
-- ("FR/Orange"). A change of a part is news even while the resource's own state stays the same.
alter table watched_status add column parts jsonb not null default '{}'::jsonb;
