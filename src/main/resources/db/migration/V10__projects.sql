-- The Sinch projects the portal manages. The id is Sinch's project id and never changes.
-- Secrets are AES-GCM ciphertexts (base64) under PORTAL_ENCRYPTION_KEY; the plain values never reach the database.
create table sinch_project (
    project_id                  uuid         primary key,
    display_name                varchar(100) not null,
    key_id                      varchar(200) not null,
    key_secret_encrypted        text         not null,
    auth_mode                   varchar(8)   not null check (auth_mode in ('OAUTH2', 'BASIC')),
    callback_secret_encrypted   text,
    callback_webhook_id         varchar(64),
    created_at                  timestamptz  not null,
    created_by                  varchar(64)  not null,
    credentials_changed_at      timestamptz  not null,
    credentials_changed_by      varchar(64)  not null,
    version                     bigint       not null default 0
);
create unique index sinch_project_display_name_uk on sinch_project (lower(display_name));
