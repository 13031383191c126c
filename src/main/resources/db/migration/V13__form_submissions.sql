-- One-time tokens of forms that add something at Sinch with no idempotency key of its own (comments): the first
-- submit takes its token, a repeated submit of the same page finds it taken and sends nothing.
create table form_submission (
    token        uuid        not null primary key,
    purpose      varchar(60) not null,
    submitted_at timestamptz not null
);
create index form_submission_submitted_at_ix on form_submission (submitted_at);
