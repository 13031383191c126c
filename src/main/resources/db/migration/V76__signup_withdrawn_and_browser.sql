-- A revoked link ends its open attempts as WITHDRAWN. The redirect flow's state is bound to the browser that
-- started it: the hash of a random value only that browser's cookie holds, and the page to return to, encrypted
-- under a key derived from that same value, so the database alone cannot turn it back into a link.
alter table signup_attempt drop constraint signup_attempt_status_check;
alter table signup_attempt add constraint signup_attempt_status_check check (status in ('STARTED', 'CODE_RECEIVED',
    'VERIFIED', 'SENDER_REQUESTED', 'ACTIVE', 'ERROR', 'CANCELLED', 'META_ERROR', 'NEEDS_NUMBER', 'WITHDRAWN'));
alter table signup_attempt add column state_browser_hash varchar(64);
alter table signup_attempt add column state_return       varchar(1000);
