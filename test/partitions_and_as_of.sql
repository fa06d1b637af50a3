-- Partitioned generation: the union of the parts, loaded in any order, equals the single call row
-- for row. The as-of property: a later as_of shows the same practice later; every row of the
-- earlier picture is still there (except what OpenDental deletes: a dropped coverage's patplan
-- and its eligibility item), unchanged unless its story moved on (then with an edit stamp after
-- the earlier cut), and every new row was entered after the earlier cut. A date as_of cuts at the
-- start of its day, a timestamp at that moment.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

\ir lib/checksum.psql

CREATE TEMP TABLE whole AS SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'whole');
-- The ETL bookkeeping records each load (each part is a load of its own, stamped before the cut), so it
-- is outside both properties; test/etl_bookkeeping.sql checks it.
DELETE FROM whole WHERE table_name LIKE 'etl\_%';
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 3, parts => 3) \g /dev/null
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 1, parts => 3) \g /dev/null
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 2, parts => 3) \g /dev/null

-- The primary key column and the edit / entry stamp columns of each generated table: the first of
-- each list that the table has, in the list's order.
CREATE TEMP TABLE table_facts AS
SELECT w.table_name,
       (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
         WHERE i.indrelid = ('whole.' || quote_ident(w.table_name))::regclass AND i.indisprimary) AS pk,
       (SELECT c FROM unnest(ARRAY['SecDateTEdit', 'DateTStamp']) WITH ORDINALITY AS u(c, n)
         WHERE EXISTS (SELECT FROM pg_attribute WHERE attrelid = ('whole.' || quote_ident(w.table_name))::regclass AND attname = c)
         ORDER BY n LIMIT 1) AS edit_column,
       (SELECT c FROM unnest(ARRAY['HistDateTStamp', 'SecDateTEntry', 'SecDateEntry', 'DateTStamp', 'SecDateTEdit']) WITH ORDINALITY AS u(c, n)
         WHERE EXISTS (SELECT FROM pg_attribute WHERE attrelid = ('whole.' || quote_ident(w.table_name))::regclass AND attname = c)
         ORDER BY n LIMIT 1) AS entry_column
  FROM whole w;

-- Tables without an entry stamp get no "new rows" check (their rows are still checked as kept and
-- changed only with an edit stamp); the others get one per pair of cuts.
SELECT plan(9 + 5 * (SELECT count(*)::int FROM whole) + 2 * (SELECT count(*)::int FROM table_facts WHERE entry_column IS NOT NULL));

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

