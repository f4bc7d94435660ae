#!/bin/sh
# Creates Temporal's schemas on first start and upgrades them to this image's version afterwards;
# both steps are no-ops when the schema is current. The databases exist already (postgres-init.sh).
# SQL_PASSWORD comes from the environment.
set -eu
for store in temporal:temporal temporal_visibility:visibility; do
  database=${store%%:*}
  schema=${store##*:}
  temporal-sql-tool --plugin postgres12 --ep postgres -p 5432 -u temporal --db "$database" setup-schema -v 0.0
  temporal-sql-tool --plugin postgres12 --ep postgres -p 5432 -u temporal --db "$database" \
    update-schema -d "/etc/temporal/schema/postgresql/v12/$schema/versioned"
done
