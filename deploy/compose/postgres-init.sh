#!/bin/sh
# Runs once, when the postgres container first creates its data folder: one role and database for
# the application, one role owning Temporal's two databases. The superuser stays for the DBA.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_password="$QOLTANBA_DB_PASSWORD" -v temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE qoltanba LOGIN PASSWORD :'app_password';
CREATE DATABASE qoltanba OWNER qoltanba;
CREATE ROLE temporal LOGIN PASSWORD :'temporal_password';
CREATE DATABASE temporal OWNER temporal;
CREATE DATABASE temporal_visibility OWNER temporal;
SQL
