-- Hands the portal a database role that may only add and read audit rows. Idempotent: run it again after an
-- upgrade that added tables. Run as the schema owner (the user Flyway migrates with), in the portal's database:
--   psql "$OWNER_URL" -v app_password="'a strong password'" -f docs/least-privilege.sql
-- Then give the portal SPRING_DATASOURCE_USERNAME=portal_app and that password, and keep the owner's credentials
-- for Flyway alone (SPRING_FLYWAY_USER, SPRING_FLYWAY_PASSWORD).
select format('create role portal_app login password %s', :app_password)
 where not exists (select from pg_roles where rolname = 'portal_app') \gexec

grant usage on schema public to portal_app;
grant select, insert, update, delete on all tables in schema public to portal_app;
grant usage, select on all sequences in schema public to portal_app;
-- The audit log: add and read, nothing else. Its triggers refuse changes anyway; without these privileges and
-- without ownership, this role cannot switch them off either.
revoke update, delete, truncate on audit_event from portal_app;
-- Tables and sequences the owner creates later (Flyway) are usable too; audit tables must be revoked as above.
alter default privileges in schema public grant select, insert, update, delete on tables to portal_app;
alter default privileges in schema public grant usage, select on sequences to portal_app;
