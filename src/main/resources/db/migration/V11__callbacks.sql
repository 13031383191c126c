-- Nonces of Sinch callbacks seen within the freshness window: a replayed request is answered but has no effect.
create table callback_nonce (
    project_id  uuid        not null,
    nonce       varchar(200) not null,
    received_at timestamptz not null,
    primary key (project_id, nonce)
);
create index callback_nonce_received_at_ix on callback_nonce (received_at);

-- One row per distinct event Sinch told us about. Sinch signs each retry anew, so de-duplication is by what the
-- event says (type, resource, state, payload digest), not by nonce.
create table callback_receipt (
    id            bigint generated always as identity primary key,
    project_id    uuid         not null,
    received_at   timestamptz  not null,
    event_type    varchar(100) not null,
    resource_type varchar(40)  not null,
    resource_id   varchar(200),
    state         varchar(60),
    event_key     char(64)     not null,
    constraint callback_receipt_event_uk unique (project_id, event_key)
);
create index callback_receipt_project_ix on callback_receipt (project_id, received_at desc);
