-- One table of one-time form tokens for every form that makes something at Sinch: the first submit claims its token,
-- so a double submit makes one thing. A token issued for a project and user carries both; one made up by the page
-- (comment forms) has neither. The claim remembers where its result is shown.
create table one_time_form (
    token       uuid         primary key,
    project_id  uuid,
    username    varchar(100),
    created_at  timestamptz  not null,
    claimed_at  timestamptz,
    result_path varchar(300)
);
create index one_time_form_created_ix on one_time_form (created_at);
