-- Tables created or truncated in the calling transaction are loaded without index maintenance and
-- their indexes rebuilt once at the end (dentsynth.build_indexes_after_load, default on): the
-- indexes come out valid and complete (a user's own index too), a duplicate key still fails with
-- 23505, and the rows are the same as with row-by-row index maintenance.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
\ir lib/checksum.psql
SELECT plan(8);

-- New tables, with a user's own extra index.
SELECT * FROM dentsynth.create_raw_schema('fresh') \g /dev/null
CREATE INDEX patient_by_name ON fresh.patient ("LName", "FName");
SELECT * FROM dentsynth.generate_all(300, as_of => '2024-12-31', target_schema => 'fresh') \g /dev/null
-- (The setting exists once the module is loaded, by the first call.)
SELECT is(current_setting('dentsynth.build_indexes_after_load'), 'on', 'indexes are rebuilt after the load by default');
SELECT is((SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'fresh' AND NOT (i.indisvalid AND i.indisready AND i.indislive)), 0::bigint, 'every index is valid and ready');
CREATE TEMP TABLE heap_counts AS SELECT (SELECT count(*) FROM fresh.procedurelog) AS procedures;
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
SELECT is((SELECT count(*) FROM fresh.procedurelog WHERE "ProcNum" > 0), (SELECT procedures FROM heap_counts),
          'an index scan of the primary key finds every row');
SELECT is((SELECT count(*) FROM fresh.patient WHERE "LName" > ''), 300::bigint, 'a user''s own index holds every row');
RESET enable_seqscan;
RESET enable_bitmapscan;

-- The same rows with row-by-row index maintenance.
SET LOCAL dentsynth.build_indexes_after_load = off;
SELECT * FROM dentsynth.generate_all(300, as_of => '2024-12-31', target_schema => 'rowwise') \g /dev/null
RESET dentsynth.build_indexes_after_load;
SELECT is(pg_temp.checksum('SELECT * FROM rowwise.paysplit'), pg_temp.checksum('SELECT * FROM fresh.paysplit'), 'the rows do not depend on the setting (paysplit)');
SELECT is(pg_temp.checksum('SELECT * FROM rowwise.procedurelog'), pg_temp.checksum('SELECT * FROM fresh.procedurelog'), 'the rows do not depend on the setting (procedurelog)');

-- Duplicates are still caught: loading the same rows twice into tables new in this transaction.
SELECT * FROM dentsynth.generate_all(300, as_of => '2024-12-31', target_schema => 'fresh_part', part => 2, parts => 2) \g /dev/null
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(300, as_of => '2024-12-31', target_schema => 'fresh_part', part => 2, parts => 2)$$,
                 '23505', NULL, 'a duplicate key found by the rebuild fails with 23505');
SELECT is((SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('fresh', 'rowwise') AND NOT i.indisvalid), 0::bigint, 'the failed load left no invalid index behind');

SELECT * FROM finish();
ROLLBACK;
