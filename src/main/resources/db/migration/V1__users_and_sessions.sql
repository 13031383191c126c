-- Portal users. Roles are a closed set; the check keeps a typo in SQL from creating a role nobody can use.
create table portal_user (
    id                   bigint generated always as identity primary key,
    username             varchar(64)  not null,
    password_hash        varchar(255) not null,
    role                 varchar(16)  not null check (role in ('VIEWER', 'ONBOARDER', 'AUDITOR', 'ADMIN')),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    created_at           timestamptz  not null,
    password_changed_at  timestamptz  not null,
    version              bigint       not null default 0
);
-- User names are unique regardless of case, so "Anna" and "anna" cannot be two people.
create unique index portal_user_username_uk on portal_user (lower(username));

-- Failed sign-ins per (lower-cased) user name, whether or not that user exists, so a lock says nothing
-- about which names are real. Kept in the database so several portal instances share one count.
create table sign_in_throttle (
    username_key     varchar(64) primary key,
    failures         integer     not null,
    window_start     timestamptz not null,
    locked_until     timestamptz
);

-- Spring Session JDBC (sessions shared by every portal instance); the layout Spring Session expects.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
