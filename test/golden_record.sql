-- The golden record: the output of one fixed generation (its arguments are in
-- test/golden/generation.psql) is compared, table by table, with the row counts and checksums
-- committed in test/golden/record.psql. Any change to the generator's output fails here, naming
-- each table that changed.
--
-- A change of output is made on purpose: regenerate the record with the module built from the
-- changed tree installed,
--     make install && pg_virtualenv -v 15 tools/update_golden_record.sh
-- (or tools/update_golden_record.sh against the database the PG* variables name), and commit the
-- record in the same commit as the change, with a line in CHANGELOG.md saying what changed and
-- why. A refactor that keeps the output leaves this suite passing untouched.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

\ir lib/checksum.psql
\ir golden/generation.psql

CREATE TEMP TABLE golden_record (table_name text PRIMARY KEY, rows bigint NOT NULL, checksum text NOT NULL);
\ir golden/record.psql

SELECT plan(1 + 2 * (SELECT count(*)::int FROM golden_record));

SELECT set_eq('SELECT table_name FROM golden_now', 'SELECT table_name FROM golden_record',
              'the generation creates exactly the tables the record holds');

-- Per table its row count, then its checksum (sorted first: pgTAP numbers tests as they run).
SELECT CASE s.kind
         WHEN 1 THEN is(s.rows_now, s.rows_recorded, format('%s: %s rows, as recorded', s.table_name, s.rows_recorded))
         ELSE is(s.checksum_now, s.checksum_recorded, format('%s: checksum as recorded', s.table_name))
       END
  FROM (SELECT r.table_name, k.kind, n.rows AS rows_now, r.rows AS rows_recorded, n.checksum AS checksum_now, r.checksum AS checksum_recorded
          FROM golden_record r LEFT JOIN golden_now n USING (table_name) CROSS JOIN (VALUES (1), (2)) AS k(kind)
         ORDER BY r.table_name, k.kind) s
 ORDER BY s.table_name, s.kind;

SELECT * FROM finish();
ROLLBACK;
