-- Embedded Signup: the single-use links specialists send to customers, and every attempt to connect a number.
-- Tokens, nonces and OAuth states are stored as SHA-256 hashes only; Meta's codes and tokens are never stored.
create table signup_link (
    id                 uuid         primary key,
    seq                bigint       generated always as identity,
    project_id         uuid         not null,
    token_hash         varchar(64)  not null unique,
    region             varchar(2)   not null,
    meta_local_storage varchar(2)   not null,
    created_by         varchar(100) not null,
    created_at         timestamptz  not null,
    expires_at         timestamptz  not null,
    revoked_at         timestamptz,
    revoked_by         varchar(100),
    used_at            timestamptz
);
create index signup_link_project_ix on signup_link (project_id, seq desc);

create table signup_attempt (
    id                  uuid          primary key,
    seq                 bigint        generated always as identity,
    project_id          uuid          not null,
    link_id             uuid          references signup_link (id),
    started_by          varchar(100)  not null,
    flow                varchar(20)   not null check (flow in ('POPUP', 'REDIRECT')),
    status              varchar(20)   not null check (status in ('STARTED', 'CODE_RECEIVED', 'VERIFIED',
                            'SENDER_REQUESTED', 'ACTIVE', 'ERROR', 'CANCELLED', 'META_ERROR', 'NEEDS_NUMBER')),
    nonce_hash          varchar(64)   not null unique,
    nonce_expires_at    timestamptz   not null,
    state_hash          varchar(64)   unique,
    state_expires_at    timestamptz,
    state_used_at       timestamptz,
    region              varchar(2)    not null,
    meta_local_storage  varchar(2)    not null,
    meta_event          varchar(60),
    waba_id             varchar(40),
    phone_number_id     varchar(40),
    business_id         varchar(40),
    phone_choices       text,
    sender_id           varchar(64),
    current_step        varchar(60),
    error_code          varchar(40),
    error_message       varchar(500),
    session_id          varchar(100),
    failure_code        varchar(80),
    failure             varchar(1000),
    started_at          timestamptz   not null,
    code_received_at    timestamptz,
    verified_at         timestamptz,
    sender_requested_at timestamptz,
    finished_at         timestamptz,
    updated_at          timestamptz   not null
);
create index signup_attempt_project_ix on signup_attempt (project_id, seq desc);
create index signup_attempt_link_ix on signup_attempt (link_id, seq desc);
create index signup_attempt_sender_ix on signup_attempt (project_id, sender_id);
