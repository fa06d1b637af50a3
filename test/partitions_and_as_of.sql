-- Partitioned generation: the union of the parts, loaded in any order, equals the single call row
-- for row. The as-of property: a later as_of shows the same practice later; every row of the
-- earlier picture is still there (except what OpenDental deletes: a dropped coverage's patplan
-- and its eligibility item), unchanged unless its story moved on (then with an edit stamp after
-- the earlier cut), and every new row was entered after the earlier cut, by its own entry stamp
-- or, for a row entered with its parent, by the parent's. A date as_of cuts at the start of its
-- day, a timestamp at that moment.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

\ir lib/checksum.psql
\ir lib/row_count.psql
\ir lib/key_plan.psql
CREATE TEMP TABLE producers (table_name text, level text, produced_by text);
\copy producers FROM 'schema/producers.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)

CREATE TEMP TABLE whole AS SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'whole');
-- The ETL bookkeeping records each load (each part is a load of its own, stamped before the cut), so it
-- is outside both properties; test/etl_bookkeeping.sql checks it.
DELETE FROM whole WHERE table_name LIKE 'etl\_%';
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 3, parts => 3) \g /dev/null
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 1, parts => 3) \g /dev/null
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 2, parts => 3) \g /dev/null

-- The as-of property, table by table, between two pairs of cuts: a date (the start of that day)
-- and one a year later; a moment in the middle of a working day and the evening of that day, when
-- visits have been kept, accounts settled and recalls moved on since.
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2024-02-29', target_schema => 'earlier') \g /dev/null
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2024-02-29 10:30', target_schema => 'noon') \g /dev/null
SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2024-02-29 17:15', target_schema => 'evening') \g /dev/null
CREATE TEMP TABLE pairs (e text, l text, cut timestamp);
INSERT INTO pairs VALUES ('earlier', 'whole', '2024-02-29'), ('noon', 'evening', '2024-02-29 10:30');

-- One patient table has too few rows at 600 patients for the checks to see anything: no patient
-- link is made between the cuts. It is checked in the same cuts of a 5000-patient practice
-- (s_<schema>), made by its function (a table needed only as the parent of a sparse table's entry
-- stamp would be listed with checked false).
CREATE TEMP TABLE sparse (table_name text, function_name text, checked boolean);
INSERT INTO sparse VALUES ('patientlink', 'generate_patientlinks', true);
CREATE FUNCTION pg_temp.make_sparse_pictures() RETURNS void LANGUAGE plpgsql AS $$
DECLARE s record; p record;
BEGIN
    FOR p IN SELECT * FROM (VALUES ('whole', '2025-03-31'::timestamp), ('earlier', '2024-02-29'), ('noon', '2024-02-29 10:30'),
                                   ('evening', '2024-02-29 17:15')) v(schema_name, as_of) LOOP
        EXECUTE format('CREATE SCHEMA %I', 's_' || p.schema_name);
        FOR s IN SELECT * FROM sparse LOOP
            EXECUTE format('CREATE TABLE %I.%I AS SELECT * FROM dentsynth.%I(5000, seed => 5, as_of => %L)',
                           's_' || p.schema_name, s.table_name, s.function_name, p.as_of);
        END LOOP;
    END LOOP;
    EXECUTE 'CREATE SCHEMA s_parts';
    FOR s IN SELECT * FROM sparse WHERE checked LOOP
        EXECUTE format('CREATE TABLE s_parts.%1$I AS SELECT * FROM dentsynth.%2$I(5000, seed => 5, as_of => ''2025-03-31'', part => 3, parts => 3)
                        UNION ALL SELECT * FROM dentsynth.%2$I(5000, seed => 5, as_of => ''2025-03-31'', part => 1, parts => 3)
                        UNION ALL SELECT * FROM dentsynth.%2$I(5000, seed => 5, as_of => ''2025-03-31'', part => 2, parts => 3)',
                       s.table_name, s.function_name);
    END LOOP;
END $$;
SELECT pg_temp.make_sparse_pictures();

