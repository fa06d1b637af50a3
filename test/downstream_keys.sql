-- What the downstream needs of keys (downstream.md sections 1 and 2): every id column casts to a
-- 32-bit integer, at 5,000 patients, at the top of a 25,000-patient roster (its last part: a
-- busy practice whose patients still have full histories, so every kind of row is there) and at
-- the top of a 1,000,000-patient roster (its last part, the last cohorts of every key period);
-- keys are dense and in entry order within their
-- (key period, cohort) cell; payment and insurance-check numbers never coincide; a call the key
-- plan cannot fit is refused up front with nothing written.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

CREATE TEMP TABLE default_counts AS SELECT * FROM dentsynth.generate_all(5000, seed => 42, start_date => '2023-01-01', as_of => '2026-06-30',
                                                                          target_schema => 'keys_default');
CREATE TEMP TABLE top_counts AS SELECT * FROM dentsynth.generate_all(1000000, seed => 42, start_date => '2016-07-01', as_of => '2026-06-30',
                                                                      part => 1000, parts => 1000, target_schema => 'keys_top');
CREATE TEMP TABLE busy_counts AS SELECT * FROM dentsynth.generate_all(25000, seed => 42, start_date => '2016-07-01', as_of => '2026-06-30',
                                                                       part => 25, parts => 25, target_schema => 'keys_busy');
CREATE TEMP TABLE producers (table_name text, level text, produced_by text);
\copy producers FROM 'schema/producers.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)

-- The integer columns of a table whose values do not cast to integer the way the downstream's
-- staging does it ("X"::text::integer).
CREATE FUNCTION pg_temp.uncastable_columns(target name, tab name) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
    c record;
    bad text[] := '{}';
BEGIN
    FOR c IN SELECT a.attname FROM pg_attribute a
              WHERE a.attrelid = format('%I.%I', target, tab)::regclass AND a.attnum > 0 AND NOT a.attisdropped
                AND a.atttypid IN ('int8'::regtype, 'int4'::regtype, 'int2'::regtype) ORDER BY a.attnum LOOP
        BEGIN
            EXECUTE format('SELECT max(%I::text::integer) FROM %I.%I', c.attname, target, tab);
        EXCEPTION WHEN numeric_value_out_of_range THEN
            bad := bad || c.attname::text;
        END;
    END LOOP;
    RETURN bad;
END $$;

-- Rows of a table whose key is out of entry order within its (period, cohort) cell, and cells
-- whose keys are not consecutive. Only cohorts wholly in the target count: a part of a roster may
-- begin inside a cohort, whose other patients' rows (and keys) belong to the part before.
CREATE FUNCTION pg_temp.cell_faults(target name, tab name, key_column name, entry_column name, start_date date)
RETURNS TABLE(out_of_order bigint, gapped_cells bigint) LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format(
        'WITH cells AS (SELECT %3$I AS k, %4$I AS e, ("PatNum" - 1) / 64 AS cohort, (%4$I::date - %5$L::date) / 366 AS period FROM %1$I.%2$I
                         WHERE ("PatNum" - 1) / 64 * 64 + 1 >= (SELECT min("PatNum") FROM %1$I.patient)),
              ordered AS (SELECT e < lag(e) OVER (PARTITION BY cohort, period ORDER BY k) AS back FROM cells),
              spans AS (SELECT max(k) - min(k) + 1 = count(*) AS dense FROM cells GROUP BY cohort, period)
         SELECT (SELECT count(*) FROM ordered WHERE back), (SELECT count(*) FROM spans WHERE NOT dense)',
        target, tab, key_column, entry_column, start_date);
END $$;

SELECT plan((SELECT count(*)::int FROM default_counts WHERE rows > 0) + (SELECT count(*)::int FROM top_counts WHERE rows > 0)
            + (SELECT count(*)::int FROM busy_counts WHERE rows > 0) + 2 + 2 + 10 + 2);

