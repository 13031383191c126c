-- Failed sign-ins, counted per account (by its id), per name that is no account (by a digest of the name as the
-- user lookup lower-cases it, so a password typed into the name field is not stored) and per client address.
-- An attempt is counted before its password is checked, and the count is given back when it succeeds, so parallel
-- attempts cannot pass the limit. In the database so every portal instance shares the counts and locks.
-- sign_in_throttle stays for the previous version's instances during a rolling update; a later migration drops it.
create table sign_in_limit (
    limit_key    varchar(80) primary key,
    failures     integer     not null,
    window_start timestamptz not null,
    locked_until timestamptz
);