-- Where each table's new rows show when they were entered (entered_by: a column of the row, or
-- ref:<column> for a row entered with the row that column points to):
--  * a table of the key plan: its entered_by in schema/keys.tsv, the parent of a ref: reached
--    through schema/key_references.tsv;
--  * the tables numbered outside the key plan that gain rows over time, named here with why;
--  * the practice's set-up tables (catalogue, staff, partners, plans, settings) have none: their
--    rows exist from start_date on (a cut before a row's entry shows it stamped at the cut), so a
--    later cut adds no row to them at all, and that is what is checked instead;
--  * raw.clinic is empty by design (a single location without the clinics feature).
CREATE TEMP TABLE outside_plan (table_name text, entered_by text, parent_table text, why text);
INSERT INTO outside_plan VALUES
    ('patient', 'SecDateEntry', NULL, 'keyed by the roster number; the day the patient was entered'),
    ('patientnote', 'SecDateTEntry', NULL, 'keyed by the roster number; made when the patient is entered'),
    ('schedule', 'DateTStamp', NULL, 'a practice table numbered densely; a day''s schedule is stamped when it is set up: providers'' a quarter at a time months ahead, blockouts and shifts weeks ahead'),
    ('scheduleop', 'ref:ScheduleNum', 'schedule', 'a practice table numbered densely; a schedule''s operatories are set up with it'),
    ('timeadjust', 'TimeEntry', NULL, 'a practice table numbered densely; a time card adjustment is stamped when it is entered');
CREATE TEMP TABLE entry_stamps AS
SELECT k.table_name, r.column_name AS via_column,
       CASE WHEN k.entered_by LIKE 'ref:%' THEN r.referenced_table ELSE k.table_name END AS stamp_table,
       CASE WHEN k.entered_by LIKE 'ref:%' THEN p.entered_by ELSE k.entered_by END AS stamp_column
  FROM key_plan k
  LEFT JOIN key_references r ON k.entered_by = 'ref:' || r.column_name AND r.table_name = k.table_name AND r."when" IS NULL
  LEFT JOIN key_plan p ON p.table_name = r.referenced_table
UNION ALL
SELECT o.table_name, substring(o.entered_by FROM '^ref:(.*)$'), coalesce(o.parent_table, o.table_name),
       coalesce(q.entered_by, o.entered_by)
  FROM outside_plan o LEFT JOIN outside_plan q ON q.table_name = o.parent_table;

-- The primary key column, the edit stamp column (the first of the list the table has) and the
-- entry stamp of each generated table, and where it is checked.
CREATE TEMP TABLE table_facts AS
SELECT w.table_name,
       (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
         WHERE i.indrelid = ('whole.' || quote_ident(w.table_name))::regclass AND i.indisprimary) AS pk,
       (SELECT c FROM unnest(ARRAY['SecDateTEdit', 'DateTStamp']) WITH ORDINALITY AS u(c, n)
         WHERE EXISTS (SELECT FROM pg_attribute WHERE attrelid = ('whole.' || quote_ident(w.table_name))::regclass AND attname = c)
         ORDER BY n LIMIT 1) AS edit_column,
       s.via_column, s.stamp_table, s.stamp_column,
       CASE WHEN w.table_name = 'clinic' THEN 'empty'
            WHEN s.stamp_column IS NOT NULL THEN 'entered'
            WHEN (SELECT level FROM producers p WHERE p.table_name = w.table_name) = 'practice' THEN 'set-up' END AS kind,
       CASE WHEN w.table_name IN (SELECT table_name FROM sparse WHERE checked) THEN 's_' ELSE '' END AS prefix
  FROM whole w LEFT JOIN entry_stamps s USING (table_name);

-- Rows of `t` in the earlier picture (schema `e`, cut `cut`) that the later one (schema `l`) lacks
-- ('missing'), shows changed without an edit stamp after the cut ('changed'), or adds without an
-- entry after the cut ('new'; for a set-up table every added row); 'added' counts the rows the
-- later picture adds. An entry stamp that is a date only says the day: a row entered after a cut
-- during a day is dated that day or later.
CREATE FUNCTION pg_temp.as_of_count(e text, l text, cut timestamp, t text, what text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE f record; n bigint; entry_is_date boolean; entered text; added text;
BEGIN
    SELECT * INTO f FROM table_facts WHERE table_name = t;
    e := f.prefix || e;
    l := f.prefix || l;
    IF what = 'missing' THEN
        -- The one deletion OpenDental makes in these tables: dropping a coverage deletes its
        -- patplan row and that patplan's eligibility verification item (PatPlans.Delete).
        EXECUTE format('SELECT count(*) FROM %I.%I e WHERE NOT EXISTS (SELECT FROM %I.%I w WHERE w.%I = e.%I) AND %s', e, t, l, t, f.pk, f.pk,
                       CASE t WHEN 'patplan' THEN format('NOT EXISTS (SELECT FROM %I.inssub s WHERE s."InsSubNum" = e."InsSubNum" AND s."DateTerm" <> ''0001-01-01'')', l)
                              WHEN 'insverify' THEN format('NOT (e."VerifyType" = 2 AND NOT EXISTS (SELECT FROM %I.patplan p WHERE p."PatPlanNum" = e."FKey"))', l)
                              ELSE 'true' END) INTO n;
        RETURN n;
    ELSIF what = 'changed' THEN
        -- userod.DateTLastLogin is live state (the last login before the cut), not history.
        EXECUTE format('SELECT count(*) FROM %I.%I e JOIN %I.%I w ON w.%I = e.%I
                         WHERE to_jsonb(e) - ''DateTLastLogin'' <> to_jsonb(w) - ''DateTLastLogin'' AND %s',
                       e, t, l, t, f.pk, f.pk,
                       CASE WHEN f.edit_column IS NULL THEN 'true' ELSE format('NOT (w.%I > %L::timestamp)', f.edit_column, cut) END) INTO n;
        RETURN n;
    END IF;
    added := format('SELECT * FROM %I.%I w WHERE NOT EXISTS (SELECT FROM %I.%I e WHERE e.%I = w.%I)', l, t, e, t, f.pk, f.pk);
    IF what = 'added' OR f.kind = 'set-up' THEN
        EXECUTE format('SELECT count(*) FROM (%s) w', added) INTO n;
        RETURN n;
    END IF;
    IF f.kind IS DISTINCT FROM 'entered' THEN
        RAISE EXCEPTION 'raw.% has no entry stamp to check new rows against', t;
    END IF;
    SELECT format_type(atttypid, atttypmod) = 'date' INTO entry_is_date FROM pg_attribute
     WHERE attrelid = (l || '.' || quote_ident(f.stamp_table))::regclass AND attname = f.stamp_column;
    entered := CASE WHEN entry_is_date THEN format('s.%I >= %L::date', f.stamp_column, cut::date)
                    ELSE format('s.%I > %L::timestamp', f.stamp_column, cut) END;
    IF f.via_column IS NULL THEN
        EXECUTE format('SELECT count(*) FROM (%s) s WHERE NOT (%s)', added, entered) INTO n;
    ELSE
        -- Entered with its parent: the parent row, in the later picture, was entered after the cut.
        EXECUTE format('SELECT count(*) FROM (%s) w WHERE NOT EXISTS (SELECT FROM %I.%I s WHERE s.%I = w.%I AND %s)',
                       added, l, f.stamp_table,
                       (SELECT pk FROM table_facts WHERE table_name = f.stamp_table), f.via_column, entered) INTO n;
    END IF;
    RETURN n;
END $$;

-- The tables checked: every generated table but raw.clinic.
CREATE TEMP VIEW checked AS SELECT * FROM table_facts WHERE kind IS DISTINCT FROM 'empty';

SELECT plan(14 + (SELECT count(*)::int FROM checked) * (1 + 3 * (SELECT count(*)::int FROM pairs)));

-- Every table is accounted for, and the checks below see rows.
SELECT is((SELECT array_agg(table_name ORDER BY table_name) FROM table_facts WHERE kind IS NULL), NULL,
          'every table has an entry stamp (schema/keys.tsv or named above), is a set-up table of the practice, or is raw.clinic');
SELECT is((SELECT array_agg(table_name ORDER BY table_name) FROM table_facts f
            WHERE kind = 'set-up' AND (SELECT level FROM producers p WHERE p.table_name = f.table_name) <> 'practice'), NULL,
          'only the practice''s tables are set-up tables: every patient table has an entry stamp');
SELECT is((SELECT sum(pg_temp.row_count(s, 'clinic')) FROM unnest(ARRAY['whole', 'parts', 'earlier', 'noon', 'evening']) s), 0::numeric,
          'raw.clinic is empty in every picture: a single location without the clinics feature has no clinic row');
SELECT is((SELECT array_agg(format('%s%s.%s', c.prefix, p.e, c.table_name) ORDER BY c.table_name, p.e) FROM checked c, pairs p
            WHERE pg_temp.row_count(c.prefix || p.e, c.table_name) = 0), NULL,
          'every checked table has rows at each earlier cut, so the kept and changed checks see rows');
SELECT is((SELECT array_agg(c.table_name ORDER BY c.table_name) FROM checked c
            WHERE c.kind = 'entered' AND (SELECT sum(pg_temp.as_of_count(p.e, p.l, p.cut, c.table_name, 'added')) FROM pairs p) = 0), NULL,
          'every table with an entry stamp gains rows between the cuts, so its new-rows check sees rows');

SELECT cmp_ok((SELECT rows FROM whole WHERE table_name = 'patient'), '>', 0::bigint, 'the single call has patients');
SELECT is(pg_temp.checksum(format('SELECT * FROM %I.%I', prefix || 'parts', table_name)), pg_temp.checksum(format('SELECT * FROM %I.%I', prefix || 'whole', table_name)),
          format('parts 3, 1, 2 of 3 together equal the single call: raw.%s%s', table_name, CASE prefix WHEN 's_' THEN ' (5000 patients)' ELSE '' END))
  FROM checked ORDER BY table_name;
SELECT set_eq($$SELECT * FROM dentsynth.generate_patients(600, seed => 5, as_of => '2025-03-31', part => 2, parts => 4)$$,
              $$SELECT * FROM whole.patient WHERE "PatNum" BETWEEN 151 AND 300$$,
              'generate_patients(part => 2, parts => 4) returns the single call''s patients 151 to 300');
SELECT is((SELECT count(*) FROM dentsynth.generate_providers(600, seed => 5, as_of => '2025-03-31', part => 2, parts => 4)), 0::bigint,
          'the practice belongs to part 1 only');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(600, seed => 5, as_of => '2025-03-31', target_schema => 'parts', part => 2, parts => 3)$$,
                 '23505', NULL, 'loading a part twice fails on the primary key');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(600, seed => 5, target_schema => 'parts', replace => true, part => 1, parts => 3)$$,
                 '22023', 'replace => true cannot be combined with parts > 1', 'replace is refused for a partitioned call');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(600, seed => 5, target_schema => 'parts4', part => 5, parts => 4)$$,
                 '22023', 'invalid value for parameter "part": 5 of 4', 'a part beyond parts is refused by name');

