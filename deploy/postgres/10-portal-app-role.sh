#!/bin/sh
# Runs once, when PostgreSQL's volume is new (the image runs /docker-entrypoint-initdb.d/ then), as the owner:
# creates the restricted role the portal connects as. Its grants come from the portal's migrations
# (afterMigrate.sql), which Flyway runs as the owner at every start, so tables added by upgrades are covered too.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set app_password="$PORTAL_DB_APP_PASSWORD" <<'SQL'
select format('create role portal_app login password %L', :'app_password')
 where not exists (select from pg_roles where rolname = 'portal_app') \gexec
SQL
