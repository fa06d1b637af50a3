-- The generation record (dentsynth.generation): generate_all records, in the caller's
-- transaction, the arguments of the generation it wrote into a schema and the rows it wrote per
-- table; a single call replaces the schema's record, each part of a partitioned generation adds
-- itself (parts_loaded, table_rows summed), and a part of another generation is refused. The table
-- belongs to the extension (pg_dump keeps its rows), anyone may read it, only the functions write it.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(19);

-- The library's generator version, from its one home.
CREATE TEMP TABLE version_source (line text);
\copy version_source FROM 'src/core/generator_version.hpp' WITH (FORMAT text, DELIMITER E'\x01')
CREATE TEMP VIEW library_version AS
SELECT substring(line FROM 'kGeneratorVersion = "([^"]*)"') AS version FROM version_source WHERE line LIKE '%kGeneratorVersion =%';

CREATE TEMP TABLE single AS
SELECT * FROM dentsynth.generate_all(300, seed => 7, start_date => '2023-03-01', as_of => '2024-06-30 10:30', target_schema => 'g_single');
CREATE TEMP VIEW single_rows AS SELECT jsonb_object_agg(table_name, "rows") AS j FROM single WHERE table_name NOT LIKE 'etl\_%';

SELECT is((SELECT (seed, patients, start_date, as_of, cut, parts, parts_loaded) FROM dentsynth.generation WHERE target_schema = 'g_single'),
          (7::bigint, 300, '2023-03-01'::date, '2024-06-30 10:30'::timestamptz, '2024-06-30 10:30'::timestamp, 1, '{1}'::int[]),
          'a single call records its arguments, its cut and its one part');
SELECT is((SELECT generator_version FROM dentsynth.generation WHERE target_schema = 'g_single'), (SELECT version FROM library_version),
          'the record names the library''s generator version (src/core/generator_version.hpp)');
SELECT is((SELECT table_rows FROM dentsynth.generation WHERE target_schema = 'g_single'), (SELECT j FROM single_rows),
          'table_rows holds the rows written per generated table, as the call returned them');
SELECT is((SELECT count(*) FROM dentsynth.generation g, jsonb_each_text(g.table_rows) t
            WHERE g.target_schema = 'g_single' AND t.value::bigint <> (xpath('/row/c/text()',
                  query_to_xml(format('SELECT count(*) AS c FROM g_single.%I', t.key), false, true, '')))[1]::text::bigint), 0::bigint,
          'and every count is the table''s row count');
SELECT is((SELECT generated_at FROM dentsynth.generation WHERE target_schema = 'g_single'), now(),
          'generated_at is the time of the generating transaction');
SELECT ok((SELECT advanced_at IS NULL FROM dentsynth.generation WHERE target_schema = 'g_single'), 'a fresh generation was never advanced');

-- replace => true replaces the record with the new generation's.
SELECT * FROM dentsynth.generate_all(200, seed => 8, as_of => '2024-01-31', target_schema => 'g_single', replace => true) \g /dev/null
SELECT is((SELECT (seed, patients, as_of, parts_loaded, (table_rows->>'patient')::bigint) FROM dentsynth.generation WHERE target_schema = 'g_single'),
          (8::bigint, 200, '2024-01-31'::timestamptz, '{1}'::int[], (SELECT count(*) FROM g_single.patient)),
          'replace => true replaces the record');
SELECT is((SELECT count(*) FROM dentsynth.generation WHERE target_schema = 'g_single'), 1::bigint, 'one record per schema');

-- The record is part of the caller's transaction.
SAVEPOINT before_rollback;
SELECT * FROM dentsynth.generate_all(100, seed => 9, as_of => '2024-01-31', target_schema => 'g_single', replace => true) \g /dev/null
ROLLBACK TO SAVEPOINT before_rollback;
SELECT is((SELECT seed FROM dentsynth.generation WHERE target_schema = 'g_single'), 8::bigint, 'a rolled-back generation leaves the record as it was');

-- The parts of a generation, in any order, add up to the single call's record.
SELECT * FROM dentsynth.generate_all(300, seed => 7, start_date => '2023-03-01', as_of => '2024-06-30 10:30', target_schema => 'g_parts',
                                     part => 2, parts => 3) \g /dev/null
SELECT is((SELECT (parts, parts_loaded, (table_rows->>'patient')::bigint, table_rows ? 'provider') FROM dentsynth.generation WHERE target_schema = 'g_parts'),
          (3, '{2}'::int[], (SELECT count(*) FROM g_parts.patient), false),
          'a part records itself: parts_loaded, and the rows of the tables it writes (no practice table but with part 1)');
SELECT * FROM dentsynth.generate_all(300, seed => 7, start_date => '2023-03-01', as_of => '2024-06-30 10:30', target_schema => 'g_parts',
                                     part => 3, parts => 3) \g /dev/null
SELECT * FROM dentsynth.generate_all(300, seed => 7, start_date => '2023-03-01', as_of => '2024-06-30 10:30', target_schema => 'g_parts',
                                     part => 1, parts => 3) \g /dev/null
SELECT is((SELECT parts_loaded FROM dentsynth.generation WHERE target_schema = 'g_parts'), '{1,2,3}'::int[], 'parts 2, 3, 1 are recorded sorted');
SELECT is((SELECT table_rows FROM dentsynth.generation WHERE target_schema = 'g_parts'), (SELECT j FROM single_rows),
          'the parts'' table_rows add up to the single call''s');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(300, seed => 6, start_date => '2023-03-01', as_of => '2024-06-30 10:30',
                                                        target_schema => 'g_parts', part => 2, parts => 4)$$,
                 '55000', NULL, 'a part of another generation is refused');
SELECT matches((SELECT parts_loaded::text FROM dentsynth.generation WHERE target_schema = 'g_parts'), '^\{1,2,3\}$', 'and the record is untouched');
SELECT * FROM dentsynth.generate_all(300, seed => 7, start_date => '2023-03-01', as_of => '2024-06-30 10:30', target_schema => 'g_half',
                                     part => 1, parts => 2) \g /dev/null
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(300, seed => 7, start_date => '2023-03-01', as_of => '2024-07-01',
                                                        target_schema => 'g_half', part => 2, parts => 2)$$,
                 '55000', NULL, 'a part cut at another moment is another generation: refused');

-- Owned by the extension, dumped with it; read by anyone, written only by the functions (as the
-- table's owner), also for a role that may only write its own schema.
SELECT ok((SELECT 'dentsynth.generation'::regclass = ANY (extconfig) FROM pg_extension WHERE extname = 'dentsynth'),
          'pg_dump keeps the record (pg_extension_config_dump)');
CREATE ROLE dentsynth_record_user;
CREATE SCHEMA g_user AUTHORIZATION dentsynth_record_user;
SET LOCAL ROLE dentsynth_record_user;
SELECT * FROM dentsynth.generate_all(100, as_of => '2024-01-31', target_schema => 'g_user') \g /dev/null
SELECT is((SELECT patients FROM dentsynth.generation WHERE target_schema = 'g_user'), 100, 'a role without rights on the record gets its generation recorded, and may read it');
SELECT throws_ok($$UPDATE dentsynth.generation SET seed = 1$$, '42501', NULL, 'but may not write it');
RESET ROLE;
SELECT is((SELECT count(*) FROM dentsynth.generation WHERE target_schema IN ('g_single', 'g_parts', 'g_half', 'g_user')), 4::bigint,
          'every schema written has its record');

SELECT * FROM finish();
ROLLBACK;
