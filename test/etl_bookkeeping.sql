-- The ETL bookkeeping tables record the load the way the pipeline that loads a real replica does:
-- one row per loaded table with its row count and largest key, one pipeline run per load (per
-- part of a partitioned load), stamped in the hour before the cut and over by it (nothing is
-- stamped after the cut; test/downstream_cut.sql checks every column). The parts of a partitioned
-- load share the status rows (one per table): in any order they leave the same rows, with the
-- single call's row counts and keys. Every id sequence ends past the ids written.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
\ir lib/checksum.psql
SELECT plan(15);

CREATE TEMP TABLE counts AS SELECT * FROM dentsynth.generate_all(300, as_of => '2024-06-30', target_schema => 'etl');
DELETE FROM counts WHERE table_name LIKE 'etl\_%';

CREATE FUNCTION pg_temp.actual(t text, what text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE result text; pk text;
BEGIN
    SELECT a.attname INTO pk FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
     WHERE i.indrelid = ('etl.' || quote_ident(t))::regclass AND i.indisprimary;
    IF what = 'count' THEN EXECUTE format('SELECT count(*)::text FROM etl.%I', t) INTO result;
    ELSE EXECUTE format('SELECT max(%I)::text FROM etl.%I', pk, t) INTO result; END IF;
    RETURN result;
END $$;

SELECT is((SELECT count(*) FROM etl.etl_load_status), (SELECT count(*) FROM counts), 'one load-status row per loaded table');
SELECT is((SELECT count(*) FROM etl.etl_load_status s WHERE s.rows_loaded::text <> pg_temp.actual(s.table_name, 'count')), 0::bigint,
          'rows_loaded is each table''s row count');
SELECT is((SELECT count(*) FROM etl.etl_load_status s WHERE s.last_primary_value IS DISTINCT FROM pg_temp.actual(s.table_name, 'max')), 0::bigint,
          'last_primary_value is each table''s largest key');
SELECT is((SELECT count(*) FROM etl.etl_load_status WHERE load_status <> 'success' OR last_loaded > '2024-06-30' OR last_loaded < '2024-06-29 23:00'), 0::bigint,
          'every table loaded successfully in the hour before the cut (the start of as_of''s day)');
SELECT is((SELECT count(*) FROM etl.etl_transform_status t JOIN etl.etl_load_status l USING (table_name)
            WHERE t.rows_transformed <> l.rows_loaded OR t.last_transformed <= l.last_loaded), 0::bigint, 'each loaded table was then transformed');
SELECT is((SELECT (tables_processed, total_rows_processed::bigint, status) FROM etl.etl_pipeline_metrics),
          ((SELECT count(*)::int FROM counts), (SELECT sum(rows)::bigint FROM counts), 'completed'::varchar), 'the pipeline run totals the load');
SELECT is((SELECT count(*) FROM etl.etl_table_metrics m JOIN etl.etl_load_status l USING (table_name) WHERE m.rows_processed <> l.rows_loaded
              OR m.pipeline_id <> (SELECT pipeline_id FROM etl.etl_pipeline_metrics)), 0::bigint, 'table metrics belong to the run and agree with the load');

-- A partitioned load: each part records itself.
SELECT * FROM dentsynth.generate_all(300, as_of => '2024-06-30', target_schema => 'etlp', part => 2, parts => 2) \g /dev/null
SELECT * FROM dentsynth.generate_all(300, as_of => '2024-06-30', target_schema => 'etlp', part => 1, parts => 2) \g /dev/null
SELECT is((SELECT count(*) FROM etl.etl_pipeline_metrics) + 1, (SELECT count(*) FROM etlp.etl_pipeline_metrics), 'two parts are two pipeline runs');
SELECT is((SELECT sum(rows_loaded) FROM etlp.etl_load_status WHERE table_name = 'patient'), (SELECT count(*) FROM etlp.patient),
          'the parts'' load-status rows add up to the table');

-- The same parts in the other order leave the same status rows, with the single call's counts and keys.
SELECT * FROM dentsynth.generate_all(300, as_of => '2024-06-30', target_schema => 'etlq', part => 1, parts => 2) \g /dev/null
SELECT * FROM dentsynth.generate_all(300, as_of => '2024-06-30', target_schema => 'etlq', part => 2, parts => 2) \g /dev/null
SELECT is(pg_temp.checksum('SELECT * FROM etlp.etl_load_status'), pg_temp.checksum('SELECT * FROM etlq.etl_load_status'),
          'parts 2, 1 and parts 1, 2 leave the same load-status rows');
SELECT is(pg_temp.checksum('SELECT * FROM etlp.etl_transform_status'), pg_temp.checksum('SELECT * FROM etlq.etl_transform_status'),
          'and the same transform-status rows');
SELECT is(pg_temp.checksum('SELECT id, table_name, last_primary_value, primary_column_name, rows_loaded, load_status FROM etlp.etl_load_status'),
          pg_temp.checksum('SELECT id, table_name, last_primary_value, primary_column_name, rows_loaded, load_status FROM etl.etl_load_status'),
          'the parts'' load-status rows have the single call''s ids, row counts and largest keys');
SELECT is(pg_temp.checksum('SELECT id, table_name, last_primary_value, rows_transformed, transform_status FROM etlp.etl_transform_status'),
          pg_temp.checksum('SELECT id, table_name, last_primary_value, rows_transformed, transform_status FROM etl.etl_transform_status'),
          'and so do the transform-status rows');
SELECT is((SELECT sum(total_rows_processed) FROM etlp.etl_pipeline_metrics), (SELECT sum(total_rows_processed) FROM etl.etl_pipeline_metrics),
          'the parts'' pipeline runs process the single call''s rows');

-- Each serial id's sequence is past every id in its table.
CREATE FUNCTION pg_temp.sequence_behind(schema_name text, table_name text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE behind boolean;
BEGIN
    EXECUTE format('SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence(%L, ''id'')), 0) < max(id) FROM %I.%I',
                   format('%I.%I', schema_name, table_name), schema_name, table_name) INTO behind;
    RETURN behind;
END $$;
SELECT is((SELECT string_agg(s || '.' || t, ', ') FROM unnest(ARRAY['etl', 'etlp', 'etlq']) s,
             unnest(ARRAY['etl_load_status', 'etl_transform_status', 'etl_pipeline_metrics', 'etl_table_metrics']) t
            WHERE pg_temp.sequence_behind(s, t)), NULL, 'every ETL id sequence is past the ids written (single call and parts)');

SELECT * FROM finish();
ROLLBACK;
