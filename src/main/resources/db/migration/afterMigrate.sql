-- After every migration, run as the schema owner: when this installation has the restricted role portal_app
-- (docker-compose.yml creates it, docs/least-privilege.sql hands an existing installation over to it), it may use
-- every table, including those this migration added, but only add and read audit rows. Idempotent.
do $$
begin
    if exists (select from pg_roles where rolname = 'portal_app') then
        grant usage on schema public to portal_app;
        grant select, insert, update, delete on all tables in schema public to portal_app;
        grant usage, select on all sequences in schema public to portal_app;
        revoke update, delete, truncate, references, trigger on audit_event from portal_app;
        revoke insert, update, delete, truncate on flyway_schema_history from portal_app;
    end if;
end
$$;
