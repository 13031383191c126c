-- A user's second factor: an authenticator app's key (TOTP, RFC 6238), encrypted like the projects' secrets. A row
-- without confirmed_at is an enrolment still waiting for its first code, and asks nothing at sign-in.
create table user_second_factor (
    user_id          bigint      primary key references portal_user (id) on delete cascade,
    secret_encrypted text        not null,
    created_at       timestamptz not null,
    confirmed_at     timestamptz,
    -- The time step of the last code accepted: a code, or an older one, is never accepted again.
    last_used_step   bigint,
    -- Wrong codes since the last right one; too many lock the account like too many wrong passwords.
    failed_codes     integer     not null default 0,
    locked_until     timestamptz
);

-- One-use recovery codes, as SHA-256 digests of random codes (80 bits each, so a digest needs no slow hash).
create table user_recovery_code (
    user_id   bigint   not null references user_second_factor (user_id) on delete cascade,
    code_hash char(64) not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);
