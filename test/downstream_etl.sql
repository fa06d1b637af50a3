-- The downstream dbt project writes the ETL tables itself: its on-run-start / on-run-end hooks
-- upsert into raw.etl_transform_status ON CONFLICT (table_name), and its pipeline inserts rows
-- without ids. On a generated schema (fresh, partitioned, replaced) both work: the tables carry
-- UNIQUE (table_name), every id sequence is past the ids generate_all wrote, and a partitioned
-- load leaves one status row per table.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(25);

-- The hook, exactly as the downstream project runs it, with the schema left open.
CREATE FUNCTION pg_temp.hook(schema_name text) RETURNS text LANGUAGE sql AS $$
SELECT format($h$INSERT INTO %I.etl_transform_status (table_name, transform_status, last_transformed, rows_transformed, _transformed_at) VALUES ('dbt_transformation_run', 'started', now(), 0, now()) ON CONFLICT (table_name) DO UPDATE SET transform_status = EXCLUDED.transform_status, last_transformed = EXCLUDED.last_transformed, _transformed_at = EXCLUDED._transformed_at$h$, schema_name)
$$;

-- One row without an id into each ETL table, as a user's or a pipeline's own INSERT writes it.
CREATE FUNCTION pg_temp.plain_inserts(schema_name text) RETURNS text LANGUAGE sql AS $$
SELECT format($i$INSERT INTO %1$I.etl_load_status (table_name) VALUES ('a_downstream_table');
INSERT INTO %1$I.etl_transform_status (table_name) VALUES ('a_downstream_table');
INSERT INTO %1$I.etl_pipeline_metrics (pipeline_id) VALUES ('a_downstream_run');
INSERT INTO %1$I.etl_table_metrics (pipeline_id, table_name) VALUES ('a_downstream_run', 'a_downstream_table')$i$, schema_name)
$$;

