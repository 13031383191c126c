-- Teams decide who may act on which project: a member holds one role in a team, and a user's role on a project is
-- the highest role they hold in any team that has it. Administrators stay global; an auditor in no team is global.
create table team (
    id         bigint generated always as identity primary key,
    name       varchar(100) not null,
    created_at timestamptz  not null default now()
);
create unique index team_name_uk on team (lower(name));

create table team_member (
    team_id bigint      not null references team (id) on delete cascade,
    user_id bigint      not null references portal_user (id) on delete cascade,
    role    varchar(16) not null check (role in ('VIEWER', 'ONBOARDER', 'AUDITOR')),
    primary key (team_id, user_id)
);
create index team_member_user_ix on team_member (user_id);

-- Deleting a team that still has projects is refused by the portal; the restrict keeps SQL from doing it either.
create table team_project (
    team_id    bigint not null references team (id) on delete restrict,
    project_id uuid   not null references sinch_project (project_id) on delete cascade,
    primary key (team_id, project_id)
);
create index team_project_project_ix on team_project (project_id);

-- Existing installations: one team holding every project, with every viewer and onboarder in their current role,
-- so nothing changes for anyone until an administrator splits it. Existing auditors are in no team: global auditors.
insert into team (name) values ('Everyone');
insert into team_project (team_id, project_id)
select t.id, p.project_id from team t cross join sinch_project p where t.name = 'Everyone';
insert into team_member (team_id, user_id, role)
select t.id, u.id, u.role from team t cross join portal_user u
where t.name = 'Everyone' and u.role in ('VIEWER', 'ONBOARDER');
