-- Every generate_<table>() returns exactly the rows generate_all() writes into that table for
-- the same arguments, in the contract's column order (INSERT ... SELECT * works).
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

CREATE TEMP TABLE counts AS SELECT * FROM dentsynth.generate_all(300, seed => 11, as_of => '2024-03-31', target_schema => 'srf_all');
-- The ETL bookkeeping describes the load itself: written by generate_all only, no function of its own.
DELETE FROM counts WHERE table_name LIKE 'etl\_%';
-- The function that returns each generated table's type.
CREATE TEMP TABLE table_functions AS
SELECT c.table_name, p.proname::text AS function_name
  FROM counts c JOIN pg_proc p ON p.prorettype = ('dentsynth.' || quote_ident(c.table_name))::regtype
 WHERE p.pronamespace = 'dentsynth'::regnamespace AND p.proretset;

-- Patient links are rare (none among 300 patients): raw.patientlink is compared in a slice of a
-- 5000-patient call (part 44 of 50, which has some).
SELECT * FROM dentsynth.generate_all(5000, seed => 11, as_of => '2024-03-31', target_schema => 'srf_large', part => 44, parts => 50) \g /dev/null
CREATE TEMP TABLE sparse (table_name text, function_name text);
INSERT INTO sparse VALUES ('patientlink', 'generate_patientlinks');

SELECT plan(3 + 2 * (SELECT count(*)::int FROM sparse) + (SELECT count(*)::int FROM counts WHERE rows > 0) + (SELECT count(*)::int FROM counts));

SELECT is((SELECT count(*) FROM table_functions), (SELECT count(*) FROM counts), 'every generated table has its set-returning function');
SELECT is((SELECT count(*) FROM pg_proc WHERE pronamespace = 'dentsynth'::regnamespace AND proretset AND proname LIKE 'generate\_%'
             AND proname <> 'generate_all'), (SELECT count(*) FROM counts), 'and there is no function for a table generate_all does not fill');

-- Two empty results are equal whatever the function does: the rows are compared for the tables
-- with rows.
SELECT is((SELECT array_agg(table_name ORDER BY table_name) FROM counts WHERE rows = 0), ARRAY['clinic', 'patientlink'],
          'every table has rows at 300 patients but raw.clinic (empty by design) and raw.patientlink (compared at 5000 patients)');
SELECT bag_eq(format('SELECT * FROM dentsynth.%I(300, seed => 11, as_of => ''2024-03-31'')', function_name),
              format('SELECT * FROM srf_all.%I', table_name),
              format('dentsynth.%s() returns the rows of raw.%s', function_name, table_name))
  FROM table_functions f WHERE (SELECT rows FROM counts c WHERE c.table_name = f.table_name) > 0 ORDER BY table_name;
\ir lib/row_count.psql
SELECT cmp_ok(pg_temp.row_count('srf_large', table_name), '>', 0::bigint, format('part 44 of 50 of 5000 patients has rows of raw.%s', table_name))
  FROM sparse ORDER BY table_name;
SELECT bag_eq(format('SELECT * FROM dentsynth.%I(5000, seed => 11, as_of => ''2024-03-31'', part => 44, parts => 50)', function_name),
              format('SELECT * FROM srf_large.%I', table_name),
              format('dentsynth.%s() returns the rows of raw.%s (5000 patients, part 44 of 50)', function_name, table_name))
  FROM sparse ORDER BY table_name;

SELECT * FROM dentsynth.create_raw_schema('srf_insert') \g /dev/null
SELECT lives_ok(format('INSERT INTO srf_insert.%I SELECT * FROM dentsynth.%I(300, seed => 11, as_of => ''2024-03-31'')', table_name, function_name),
                format('INSERT INTO raw.%s SELECT * FROM dentsynth.%s() works', table_name, function_name))
  FROM table_functions ORDER BY table_name;

SELECT * FROM finish();
ROLLBACK;
