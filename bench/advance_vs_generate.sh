#!/bin/bash
# advance() against a fresh generate_all at the same later cut, and the checksums that show they
# are equal. Usage (inside pg_virtualenv, with the module installed):
#     pg_virtualenv -v 15 bench/advance_vs_generate.sh 5000 5      # patients, rounds
# Each round, in a transaction that is rolled back, from a CHECKPOINT: advance a schema generated
# at A = 2025-12-01 (a date cut) by 30 days, and generate_all at that later cut into a new schema (the
# fast path: tables created in the transaction, indexes built after the load), order rotated.
# Then, once, the advance by one day, 30 days and 400 days is compared
# table by table (test/lib/checksum.psql) with a fresh generation at each later cut.
set -euo pipefail
cd "$(dirname "$0")/.."
patients=${1:-5000}
rounds=${2:-5}
export PGDATABASE=${PGDATABASE:-postgres}
psql -qX -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION IF NOT EXISTS dentsynth;
DROP SCHEMA IF EXISTS bench_adv CASCADE;
SELECT sum("rows") AS rows_at_a FROM dentsynth.generate_all($patients, as_of => '2025-12-01', target_schema => 'bench_adv');
VACUUM ANALYZE;
SQL
for round in $(seq 1 "$rounds"); do
    sides=(advance generate)
    [ $((round % 2)) -eq 0 ] && sides=(generate advance)
    for side in "${sides[@]}"; do
        psql -qAtX -v ON_ERROR_STOP=1 <<SQL
CHECKPOINT;
BEGIN;
SELECT clock_timestamp() AS t0 \gset
SELECT CASE '$side' WHEN 'advance' THEN (SELECT sum(inserted + updated + deleted) FROM dentsynth.advance('2025-12-31', 'bench_adv'))
       ELSE (SELECT sum("rows") FROM dentsynth.generate_all($patients, as_of => '2025-12-31', target_schema => 'bench_fresh')) END AS written \gset
SELECT format('round $round $side %s s, %s rows written', round(extract(epoch FROM clock_timestamp() - :'t0')::numeric, 2), :'written');
ROLLBACK;
SQL
    done
done
# Equality at the four steps, chained on one schema.
psql -qAtX -v ON_ERROR_STOP=1 <<SQL
\ir test/lib/checksum.psql
CREATE TEMP TABLE generated_tables AS SELECT table_name FROM dentsynth.generate_all(1, as_of => '2023-01-02', target_schema => 'bench_tables')
 WHERE table_name NOT LIKE 'etl\_%';
CREATE FUNCTION pg_temp.step(cut timestamptz) RETURNS text LANGUAGE plpgsql AS \$\$
DECLARE written bigint; differing text; t0 timestamptz := clock_timestamp(); took numeric;
BEGIN
    SELECT sum(inserted + updated + deleted) INTO written FROM dentsynth.advance(cut, 'bench_adv');
    took := round(extract(epoch FROM clock_timestamp() - t0)::numeric, 2);
    EXECUTE 'DROP SCHEMA IF EXISTS bench_ref CASCADE';
    PERFORM dentsynth.generate_all($patients, as_of => cut, target_schema => 'bench_ref');
    SELECT coalesce(string_agg(table_name, ', '), 'none') INTO differing FROM generated_tables
     WHERE pg_temp.checksum(format('SELECT * FROM bench_adv.%I', table_name)) <> pg_temp.checksum(format('SELECT * FROM bench_ref.%I', table_name));
    RETURN format('advance to %s: %s s, %s rows written; tables differing from a fresh generation: %s', cut, took, written, differing);
END \$\$;
SELECT pg_temp.step('2025-12-02');
SELECT pg_temp.step('2026-01-01');
SELECT pg_temp.step('2027-02-05');
SQL