-- The as-of property, table by table, between two pairs of cuts: a date (the start of that day)
-- and one a year later; a moment in the middle of a working day and the evening of that day, when
-- visits have been kept, accounts settled and recalls moved on since.
CREATE TEMP TABLE earlier AS SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2024-02-29', target_schema => 'earlier');
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2024-02-29 10:30', target_schema => 'noon') \g /dev/null
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2024-02-29 17:15', target_schema => 'evening') \g /dev/null
-- Rows of `t` in the earlier picture (schema `e`, cut `cut`) that the later one (schema `l`) lacks
-- ('missing'), shows changed without an edit stamp after the cut ('changed'), or adds without an
-- entry after the cut ('new'). An entry column that is a date only says the day: a row entered after
-- a cut during a day is dated that day or later.
CREATE FUNCTION pg_temp.as_of_count(e text, l text, cut timestamp, t text, what text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE f record; n bigint; entry_is_date boolean;
BEGIN
    SELECT * INTO f FROM table_facts WHERE table_name = t;
    IF what = 'missing' THEN
        -- The one deletion OpenDental makes in these tables: dropping a coverage deletes its
        -- patplan row and that patplan's eligibility verification item (PatPlans.Delete).
        EXECUTE format('SELECT count(*) FROM %I.%I e WHERE NOT EXISTS (SELECT FROM %I.%I w WHERE w.%I = e.%I) AND %s', e, t, l, t, f.pk, f.pk,
                       CASE t WHEN 'patplan' THEN format('NOT EXISTS (SELECT FROM %I.inssub s WHERE s."InsSubNum" = e."InsSubNum" AND s."DateTerm" <> ''0001-01-01'')', l)
                              WHEN 'insverify' THEN format('NOT (e."VerifyType" = 2 AND NOT EXISTS (SELECT FROM %I.patplan p WHERE p."PatPlanNum" = e."FKey"))', l)
                              ELSE 'true' END) INTO n;
    ELSIF what = 'changed' THEN
        -- userod.DateTLastLogin is live state (the last login before the cut), not history.
        EXECUTE format('SELECT count(*) FROM %I.%I e JOIN %I.%I w ON w.%I = e.%I
                         WHERE to_jsonb(e) - ''DateTLastLogin'' <> to_jsonb(w) - ''DateTLastLogin'' AND %s',
                       e, t, l, t, f.pk, f.pk,
                       CASE WHEN f.edit_column IS NULL THEN 'true' ELSE format('NOT (w.%I > %L::timestamp)', f.edit_column, cut) END) INTO n;
    ELSE
        IF f.entry_column IS NULL THEN
            RAISE EXCEPTION 'raw.% has no entry stamp to check new rows against', t;
        END IF;
        SELECT format_type(atttypid, atttypmod) = 'date' INTO entry_is_date FROM pg_attribute
         WHERE attrelid = (l || '.' || quote_ident(t))::regclass AND attname = f.entry_column;
        EXECUTE format('SELECT count(*) FROM %I.%I w WHERE NOT EXISTS (SELECT FROM %I.%I e WHERE e.%I = w.%I) AND %s',
                       l, t, e, t, f.pk, f.pk,
                       CASE WHEN entry_is_date THEN format('NOT (w.%I >= %L::date)', f.entry_column, cut::date)
                            ELSE format('NOT (w.%I > %L::timestamp)', f.entry_column, cut) END) INTO n;
    END IF;
    RETURN n;
END $$;
SELECT is(pg_temp.as_of_count(pair.e, pair.l, pair.cut, table_name, 'missing'), 0::bigint,
          format('a later as_of keeps every row of raw.%s but a dropped coverage''s (%s, then %s)', table_name, pair.e, pair.l))
  FROM whole, (VALUES ('earlier', 'whole', '2024-02-29'::timestamp), ('noon', 'evening', '2024-02-29 10:30')) pair(e, l, cut)
 ORDER BY pair.e, table_name;
SELECT is(pg_temp.as_of_count(pair.e, pair.l, pair.cut, table_name, 'changed'), 0::bigint,
          format('rows of raw.%s change only with an edit stamp after the earlier cut (%s, then %s)', table_name, pair.e, pair.l))
  FROM whole, (VALUES ('earlier', 'whole', '2024-02-29'::timestamp), ('noon', 'evening', '2024-02-29 10:30')) pair(e, l, cut)
 ORDER BY pair.e, table_name;
SELECT is(pg_temp.as_of_count(pair.e, pair.l, pair.cut, table_name, 'new'), 0::bigint,
          format('new rows of raw.%s were entered after the earlier cut (%s, then %s)', table_name, pair.e, pair.l))
  FROM table_facts, (VALUES ('earlier', 'whole', '2024-02-29'::timestamp), ('noon', 'evening', '2024-02-29 10:30')) pair(e, l, cut)
 WHERE entry_column IS NOT NULL
 ORDER BY pair.e, table_name;
SELECT cmp_ok((SELECT count(*) FROM whole.patient), '>', (SELECT count(*) FROM earlier.patient), 'the later picture has more patients');
-- The afternoon moved stories on: visits of the day were kept after the noon cut, so the pair
-- above compares pictures that differ.
SELECT cmp_ok((SELECT count(*) FROM evening.appointment v JOIN noon.appointment n USING ("AptNum")
                WHERE n."AptStatus" = 1 AND v."AptStatus" = 2), '>', 0::bigint, 'visits kept that afternoon show as complete in the evening');
SELECT cmp_ok((SELECT count(*) FROM evening.procedurelog v LEFT JOIN noon.procedurelog n USING ("ProcNum")
                WHERE n."ProcNum" IS NULL OR n."ProcStatus" <> v."ProcStatus"), '>', 0::bigint, 'procedures were charted or completed that afternoon');

SELECT * FROM finish();
ROLLBACK;