-- Rows per table_name that appear more than once in either status table.
CREATE FUNCTION pg_temp.duplicate_status_rows(schema_name text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM (SELECT table_name FROM %1$I.etl_load_status GROUP BY 1 HAVING count(*) > 1
                     UNION ALL SELECT table_name FROM %1$I.etl_transform_status GROUP BY 1 HAVING count(*) > 1) d', schema_name) INTO n;
    RETURN n;
END $$;

\ir lib/row_count.psql

-- A fresh schema: created in this transaction, so the generated tables' indexes are rebuilt after
-- the load (dentsynth.build_indexes_after_load, on by default).
SELECT * FROM dentsynth.generate_all(200, as_of => '2024-06-30', target_schema => 'fresh') \g /dev/null
SELECT lives_ok(pg_temp.hook('fresh'), 'the on-run-start hook''s upsert inserts its row into a generated schema');
SELECT lives_ok(pg_temp.hook('fresh'), 'and, run again, updates it');
SELECT is((SELECT count(*) FROM fresh.etl_transform_status WHERE table_name = 'dbt_transformation_run'), 1::bigint,
          'one dbt_transformation_run row after two runs of the hook');
SELECT cmp_ok((SELECT id FROM fresh.etl_transform_status WHERE table_name = 'dbt_transformation_run'), '>',
              (SELECT max(id) FROM fresh.etl_transform_status WHERE table_name <> 'dbt_transformation_run'),
              'the hook''s row took an id from the sequence, past the generated rows');
SELECT lives_ok(pg_temp.plain_inserts('fresh'), 'a row without an id goes into each of the four ETL tables');
SELECT is((SELECT count(*) FROM fresh.etl_load_status l JOIN fresh.etl_transform_status t USING (table_name)
            WHERE table_name = 'a_downstream_table')
          + (SELECT count(*) FROM fresh.etl_pipeline_metrics WHERE pipeline_id = 'a_downstream_run')
          + (SELECT count(*) FROM fresh.etl_table_metrics WHERE pipeline_id = 'a_downstream_run'), 3::bigint,
          'and each is there');

-- replace => true empties the ETL tables with the rest (the hook's row too); the hook works again.
SELECT * FROM dentsynth.generate_all(200, as_of => '2024-06-30', target_schema => 'fresh', replace => true) \g /dev/null
SELECT is((SELECT count(*) FROM fresh.etl_transform_status WHERE table_name IN ('dbt_transformation_run', 'a_downstream_table')), 0::bigint,
          'replace => true empties the ETL tables');
SELECT lives_ok(pg_temp.hook('fresh'), 'the hook''s upsert works after a load with replace => true');
SELECT lives_ok(pg_temp.hook('fresh'), 'twice');
SELECT lives_ok(pg_temp.plain_inserts('fresh'), 'and so do rows without an id');

-- The same with row-by-row index maintenance.
SET LOCAL dentsynth.build_indexes_after_load = off;
SELECT * FROM dentsynth.generate_all(200, as_of => '2024-06-30', target_schema => 'rowwise') \g /dev/null
RESET dentsynth.build_indexes_after_load;
SELECT lives_ok(pg_temp.hook('rowwise') || ';' || pg_temp.hook('rowwise') || ';' || pg_temp.plain_inserts('rowwise'),
                'the hook (twice) and rows without an id work with dentsynth.build_indexes_after_load off');

-- A partitioned load, parts in the order 2, 1: one status row per table, each part adding its rows.
SELECT * FROM dentsynth.generate_all(200, as_of => '2024-06-30', target_schema => 'parted', part => 2, parts => 2) \g /dev/null
SELECT lives_ok($$SELECT * FROM dentsynth.generate_all(200, as_of => '2024-06-30', target_schema => 'parted', part => 1, parts => 2)$$,
                'part 1 loads after part 2 into the same tables');
SELECT is(pg_temp.duplicate_status_rows('parted'), 0::bigint, 'one load-status and one transform-status row per table_name');
SELECT is((SELECT count(*) FROM parted.etl_load_status), (SELECT count(*) FROM fresh.etl_load_status WHERE table_name <> 'a_downstream_table'),
          'as many load-status rows as tables loaded, as after a single call');
SELECT is((SELECT count(*) FROM parted.etl_load_status WHERE rows_loaded <> pg_temp.row_count('parted', table_name)), 0::bigint,
          'each table''s load-status row counts the rows of both parts');
SELECT is((SELECT count(*) FROM parted.etl_transform_status t JOIN parted.etl_load_status l USING (table_name)
            WHERE t.rows_transformed <> l.rows_loaded), 0::bigint, 'and so does its transform-status row');
SELECT lives_ok(pg_temp.hook('parted'), 'the hook''s upsert works after a partitioned load');
SELECT lives_ok(pg_temp.hook('parted'), 'twice');
SELECT lives_ok(pg_temp.plain_inserts('parted'), 'and so do rows without an id');

-- The sequences are set before the other parts arrive: a row inserted without an id between two
-- parts does not take an id a later part writes.
SELECT * FROM dentsynth.generate_all(200, as_of => '2024-06-30', target_schema => 'between', part => 1, parts => 3) \g /dev/null
SELECT lives_ok(pg_temp.hook('between') || ';' || pg_temp.plain_inserts('between'), 'rows without an id go in after part 1 of 3');
SELECT lives_ok($$SELECT * FROM dentsynth.generate_all(200, as_of => '2024-06-30', target_schema => 'between', part => 3, parts => 3);
                  SELECT * FROM dentsynth.generate_all(200, as_of => '2024-06-30', target_schema => 'between', part => 2, parts => 3)$$,
                'and parts 3 and 2 load after them');

-- Setting the sequences, and adding to the status rows of other parts, take the caller's
-- privileges, checked before anything is written.
CREATE ROLE dentsynth_test_loader;
SELECT * FROM dentsynth.create_raw_schema('loader') \g /dev/null
SELECT * FROM dentsynth.create_raw_schema('loader_parts') \g /dev/null
GRANT USAGE ON SCHEMA loader, loader_parts TO dentsynth_test_loader;
GRANT INSERT ON ALL TABLES IN SCHEMA loader, loader_parts TO dentsynth_test_loader;
SET LOCAL ROLE dentsynth_test_loader;
SELECT throws_like($$SELECT * FROM dentsynth.generate_all(20, as_of => '2024-06-30', target_schema => 'loader')$$,
                   'permission denied to set sequence loader.etl_load_status_id_seq of loader.etl_load_status',
                   'a role that may not set the ETL id sequences is refused, naming the sequence');
RESET ROLE;
SELECT is((SELECT count(*) FROM loader.patient), 0::bigint, 'and nothing was written');
GRANT SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA loader, loader_parts TO dentsynth_test_loader;
SET LOCAL ROLE dentsynth_test_loader;
SELECT lives_ok($$SELECT * FROM dentsynth.generate_all(20, as_of => '2024-06-30', target_schema => 'loader')$$,
                'with SELECT and UPDATE on the sequences, INSERT on the tables is enough for a single call');
SELECT throws_like($$SELECT * FROM dentsynth.generate_all(20, as_of => '2024-06-30', target_schema => 'loader_parts', part => 2, parts => 2)$$,
                   'a partitioned load needs SELECT and UPDATE on loader_parts.etl_load_status',
                   'a partitioned load also needs SELECT and UPDATE on the status tables');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
