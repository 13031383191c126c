-- When and by whom a webhook's secret was last set through the portal. Sinch never returns a secret, and the
-- portal keeps none of its customers' webhook secrets: this is all the pages can say about one.
create table webhook_secret_set (
    project_id uuid         not null,
    webhook_id varchar(64)  not null,
    set_at     timestamptz  not null,
    set_by     varchar(200) not null,
    primary key (project_id, webhook_id)
);
