-- Pages ask whether Sinch said anything about one resource since they were shown.
create index callback_receipt_resource_ix on callback_receipt (project_id, resource_type, resource_id, received_at desc);

-- A category Meta has announced it will give a template later (WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE); the
-- template's own category changes only when Meta applies it, so the portal keeps the announcement until then.
create table template_category_notice (
    project_id      uuid         not null,
    template_name   varchar(512) not null,
    language        varchar(16)  not null,
    future_category varchar(40)  not null,
    announced_at    timestamptz  not null,
    primary key (project_id, template_name, language)
);
