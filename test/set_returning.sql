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

SELECT plan(2 + 2 * (SELECT count(*)::int FROM counts));

SELECT is((SELECT count(*) FROM table_functions), (SELECT count(*) FROM counts), 'every generated table has its set-returning function');
SELECT is((SELECT count(*) FROM pg_proc WHERE pronamespace = 'dentsynth'::regnamespace AND proretset AND proname LIKE 'generate\_%'
             AND proname <> 'generate_all'), (SELECT count(*) FROM counts), 'and there is no function for a table generate_all does not fill');

SELECT bag_eq(format('SELECT * FROM dentsynth.%I(300, seed => 11, as_of => ''2024-03-31'')', function_name),
              format('SELECT * FROM srf_all.%I', table_name),
              format('dentsynth.%s() returns the rows of raw.%s', function_name, table_name))
  FROM table_functions ORDER BY table_name;

SELECT * FROM dentsynth.create_raw_schema('srf_insert') \g /dev/null
SELECT lives_ok(format('INSERT INTO srf_insert.%I SELECT * FROM dentsynth.%I(300, seed => 11, as_of => ''2024-03-31'')', table_name, function_name),
                format('INSERT INTO raw.%s SELECT * FROM dentsynth.%s() works', table_name, function_name))
  FROM table_functions ORDER BY table_name;

SELECT * FROM finish();
ROLLBACK;