SELECT is(pg_temp.as_of_count(p.e, p.l, p.cut, c.table_name, 'missing'), 0::bigint,
          format('a later as_of keeps every row of raw.%s but a dropped coverage''s (%s, then %s)', c.table_name, c.prefix || p.e, c.prefix || p.l))
  FROM checked c, pairs p ORDER BY p.e, c.table_name;
SELECT is(pg_temp.as_of_count(p.e, p.l, p.cut, c.table_name, 'changed'), 0::bigint,
          format('rows of raw.%s change only with an edit stamp after the earlier cut (%s, then %s)', c.table_name, c.prefix || p.e, c.prefix || p.l))
  FROM checked c, pairs p ORDER BY p.e, c.table_name;
SELECT is(pg_temp.as_of_count(p.e, p.l, p.cut, c.table_name, 'new'), 0::bigint,
          CASE c.kind WHEN 'set-up' THEN format('raw.%s, set up from start_date on, gains no row after the earlier cut (%s, then %s)', c.table_name, p.e, p.l)
               ELSE format('new rows of raw.%s were entered after the earlier cut, by %s.%s%s (%s, then %s)', c.table_name, c.stamp_table, c.stamp_column,
                           CASE WHEN c.via_column IS NOT NULL THEN ' through ' || c.via_column ELSE '' END, c.prefix || p.e, c.prefix || p.l) END)
  FROM checked c, pairs p ORDER BY p.e, c.table_name;

SELECT cmp_ok((SELECT count(*) FROM whole.patient), '>', (SELECT count(*) FROM earlier.patient), 'the later picture has more patients');
-- The afternoon moved stories on: visits of the day were kept after the noon cut, so the pair
-- above compares pictures that differ.
SELECT cmp_ok((SELECT count(*) FROM evening.appointment v JOIN noon.appointment n USING ("AptNum")
                WHERE n."AptStatus" = 1 AND v."AptStatus" = 2), '>', 0::bigint, 'visits kept that afternoon show as complete in the evening');
SELECT cmp_ok((SELECT count(*) FROM evening.procedurelog v LEFT JOIN noon.procedurelog n USING ("ProcNum")
                WHERE n."ProcNum" IS NULL OR n."ProcStatus" <> v."ProcStatus"), '>', 0::bigint, 'procedures were charted or completed that afternoon');

SELECT * FROM finish();
ROLLBACK;
