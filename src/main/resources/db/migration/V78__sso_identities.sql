-- Accounts at the single sign-on provider, matched on issuer and subject only: a user name or e-mail address the
-- provider claims never links a provider account to an existing portal user.
create table user_identity (
    issuer          varchar(255) not null,
    subject         varchar(255) not null,
    user_id         bigint       not null references portal_user (id) on delete cascade,
    email           varchar(320),
    created_at      timestamptz  not null,
    last_sign_in_at timestamptz  not null,
    primary key (issuer, subject)
);
create unique index user_identity_user_uk on user_identity (user_id);

-- Provider groups whose members join a team with a role; applied at each of their sign-ins.
create table team_group (
    team_id    bigint       not null references team (id) on delete cascade,
    group_name varchar(200) not null,
    role       varchar(16)  not null check (role in ('VIEWER', 'ONBOARDER', 'AUDITOR')),
    primary key (team_id, group_name)
);
create index team_group_name_ix on team_group (group_name);
