-- The bundles the portal asked Sinch for: who asked and when, and when the portal learnt they finished. Sinch's
-- bundle itself is always read live; these are the portal's own timestamps for the progress view.
create table sms_bundle_request (
    project_id   uuid         not null,
    bundle_id    varchar(40)  not null,
    requested_by varchar(100) not null,
    requested_at timestamptz  not null,
    finished_at  timestamptz,
    final_state  varchar(40),
    primary key (project_id, bundle_id)
);
