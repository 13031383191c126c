-- One row per template create form that was sent: a second submit of the same form finds its token taken and
-- makes nothing, so a double click creates one template.
create table whatsapp_template_submission (
    token         uuid         primary key,
    project_id    uuid         not null,
    template_name varchar(512) not null,
    language      varchar(10)  not null,
    submitted_at  timestamptz  not null
);
create index whatsapp_template_submission_at_ix on whatsapp_template_submission (submitted_at);