-- An empty table has no value that could fail the cast: the tables cast are those with rows. The
-- last part of a roster writes no practice table (the practice belongs to part 1; its keys are
-- dense from 1 and cast at 5,000 patients). Every table's bound is the key plan's
-- (test/core/core_unit_test.cpp).
SELECT is((SELECT array_agg(table_name ORDER BY table_name) FROM default_counts WHERE rows = 0), ARRAY['clinic'],
          '5,000 patients: every table has rows but raw.clinic (empty by design)');
SELECT is((SELECT array_agg(t.table_name ORDER BY t.table_name) FROM top_counts t JOIN producers p USING (table_name)
            WHERE t.rows > 0 AND p.level = 'practice'), NULL,
          'the last part of 1,000,000 patients writes none of the practice''s tables');
SELECT is(pg_temp.uncastable_columns('keys_default', table_name), '{}', format('5,000 patients: every integer column of %s casts to integer', table_name))
  FROM default_counts WHERE rows > 0 ORDER BY table_name;
SELECT is(pg_temp.uncastable_columns('keys_busy', table_name), '{}',
          format('the last part of 25,000 patients over 10 years: every integer column of %s casts to integer', table_name))
  FROM busy_counts WHERE rows > 0 ORDER BY table_name;
-- Column values that are not keys of their own table but copy one (a web form's WebFormSheetID)
-- only show at scale where such rows exist: the busy part must have them.
SELECT ok((SELECT count(*) FROM keys_busy.appointment) >= 3 * 1000 AND (SELECT count(*) FROM keys_busy.sheet WHERE "WebFormSheetID" <> 0) > 0,
          'the last part of 25,000 patients has full histories (3+ appointments a patient, web forms): the casts above are exercised');
SELECT is(pg_temp.uncastable_columns('keys_top', table_name), '{}',
          format('the last part of 1,000,000 patients over 10 years: every integer column of %s casts to integer', table_name))
  FROM top_counts WHERE rows > 0 ORDER BY table_name;

SELECT is((SELECT row(out_of_order, gapped_cells)::text FROM pg_temp.cell_faults('keys_default', t, k, e, '2023-01-01')), '(0,0)',
          format('%s: keys dense and in entry order (%s) within each (period, cohort) cell', t, e))
  FROM (VALUES ('appointment', 'AptNum', 'SecDateTEntry'), ('histappointment', 'HistApptNum', 'HistDateTStamp'),
               ('commlog', 'CommlogNum', 'DateTEntry'), ('procedurelog', 'ProcNum', 'SecDateEntry'),
               ('document', 'DocNum', 'DateCreated'), ('claim', 'ClaimNum', 'SecDateEntry'),
               ('payment', 'PayNum', 'DateEntry'), ('procnote', 'ProcNoteNum', 'EntryDateTime')) AS v(t, k, e);
SELECT ok((SELECT count(*) FROM keys_top.appointment) >= 3 * 1000,
          'the last part of 1,000,000 patients has full histories (3+ appointments a patient): the keys below are exercised');
SELECT is((SELECT row(out_of_order, gapped_cells)::text FROM pg_temp.cell_faults('keys_top', 'appointment', 'AptNum', 'SecDateTEntry', '2016-07-01')), '(0,0)',
          'top of 1,000,000 patients: appointment keys dense and in entry order within each cell');
SELECT is((SELECT count(*) FROM keys_default.payment p JOIN keys_default.claimpayment c ON p."PayNum" = c."ClaimPaymentNum"), 0::bigint,
          'no payment shares its number with an insurance check');

SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(1000000, start_date => '2010-01-01', as_of => '2026-01-01', target_schema => 'keys_refused')$$,
                 '22023', NULL, 'a roster and history the key plan cannot fit are refused up front');
SELECT hasnt_schema('keys_refused', 'the refused call wrote nothing');

SELECT * FROM finish();
ROLLBACK;
