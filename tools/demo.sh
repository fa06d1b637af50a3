#!/bin/bash
# The main job: a local PostgreSQL 15 cluster (created once, reused), the dentsynth database with
# the extension, a generated practice of N patients (default 5000) in raw, and its summary: rows
# per table, the practice's money, the validate() checks and, beside them, the profile(): the key
# figures an owner reads, each with its benchmark range.
set -euo pipefail
patients=${1:-5000}
port=${DENTSYNTH_PORT:-5499}
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "15/dentsynth"; then
    $SUDO pg_createcluster 15 dentsynth -p "$port" >/dev/null
fi
$SUDO pg_ctlcluster 15 dentsynth start 2>/dev/null || true
as_postgres() { $SUDO -u postgres "$@"; }
[ "$(id -u)" -eq 0 ] && as_postgres() { runuser -u postgres -- "$@"; }
as_postgres psql -X -q -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'dentsynth'" | grep -q 1 \
    || as_postgres createdb -p "$port" dentsynth
as_postgres psql -X -q -p "$port" -d dentsynth -v ON_ERROR_STOP=1 <<SQL
-- The extension is recreated on every run so its functions match the library just installed
-- (the raw tables do not belong to it and keep their rows).
DROP EXTENSION IF EXISTS dentsynth;
CREATE EXTENSION dentsynth;
\echo 'generating $patients patients into raw (replacing what dentsynth wrote before)'
\timing on
SELECT * FROM dentsynth.generate_all($patients, replace => true) ORDER BY table_name;
\timing off
\echo 'the practice''s money (tools/billing_report.sql)'
\i $(cd "$(dirname "$0")" && pwd)/billing_report.sql
\echo 'checks (dentsynth.validate())'
SELECT category, count(*) AS checks, count(*) FILTER (WHERE passed) AS passed, sum(violations) AS violations
  FROM dentsynth.validate() GROUP BY category ORDER BY category;
\echo 'the practice''s key figures against published benchmarks (dentsynth.profile(); docs/PROFILE.md)'
SELECT kpi, value, unit, target_low, target_high, in_range FROM dentsynth.profile();
SQL
