-- advance(): a generated schema moved on in place to a later cut equals, table by table and row
-- by row, a fresh generation at that cut with the same other arguments; it writes only the rows
-- that differ (every other row keeps its ctid and xmin), records the change as a load in the ETL
-- tables and moves the generation record on; it refuses what it cannot move on.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
\ir lib/checksum.psql
SELECT plan(33);

CREATE TEMP TABLE generated_tables AS
SELECT table_name FROM dentsynth.generate_all(1, as_of => '2023-01-02', target_schema => 'adv_tables') WHERE table_name NOT LIKE 'etl\_%';

-- The generated tables whose rows differ between two schemas.
CREATE FUNCTION pg_temp.differing(a text, b text) RETURNS text[] LANGUAGE sql AS $$
SELECT coalesce(array_agg(table_name ORDER BY table_name), '{}') FROM generated_tables
 WHERE pg_temp.checksum(format('SELECT * FROM %I.%I', a, table_name)) <> pg_temp.checksum(format('SELECT * FROM %I.%I', b, table_name))
$$;
-- Every row of every generated table: key, physical identity and text.
CREATE FUNCTION pg_temp.snapshot(s text) RETURNS TABLE (table_name text, key bigint, row_ctid tid, row_xmin text, body text) LANGUAGE plpgsql AS $$
DECLARE t text;
BEGIN
    FOR t IN SELECT g.table_name FROM generated_tables g LOOP
        RETURN QUERY EXECUTE format('SELECT %L::text, (to_jsonb(r) -> (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = %L::regclass AND a.attnum = 1))::text::bigint,
                                            r.ctid, r.xmin::text, r::text FROM %I.%I r', t, format('%I.%I', s, t), s, t);
    END LOOP;
END $$;
CREATE FUNCTION pg_temp.fresh(cut timestamptz, s text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dentsynth.generate_all(400, seed => 11, as_of => cut, target_schema => s);
END $$;

SELECT * FROM dentsynth.generate_all(400, seed => 11, as_of => '2024-05-15 10:00', target_schema => 'adv') \g /dev/null

-- One hour of a working day (a Wednesday morning).
CREATE TEMP TABLE step_hour AS SELECT * FROM dentsynth.advance('2024-05-15 11:00', 'adv');
SELECT pg_temp.fresh('2024-05-15 11:00', 'ref_hour');
SELECT is(pg_temp.differing('adv', 'ref_hour'), '{}', 'advanced by one hour of a working day: every table equals a fresh generation at 11:00');
SELECT cmp_ok((SELECT sum(inserted + updated) FROM step_hour), '>', 0::numeric, 'and the hour changed rows');

-- One day.
CREATE TEMP TABLE step_day AS SELECT * FROM dentsynth.advance('2024-05-16 11:00', 'adv');
SELECT pg_temp.fresh('2024-05-16 11:00', 'ref_day');
SELECT is(pg_temp.differing('adv', 'ref_day'), '{}', 'advanced by one day: every table equals a fresh generation');

-- Thirty days, watching every row's physical identity.
CREATE TEMP TABLE before_month AS SELECT * FROM pg_temp.snapshot('adv');
CREATE TEMP TABLE step_month AS SELECT * FROM dentsynth.advance('2024-06-15 11:00', 'adv');
CREATE TEMP TABLE after_month AS SELECT * FROM pg_temp.snapshot('adv');
SELECT pg_temp.fresh('2024-06-15 11:00', 'ref_month');
SELECT is(pg_temp.differing('adv', 'ref_month'), '{}', 'advanced by thirty days: every table equals a fresh generation, balances and aging included');
SELECT is((SELECT count(*) FROM before_month b JOIN after_month a USING (table_name, key) WHERE a.body = b.body AND (a.row_ctid, a.row_xmin) <> (b.row_ctid, b.row_xmin)), 0::bigint,
          'every row the month left as it was keeps its ctid and xmin (not deleted and re-inserted)');
SELECT is((SELECT count(*) FROM before_month b JOIN after_month a USING (table_name, key) WHERE a.body <> b.body AND a.row_ctid = b.row_ctid), 0::bigint,
          'every row whose story moved on was rewritten');
SELECT is((SELECT array_agg(row(table_name, inserted, updated, deleted)::text ORDER BY table_name) FROM step_month
            WHERE table_name NOT LIKE 'etl\_%' AND inserted + updated + deleted > 0),
          (SELECT array_agg(row(table_name, i, u, d)::text ORDER BY table_name) FROM (
              SELECT coalesce(a.table_name, b.table_name) table_name, count(*) FILTER (WHERE b.key IS NULL) i,
                     count(*) FILTER (WHERE a.body <> b.body) u, count(*) FILTER (WHERE a.key IS NULL) d
                FROM after_month a FULL JOIN before_month b USING (table_name, key) GROUP BY 1
              HAVING count(*) FILTER (WHERE b.key IS NULL OR a.key IS NULL OR a.body <> b.body) > 0) t),
          'the counts returned are the rows inserted, changed and deleted, table by table');
SELECT cmp_ok((SELECT sum(updated) FROM step_month WHERE table_name = 'patient'), '>', 0::numeric, 'a month moves patients'' balances on');
SELECT cmp_ok((SELECT sum(inserted) FROM step_month WHERE table_name = 'procedurelog'), '>', 0::numeric, 'and charts new procedures');

-- Four hundred days.
CREATE TEMP TABLE step_year AS SELECT * FROM dentsynth.advance('2025-07-20 11:00', 'adv');
SELECT pg_temp.fresh('2025-07-20 11:00', 'ref_year');
SELECT is(pg_temp.differing('adv', 'ref_year'), '{}', 'advanced by four hundred days: every table equals a fresh generation');
SELECT cmp_ok((SELECT sum(deleted) FROM step_year), '>', 0::numeric, 'over a year coverages are dropped: OpenDental deletes their patplan rows');
SELECT is((SELECT array_agg(DISTINCT table_name ORDER BY table_name) FROM step_year WHERE deleted > 0) <@ ARRAY['insverify', 'patplan'], true,
          'and deletes from no other table');

-- The generation record moves on and equals a fresh generation's.
SELECT is((SELECT (as_of, cut, table_rows) FROM dentsynth.generation WHERE target_schema = 'adv'),
          (SELECT ('2025-07-20 11:00'::timestamptz, '2025-07-20 11:00'::timestamp, table_rows) FROM dentsynth.generation WHERE target_schema = 'ref_year'),
          'the record''s as_of, cut and table_rows are those of a fresh generation at the new cut');
SELECT is((SELECT advanced_at FROM dentsynth.generation WHERE target_schema = 'adv'), now(), 'advanced_at is the advancing transaction''s time');

-- The advance is a load in the ETL bookkeeping, stamped between the two cuts.
SELECT is((SELECT count(*) FROM adv.etl_pipeline_metrics WHERE pipeline_id LIKE 'dentsynth\_advance\_%'), 4::bigint, 'each advance is a pipeline run');
SELECT is((SELECT count(*) FROM adv.etl_pipeline_metrics WHERE pipeline_id = 'dentsynth_advance_2025-07-20T11:00:00'
             AND start_time > '2024-06-15 11:00' AND end_time <= '2025-07-20 11:00' AND total_rows_processed =
                 (SELECT sum(inserted + updated + deleted) FROM step_year WHERE table_name NOT LIKE 'etl\_%')), 1::bigint,
          'the run totals the rows it wrote and lies between the previous cut and the new one');
SELECT is((SELECT (rows_loaded, last_primary_value::text) FROM adv.etl_load_status WHERE table_name = 'procedurelog'),
          ((SELECT (inserted + updated + deleted)::int FROM step_year WHERE table_name = 'procedurelog'),
           (SELECT max("ProcNum")::text FROM adv.procedurelog)),
          'a table''s load status records the rows this load wrote and its largest key');
SELECT is((SELECT count(*) FROM adv.etl_load_status WHERE (last_loaded <= '2024-06-15 11:00' OR last_loaded > '2025-07-20 11:00')
             AND table_name IN (SELECT table_name FROM step_year WHERE inserted + updated + deleted > 0)), 0::bigint,
          'every table the advance changed was loaded after the previous cut, by the new one');
SELECT lives_ok($$INSERT INTO adv.etl_table_metrics (pipeline_id, table_name) VALUES ('a_downstream_run', 'a_downstream_table');
                  INSERT INTO adv.etl_pipeline_metrics (pipeline_id) VALUES ('a_downstream_run')$$,
                'the id sequences are past the ids the advance wrote');

-- A fully loaded partitioned generation moves on as a whole and equals the single call.
SELECT * FROM dentsynth.generate_all(400, seed => 11, as_of => '2024-06-15 11:00', target_schema => 'adv_parts', part => 2, parts => 2) \g /dev/null
SELECT throws_ok($$SELECT * FROM dentsynth.advance('2024-07-15', 'adv_parts')$$, '55000', NULL, 'a partially loaded generation is refused');
SELECT * FROM dentsynth.generate_all(400, seed => 11, as_of => '2024-06-15 11:00', target_schema => 'adv_parts', part => 1, parts => 2) \g /dev/null
SELECT * FROM dentsynth.advance('2025-07-20 11:00', 'adv_parts') \g /dev/null
SELECT is(pg_temp.differing('adv_parts', 'ref_year'), '{}', 'a fully loaded partitioned generation, advanced, equals the single call at the new cut');
SELECT is((SELECT (parts, parts_loaded) FROM dentsynth.generation WHERE target_schema = 'adv_parts'), (2, '{1,2}'::int[]),
          'and stays recorded as its parts');

-- Refusals: nothing is written.
SELECT throws_ok($$SELECT * FROM dentsynth.advance('2025-07-20 11:00', 'adv')$$, '22023',
                 'invalid value for parameter "to": 2025-07-20 11:00:00 is not after the schema''s as_of 2025-07-20 11:00:00',
                 'a cut that is not after the schema''s is refused');
SELECT throws_ok($$SELECT * FROM dentsynth.advance('2024-01-01', 'adv')$$, '22023', NULL, 'an earlier cut is refused');
SELECT throws_ok($$SELECT * FROM dentsynth.advance(NULL, 'adv')$$, '22004', 'parameter "to" must not be NULL', 'a NULL cut is refused');
SELECT throws_ok($$SELECT * FROM dentsynth.advance('2100-01-02', 'adv')$$, '22023', NULL, 'a cut beyond the supported range is refused');
SELECT dentsynth.create_raw_schema('adv_plain') \g /dev/null
SELECT throws_ok($$SELECT * FROM dentsynth.advance('2025-07-21', 'adv_plain')$$, '55000',
                 'invalid value for parameter "target_schema": dentsynth has no record of generating schema "adv_plain"',
                 'a schema dentsynth did not generate is refused');
SELECT throws_ok($$SELECT * FROM dentsynth.advance('2025-07-21', 'adv_nowhere')$$, '3F000', NULL, 'a schema that does not exist is refused');
SELECT * FROM dentsynth.generate_all(60, seed => 3, as_of => '2024-06-30', target_schema => 'adv_damaged') \g /dev/null
SELECT * FROM dentsynth.inject_faults(ARRAY['negative_fee'], target_schema => 'adv_damaged') \g /dev/null
SELECT throws_ok($$SELECT * FROM dentsynth.advance('2024-07-30', 'adv_damaged')$$, '55000',
                 'invalid value for parameter "target_schema": schema "adv_damaged" was damaged by inject_faults',
                 'a schema inject_faults damaged is refused');
UPDATE dentsynth.generation SET generator_version = '0.0.1' WHERE target_schema = 'ref_day';
SELECT throws_ok($$SELECT * FROM dentsynth.advance('2025-07-21', 'ref_day')$$, '55000', NULL, 'a generation of another generator version is refused');
INSERT INTO ref_month.procedurelog
SELECT (jsonb_populate_record(NULL::ref_month.procedurelog, to_jsonb(p) || '{"ProcNum": 2000000000}')).* FROM ref_month.procedurelog p
 WHERE "ProcNum" = (SELECT max("ProcNum") FROM ref_month.procedurelog);
SELECT throws_ok($$SELECT * FROM dentsynth.advance('2024-06-16', 'ref_month')$$, '55000', NULL,
                 'a row dentsynth did not write is never deleted: refused');
SELECT is((SELECT (as_of, advanced_at) FROM dentsynth.generation WHERE target_schema = 'ref_month'), ('2024-06-15 11:00'::timestamptz, NULL::timestamptz),
          'a refused advance leaves the record as it was');
SELECT is((SELECT count(*) FROM ref_month.procedurelog WHERE "ProcNum" = 2000000000), 1::bigint, 'and the user''s row');

SELECT * FROM finish();
ROLLBACK;
