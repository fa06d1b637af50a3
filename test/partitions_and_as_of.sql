-- Partitioned generation: the union of the parts, loaded in any order, equals the single call row
-- for row. The as-of property: a later as_of shows the same practice later; every row of the
-- earlier picture is still there (except what OpenDental deletes: a dropped coverage's patplan
-- and its eligibility item), unchanged unless its story moved on (then with a later edit stamp),
-- and every new row was entered after the earlier as_of.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

\ir lib/checksum.psql

CREATE TEMP TABLE whole AS SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'whole');
-- The ETL bookkeeping records each load (each part is a load of its own, stamped at as_of), so it
-- is outside both properties; test/etl_bookkeeping.sql checks it.
DELETE FROM whole WHERE table_name LIKE 'etl\_%';
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 3, parts => 3) \g /dev/null
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 1, parts => 3) \g /dev/null
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 2, parts => 3) \g /dev/null

-- The primary key column and the edit / entry stamp columns of each generated table.
CREATE TEMP TABLE table_facts AS
SELECT w.table_name,
       (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
         WHERE i.indrelid = ('whole.' || quote_ident(w.table_name))::regclass AND i.indisprimary) AS pk,
       (SELECT c FROM unnest(ARRAY['SecDateTEdit', 'DateTStamp']) c
         WHERE EXISTS (SELECT FROM pg_attribute WHERE attrelid = ('whole.' || quote_ident(w.table_name))::regclass AND attname = c) LIMIT 1) AS edit_column,
       (SELECT c FROM unnest(ARRAY['HistDateTStamp', 'SecDateTEntry', 'SecDateEntry', 'DateTStamp', 'SecDateTEdit']) c
         WHERE EXISTS (SELECT FROM pg_attribute WHERE attrelid = ('whole.' || quote_ident(w.table_name))::regclass AND attname = c) LIMIT 1) AS entry_column
  FROM whole w;

SELECT plan(7 + 4 * (SELECT count(*)::int FROM whole));

SELECT cmp_ok((SELECT rows FROM whole WHERE table_name = 'patient'), '>', 0::bigint, 'the single call has patients');
SELECT is(pg_temp.checksum(format('SELECT * FROM parts.%I', table_name)), pg_temp.checksum(format('SELECT * FROM whole.%I', table_name)),
          format('parts 3, 1, 2 of 3 together equal the single call: raw.%s', table_name))
  FROM whole ORDER BY table_name;
SELECT is((SELECT count(*) FROM (SELECT * FROM dentsynth.generate_patients(600, seed => 5, as_of => '2025-03-31', part => 2, parts => 4)
                                 EXCEPT SELECT * FROM whole.patient) d), 0::bigint, 'generate_patients(part => 2, parts => 4) returns rows of the single call');
SELECT is((SELECT count(*) FROM dentsynth.generate_providers(600, seed => 5, as_of => '2025-03-31', part => 2, parts => 4)), 0::bigint,
          'the practice belongs to part 1 only');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 2, parts => 3)$$,
                 '23505', NULL, 'loading a part twice fails on the primary key');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(600, seed => 5, target_schema => 'parts', replace => true, part => 1, parts => 3)$$,
                 '22023', 'replace => true cannot be combined with parts > 1', 'replace is refused for a partitioned call');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(600, seed => 5, target_schema => 'parts4', part => 5, parts => 4)$$,
                 '22023', 'invalid value for parameter "part": 5 of 4', 'a part beyond parts is refused by name');

-- The as-of property, table by table.
CREATE TEMP TABLE earlier AS SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2024-02-29', target_schema => 'earlier');
CREATE FUNCTION pg_temp.as_of_count(t text, what text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE f record; n bigint;
BEGIN
    SELECT * INTO f FROM table_facts WHERE table_name = t;
    IF what = 'missing' THEN
        -- The one deletion OpenDental makes in these tables: dropping a coverage deletes its
        -- patplan row and that patplan's eligibility verification item (PatPlans.Delete).
        EXECUTE format('SELECT count(*) FROM earlier.%I e WHERE NOT EXISTS (SELECT FROM whole.%I w WHERE w.%I = e.%I) AND %s', t, t, f.pk, f.pk,
                       CASE t WHEN 'patplan' THEN 'NOT EXISTS (SELECT FROM whole.inssub s WHERE s."InsSubNum" = e."InsSubNum" AND s."DateTerm" <> ''0001-01-01'')'
                              WHEN 'insverify' THEN 'NOT (e."VerifyType" = 2 AND NOT EXISTS (SELECT FROM whole.patplan p WHERE p."PatPlanNum" = e."FKey"))'
                              ELSE 'true' END) INTO n;
    ELSIF what = 'changed' THEN
        -- userod.DateTLastLogin is live state (the last login before as_of), not history.
        EXECUTE format('SELECT count(*) FROM earlier.%I e JOIN whole.%I w ON w.%I = e.%I
                         WHERE to_jsonb(e) - ''DateTLastLogin'' <> to_jsonb(w) - ''DateTLastLogin'' AND %s',
                       t, t, f.pk, f.pk,
                       CASE WHEN f.edit_column IS NULL THEN 'true' ELSE format('NOT (w.%I > ''2024-02-29 23:59:59'')', f.edit_column) END) INTO n;
    ELSE
        EXECUTE format('SELECT count(*) FROM whole.%I w WHERE NOT EXISTS (SELECT FROM earlier.%I e WHERE e.%I = w.%I) AND %s',
                       t, t, f.pk, f.pk,
                       CASE WHEN f.entry_column IS NULL THEN 'false' ELSE format('NOT (w.%I::timestamp > ''2024-02-29 23:59:59'')', f.entry_column) END) INTO n;
    END IF;
    RETURN n;
END $$;
SELECT is(pg_temp.as_of_count(table_name, 'missing'), 0::bigint, format('a later as_of keeps every row of raw.%s (but a dropped coverage''s)', table_name))
  FROM whole ORDER BY table_name;
SELECT is(pg_temp.as_of_count(table_name, 'changed'), 0::bigint,
          format('rows of raw.%s change only with a later edit stamp', table_name))
  FROM whole ORDER BY table_name;
SELECT is(pg_temp.as_of_count(table_name, 'new'), 0::bigint, format('new rows of raw.%s were entered after the earlier as_of', table_name))
  FROM whole ORDER BY table_name;
SELECT cmp_ok((SELECT count(*) FROM whole.patient), '>', (SELECT count(*) FROM earlier.patient), 'the later picture has more patients');

SELECT * FROM finish();
ROLLBACK;
