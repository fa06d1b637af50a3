-- Schedules set ahead, and every table filled. An office enters its providers' schedules before it
-- books patients into them: at any cut, every booked appointment (scheduled, complete, sent to the
-- unscheduled list or broken: each took its place in a provider's day) lies on a day for which its
-- dentist (ProvNum) and its hygienist (ProvHyg, when set) have a provider schedule (SchedType 1)
-- entered by the cut, past visits and those booked months ahead alike. And every table of the
-- contract but raw.clinic (empty by design) has rows at a roster of a few thousand patients, or
-- less, whatever the seed. Three generations: the 2,000 patients of seed 17 cut at a date, 800
-- patients of seed 1 cut during a working day, and 1,500 patients of seed 99 over a history that
-- starts in the middle of a quarter, cut at a date early in a quarter (before its schedules are
-- entered).
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

CREATE TEMP TABLE runs (schema_name text, patients int, seed bigint, start_date date, as_of timestamp);
INSERT INTO runs VALUES ('c_2000_17', 2000, 17, '2023-01-01', '2026-06-30'),
                        ('c_800_1', 800, 1, '2023-01-01', '2025-03-31 10:30'),
                        ('c_1500_99', 1500, 99, '2023-05-17', '2026-01-05');
CREATE TEMP TABLE columns_tsv (table_name text, ordinal int, column_name text, type text, nullable text, "default" text, primary_key text);
\copy columns_tsv FROM 'schema/columns.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)

CREATE FUNCTION pg_temp.generate_runs() RETURNS void LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
    FOR r IN SELECT * FROM runs LOOP
        PERFORM FROM dentsynth.generate_all(r.patients, seed => r.seed, start_date => r.start_date, as_of => r.as_of,
                                      target_schema => r.schema_name);
        EXECUTE format('CREATE INDEX ON %I.schedule ("ProvNum", "SchedDate")', r.schema_name);
        EXECUTE format('ANALYZE %I.schedule, %I.appointment', r.schema_name, r.schema_name);
    END LOOP;
END $$;
SELECT pg_temp.generate_runs();

-- Booked appointments of the generation in `s` (cut `cut`) whose dentist or hygienist has no
-- provider schedule entered by the cut on the appointment's day.
CREATE FUNCTION pg_temp.off_schedule(s text, cut timestamp) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format($q$
        SELECT count(*) FROM %1$I.appointment a
         WHERE a."AptStatus" IN (1, 2, 3, 5)
           AND EXISTS (SELECT FROM unnest(ARRAY[a."ProvNum", nullif(a."ProvHyg", 0)]) AS p(prov)
                        WHERE p.prov IS NOT NULL
                          AND NOT EXISTS (SELECT FROM %1$I.schedule s
                                           WHERE s."SchedType" = 1 AND s."ProvNum" = p.prov
                                             AND s."SchedDate" = a."AptDateTime"::date AND s."DateTStamp" <= %2$L::timestamp))$q$,
                   s, cut) INTO n;
    RETURN n;
END $$;

-- How many booked appointments lie after the cut's day (visits booked ahead), and how far ahead of
-- the cut the providers' schedules run.
CREATE FUNCTION pg_temp.ahead(s text, cut timestamp, out booked_ahead bigint, out schedules_through date) LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('SELECT count(*) FROM %I.appointment WHERE "AptStatus" = 1 AND "AptDateTime"::date > %L::date', s, cut) INTO booked_ahead;
    EXECUTE format('SELECT max("SchedDate") FROM %I.schedule WHERE "SchedType" = 1', s) INTO schedules_through;
END $$;

\ir lib/row_count.psql

SELECT plan(4 * (SELECT count(*)::int FROM runs));

SELECT is(pg_temp.off_schedule(schema_name, as_of), 0::bigint,
          format('%s patients, seed %s, as of %s: every booked appointment lies on a day its dentist and hygienist have a schedule entered by the cut',
                 patients, seed, as_of))
  FROM runs ORDER BY schema_name;
-- The check above sees visits booked ahead: there are some, months past the cut.
SELECT cmp_ok((pg_temp.ahead(schema_name, as_of)).booked_ahead, '>=', 50::bigint,
              format('%s patients, seed %s, as of %s: visits are booked ahead of the cut', patients, seed, as_of))
  FROM runs ORDER BY schema_name;
-- Schedules are entered a quarter at a time, early in the quarter nine months before: the rest of
-- the cut's quarter and the next two are always entered.
SELECT cmp_ok((pg_temp.ahead(schema_name, as_of)).schedules_through, '>=', (date_trunc('quarter', as_of) + interval '9 months' - interval '1 day')::date,
              format('%s patients, seed %s, as of %s: providers'' schedules are entered through the second quarter after the cut''s', patients, seed, as_of))
  FROM runs ORDER BY schema_name;
-- Every table of the contract (schema/columns.tsv), counted in the generated schema itself.
SELECT is((SELECT array_agg(t.table_name ORDER BY t.table_name) FROM (SELECT DISTINCT table_name FROM columns_tsv) t
            WHERE pg_temp.row_count(r.schema_name, t.table_name) = 0),
          ARRAY['clinic'],
          format('%s patients, seed %s, as of %s: every table has rows but raw.clinic (empty by design)', patients, seed, as_of))
  FROM runs r ORDER BY schema_name;

SELECT * FROM finish();
ROLLBACK;
