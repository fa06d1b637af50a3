-- Same seed, same data: two runs with one seed give identical tables (per-table checksums
-- computed in SQL), also when one runs the generator on the backend's own thread and the other on
-- its worker thread (dentsynth.generate_on_worker_thread); two seeds differ; and an entity's rows
-- do not depend on which other entities share the call.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

\ir lib/checksum.psql

CREATE TEMP TABLE run_a AS SELECT * FROM dentsynth.generate_all(400, seed => 7, as_of => '2025-06-30', target_schema => 'run_a');
SET LOCAL dentsynth.generate_on_worker_thread = off;
CREATE TEMP TABLE run_b AS SELECT * FROM dentsynth.generate_all(400, seed => 7, as_of => '2025-06-30', target_schema => 'run_b');
RESET dentsynth.generate_on_worker_thread;
CREATE TEMP TABLE run_c AS SELECT * FROM dentsynth.generate_all(400, seed => 8, as_of => '2025-06-30', target_schema => 'run_c');

-- The patients' tables: those part 2 of 2 writes (the practice is written by part 1 only). Their
-- rows come from the patients' own engines, so another seed must change every one of them.
CREATE TEMP TABLE patient_tables AS
SELECT table_name FROM dentsynth.generate_all(400, seed => 7, as_of => '2025-06-30', target_schema => 'run_part2', part => 2, parts => 2)
 WHERE rows > 0 AND table_name NOT LIKE 'etl\_%';
CREATE TEMP TABLE producers (table_name text, level text, produced_by text);
\copy producers FROM 'schema/producers.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)

SELECT plan(5 + (SELECT count(*)::int FROM run_a WHERE rows > 0) + (SELECT count(*)::int FROM patient_tables));

SELECT set_eq('SELECT * FROM run_a', 'SELECT * FROM run_b', 'one seed gives the same row counts');
-- An empty table is the same under any seed: the tables compared below are those with rows.
SELECT is((SELECT array_agg(table_name ORDER BY table_name) FROM run_a WHERE rows = 0), ARRAY['clinic'],
          'every table has rows at 400 patients but raw.clinic (empty by design)');

SELECT is(pg_temp.checksum(format('SELECT * FROM run_b.%I', table_name)), pg_temp.checksum(format('SELECT * FROM run_a.%I', table_name)),
          format('seed 7 twice (worker thread, then one thread): raw.%s is identical', table_name))
  FROM run_a WHERE rows > 0 ORDER BY table_name;

-- Every patients' table differs under another seed; of the practice's tables, fixed catalogues
-- may coincide, but the practice as a whole must not (at least eight of its tables differ, below).
SELECT is((SELECT array_agg(p.table_name ORDER BY p.table_name) FROM producers p
            WHERE p.level = 'patient' AND p.table_name NOT IN (SELECT table_name FROM patient_tables)), NULL,
          'part 2 of 2 writes every patients'' table of schema/producers.tsv');
SELECT ok(pg_temp.checksum(format('SELECT * FROM run_c.%I', table_name)) <> pg_temp.checksum(format('SELECT * FROM run_a.%I', table_name)),
          format('seed 8: raw.%s differs from seed 7', table_name))
  FROM patient_tables ORDER BY table_name;
SELECT cmp_ok((SELECT count(*) FROM run_a a
                WHERE a.rows > 0 AND a.table_name NOT LIKE 'etl\_%' AND a.table_name NOT IN (SELECT table_name FROM patient_tables)
                  AND pg_temp.checksum(format('SELECT * FROM run_c.%I', a.table_name)) <> pg_temp.checksum(format('SELECT * FROM run_a.%I', a.table_name))),
              '>=', 8::bigint, 'at least eight of the practice''s tables differ between seeds 7 and 8');

-- An entity does not depend on its neighbours: the 40 employers of a
-- 400-patient practice are the first 40 of a 4000-patient practice.
SELECT is(pg_temp.checksum('SELECT * FROM dentsynth.generate_employers(4000, seed => 7, as_of => ''2024-06-30'') WHERE "EmployerNum" <= 40'),
          pg_temp.checksum('SELECT * FROM run_a.employer WHERE "EmployerNum" <= 40'),
          'employer rows do not depend on how many employers the call makes');

SELECT * FROM finish();
ROLLBACK;
