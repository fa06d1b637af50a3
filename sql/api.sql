-- The SQL API as a user meets it: the documented functions, a small generated practice, sample
-- rows, and the errors a user sees (message and hint).
SET client_min_messages = warning;
SET datestyle = ISO;

-- Every function of the API has a comment (\df+ documents it).
SELECT proname, pronargs, provolatile, obj_description(oid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_proc WHERE pronamespace = 'dentsynth'::regnamespace ORDER BY proname;

-- The generators' parameters. as_of is the cut, a moment: a date means the start of that day, and
-- timestamptz takes a date, a timestamp, text or now() alike.
SELECT unnest(string_to_array(pg_get_function_arguments('dentsynth.generate_all'::regproc), ', ')) AS generate_all;
SELECT unnest(string_to_array(pg_get_function_arguments('dentsynth.generate_providers'::regproc), ', ')) AS generate_providers;

-- A small practice, fully reproducible (as_of given).
SELECT * FROM dentsynth.generate_all(100, seed => 1, as_of => '2023-12-31', target_schema => 'demo') ORDER BY table_name;

-- The same rows as a set, for any generated table.
SELECT "ProvNum", "Abbr", "LName", "FeeSched", "Specialty", "ProvStatus", "IsHidden", "DateTStamp"
  FROM dentsynth.generate_providers(5000, seed => 1, as_of => '2023-12-31') ORDER BY "ProvNum";
SELECT "CodeNum", "ProcCode", "Descript", "ProcCat", "TreatArea", "IsHygiene"
  FROM demo.procedurecode WHERE "ProcCode" IN ('D0120', 'D0150', 'D1110', 'D2391', 'D2740', 'D3330', 'D4341', 'D7140') ORDER BY "ProcCode";
SELECT s."Description", s."FeeSchedType", f."Amount"
  FROM demo.fee f JOIN demo.feesched s ON s."FeeSchedNum" = f."FeeSched"
  JOIN demo.procedurecode c ON c."CodeNum" = f."CodeNum" WHERE c."ProcCode" = 'D1110' ORDER BY s."FeeSchedNum";

-- Errors: message and hint.
SELECT * FROM dentsynth.generate_all(0);
SELECT * FROM dentsynth.generate_all(10, start_date => '2024-02-01', as_of => '2024-01-01');
SELECT * FROM dentsynth.generate_all(10, start_date => '2024-02-01', as_of => '2024-01-31 16:45');
SELECT * FROM dentsynth.generate_all(10, as_of => 'infinity');
SELECT * FROM dentsynth.generate_all(10, seed => NULL);
SELECT * FROM dentsynth.generate_all(100, seed => 1, as_of => '2023-12-31', target_schema => 'demo');
CREATE SCHEMA odd;
CREATE TABLE odd.clinic ("ClinicNum" int8 PRIMARY KEY, "Description" text);
SELECT * FROM dentsynth.create_raw_schema('odd');

-- replace => true inside a transaction that is rolled back leaves the old rows.
CREATE TEMP TABLE employers_before AS SELECT * FROM demo.employer;
BEGIN;
SELECT sum(rows) > 0 AS regenerated FROM dentsynth.generate_all(100, seed => 2, as_of => '2023-12-31', target_schema => 'demo', replace => true);
SELECT count(*) AS employers_changed_by_seed_2 FROM (SELECT * FROM demo.employer EXCEPT SELECT * FROM employers_before) d;
ROLLBACK;
SELECT count(*) AS employers_changed_after_rollback FROM (SELECT * FROM demo.employer EXCEPT SELECT * FROM employers_before) d;
