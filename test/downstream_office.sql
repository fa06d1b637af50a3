-- What the downstream dbt project relies on in the office's own records (opendental/downstream.md,
-- sections 6 and 8), as properties of one generation: HasIns agrees with the patplan rows both
-- ways; no clinic row and ClinicNum 0 in every table; every completed procedure has a note of its
-- own; tasks carry a task category; broken and cancelled visits do not make up half of a
-- provider's full day.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(18);

SELECT * FROM dentsynth.generate_all(2000, seed => 11, start_date => '2023-01-01', as_of => '2025-06-30', target_schema => 'office') \g /dev/null
CREATE INDEX ON office.patplan ("PatNum");
CREATE INDEX ON office.procnote ("ProcNum");
CREATE INDEX ON office.appointment ("Op", "AptDateTime");
ANALYZE office.patplan, office.procnote, office.appointment, office.patient, office.procedurelog, office.task, office.taskhist;

-- 1. HasIns is 'I' exactly when the patient has a patplan row, '' otherwise. A dropped coverage
-- deletes its patplan row (OpenDental's Drop), so ended subscriptions must leave both in step.
SELECT is((SELECT count(*) FROM office.patient p WHERE p."HasIns" = 'I' AND NOT EXISTS (SELECT FROM office.patplan pp WHERE pp."PatNum" = p."PatNum")),
          0::bigint, 'every patient with HasIns ''I'' has a patplan row');
SELECT is((SELECT count(*) FROM office.patient p WHERE p."HasIns" IS DISTINCT FROM 'I' AND EXISTS (SELECT FROM office.patplan pp WHERE pp."PatNum" = p."PatNum")),
          0::bigint, 'every patient with a patplan row has HasIns ''I''');
SELECT is((SELECT count(*) FROM office.patient p WHERE p."HasIns" IS DISTINCT FROM '' AND NOT EXISTS (SELECT FROM office.patplan pp WHERE pp."PatNum" = p."PatNum")),
          0::bigint, 'every patient without a patplan row has HasIns ''''');
SELECT cmp_ok((SELECT count(*) FROM office.patient p
                WHERE EXISTS (SELECT FROM office.inssub s WHERE s."Subscriber" = p."PatNum" AND s."DateTerm" <> '0001-01-01')
                  AND NOT EXISTS (SELECT FROM office.patplan pp WHERE pp."PatNum" = p."PatNum")), '>', 0::bigint,
              'some subscribers have dropped their coverage by as_of (the rule is exercised)');

-- 2. A single-location practice without the clinics feature: no clinic row, ClinicNum 0 in every
-- table that has one, so no row names a clinic.
SELECT is((SELECT count(*) FROM office.clinic), 0::bigint, 'raw.clinic is empty by design');
CREATE TEMP TABLE clinic_columns AS
SELECT c.table_name::text AS table_name FROM information_schema.columns c
 WHERE c.table_schema = 'office' AND c.column_name = 'ClinicNum' AND c.table_name <> 'clinic';
CREATE FUNCTION pg_temp.nonzero_clinics(t text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM office.%I WHERE "ClinicNum" IS DISTINCT FROM 0', t) INTO n;
    RETURN n;
END $$;
SELECT cmp_ok((SELECT count(*) FROM clinic_columns), '>=', 20::bigint, 'ClinicNum columns of at least 20 tables are checked');
SELECT is((SELECT array_agg(table_name ORDER BY table_name) FROM clinic_columns WHERE pg_temp.nonzero_clinics(table_name) > 0), NULL,
          'every ClinicNum of every table is 0 (the tables listed name a clinic)');

-- 3. Every completed procedure has a procnote of its own (same ProcNum and patient), including the
-- members of a group note.
SELECT is((SELECT count(*) FROM office.procedurelog p WHERE p."ProcStatus" = 2
              AND NOT EXISTS (SELECT FROM office.procnote n WHERE n."ProcNum" = p."ProcNum" AND n."PatNum" = p."PatNum")),
          0::bigint, 'every completed procedure has its own procnote');
SELECT cmp_ok((SELECT count(*) FROM office.procgroupitem g JOIN office.procedurelog p USING ("ProcNum") WHERE p."ProcStatus" = 2), '>', 0::bigint,
              'completed procedures in group notes exist (the rule is exercised)');
SELECT is((SELECT count(*) FROM office.procnote n WHERE n."Note" = '' OR n."EntryDateTime" > '2025-06-30 23:59:59'), 0::bigint,
          'procedure notes say something and are written by as_of');

-- 4. Tasks carry a task category: a definition of category 54 (task categories), on most rows
-- (here all: every task the office makes is one of its known kinds of work); history rows carry
-- their task's.
SELECT cmp_ok((SELECT avg(("Category" <> 0)::int) FROM office.task), '>=', 0.9, 'at least 90% of tasks carry a task category');
SELECT is((SELECT count(*) FROM office.task t WHERE t."Category" <> 0
              AND NOT EXISTS (SELECT FROM office.definition d WHERE d."DefNum" = t."Category" AND d."Category" = 54)), 0::bigint,
          'every task category is a task category definition (category 54)');
SELECT cmp_ok((SELECT count(DISTINCT "Category") FROM office.task), '>=', 3::bigint, 'tasks use several categories');
SELECT is((SELECT count(*) FROM office.taskhist h JOIN office.task t USING ("TaskNum") WHERE h."Category" <> t."Category"), 0::bigint,
          'task history rows carry their task''s category');
SELECT is((SELECT count(*) FROM office.taskhist h WHERE h."Category" <> 0
              AND NOT EXISTS (SELECT FROM office.definition d WHERE d."DefNum" = h."Category" AND d."Category" = 54)), 0::bigint,
          'every task history category is a task category definition');

-- 5. Broken (5) and unscheduled (3) appointments per provider (the dentist of record, the
-- downstream's provider) and day. A day of a few appointments says nothing (two misses of four
-- happen by chance at an 11% rate), so days of at least six appointments are compared. A cancelled
-- hour the short-call list refilled is a visit of its own on that day.
CREATE TEMP VIEW provider_days AS
SELECT "ProvNum", "AptDateTime"::date AS day, count(*) AS appointments, count(*) FILTER (WHERE "AptStatus" IN (3, 5)) AS broken_or_unscheduled
  FROM office.appointment WHERE "AptStatus" IN (1, 2, 3, 5) GROUP BY 1, 2;
SELECT cmp_ok((SELECT max(broken_or_unscheduled::numeric / appointments) FROM provider_days WHERE appointments >= 6), '<', 0.5,
              'on no provider-day of six or more appointments are half of them broken or unscheduled');
SELECT ok((SELECT sum(broken_or_unscheduled)::numeric / sum(appointments) FROM provider_days) BETWEEN 0.05 AND 0.2
          AND (SELECT count(*) FROM provider_days WHERE appointments >= 6) >= 100,
          'broken and unscheduled visits occur at their usual rate over at least 100 full provider-days (the rule is exercised)');
SELECT cmp_ok((SELECT avg((EXISTS (SELECT FROM office.appointment f WHERE f."Op" = c."Op" AND f."AptDateTime" = c."AptDateTime"
                                      AND f."AptNum" <> c."AptNum" AND f."AptStatus" <> 3 AND f."SecDateTEntry" > c."DateTStamp"))::int)
                 FROM office.appointment c WHERE c."AptStatus" = 3 AND c."AptDateTime" < '2025-06-01'), '>=', 0.33,
              'at least a third of cancelled hours are refilled from the short-call list, after the cancellation');

SELECT * FROM finish();
ROLLBACK;
