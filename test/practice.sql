-- The practice as the downstream dbt project expects it at the 5000-patient default: every
-- practice table filled (raw.clinic empty: no clinics feature), its keys resolving, OpenDental's
-- code values and the contract's fixed ids present, booleans and entry/edit stamps filled and never
-- after as_of.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

CREATE TEMP TABLE counts AS SELECT * FROM dentsynth.generate_all(5000, as_of => '2025-06-30', target_schema => 'practice');

-- Rows of child.col (non-zero) whose value is missing from parent.pcol.
CREATE FUNCTION pg_temp.orphans(child text, col text, parent text, pcol text, filter text DEFAULT 'true') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM practice.%I c WHERE c.%I <> 0 AND (%s) AND NOT EXISTS (SELECT FROM practice.%I p WHERE p.%I = c.%I)',
                   child, col, filter, parent, pcol, col) INTO n;
    RETURN n;
END $$;
CREATE FUNCTION pg_temp.count_where(table_name text, condition text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM practice.%I WHERE %s', table_name, condition) INTO n;
    RETURN n;
END $$;

-- Columns of the generated tables by kind: of the tables with rows (every table but raw.clinic,
-- asserted below), since a column of an empty table passes any check of its values.
CREATE TEMP TABLE generated_columns AS
SELECT c.table_name, a.attname::text AS column_name, format_type(a.atttypid, a.atttypmod) AS type
  FROM counts c JOIN pg_attribute a ON a.attrelid = ('practice.' || quote_ident(c.table_name))::regclass
 WHERE a.attnum > 0 AND NOT a.attisdropped AND c.rows > 0;
CREATE TEMP TABLE bool_columns AS SELECT * FROM generated_columns WHERE type = 'boolean';
CREATE TEMP TABLE stamp_columns AS SELECT * FROM generated_columns
 WHERE column_name ~ '^(SecDateEntry|SecDateTEdit|SecDateTEntry|DateTStamp)$';
CREATE TEMP TABLE clinic_columns AS SELECT * FROM generated_columns WHERE column_name = 'ClinicNum' AND table_name <> 'clinic';

SELECT plan(48 + (SELECT count(*)::int FROM counts) + (SELECT count(*)::int FROM bool_columns)
            + 2 * (SELECT count(*)::int FROM stamp_columns) + (SELECT count(*)::int FROM clinic_columns));

SELECT cmp_ok(rows, '>', 0::bigint, format('raw.%s has rows', table_name)) FROM counts WHERE table_name <> 'clinic' ORDER BY table_name;
SELECT is((SELECT rows FROM counts WHERE table_name = 'clinic'), 0::bigint, 'raw.clinic is empty: no clinic row without the clinics feature');
CREATE TEMP TABLE producers (table_name text, level text, produced_by text);
\copy producers FROM 'schema/producers.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
SELECT set_eq('SELECT table_name FROM counts',
              $$SELECT table_name FROM producers UNION SELECT unnest(ARRAY['etl_load_status', 'etl_transform_status', 'etl_pipeline_metrics', 'etl_table_metrics'])$$,
              'generate_all reports exactly the tables of schema/producers.tsv and the ETL bookkeeping');

SELECT is(pg_temp.count_where(table_name, format('%I IS NULL', column_name)), 0::bigint,
          format('raw.%s.%s is never NULL', table_name, column_name))
  FROM bool_columns ORDER BY table_name, column_name;
SELECT is(pg_temp.count_where(table_name, format('%I::date <= ''1900-01-01''', column_name)), 0::bigint,
          format('raw.%s.%s is always set', table_name, column_name))
  FROM stamp_columns ORDER BY table_name, column_name;
SELECT is(pg_temp.count_where(table_name, format('%I::date > ''2025-06-30''', column_name)), 0::bigint,
          format('raw.%s.%s is never after as_of', table_name, column_name))
  FROM stamp_columns ORDER BY table_name, column_name;
SELECT is(pg_temp.count_where(table_name, '"ClinicNum" <> 0'), 0::bigint, format('raw.%s uses ClinicNum 0', table_name))
  FROM clinic_columns ORDER BY table_name;

-- No NULL where OpenDental writes a value. The deliberate NULLs: fee.OldCode, which the
-- downstream fee rule 4 only accepts as NULL (see docs/BUSINESS_LOGIC.md); the error column
-- of the ETL table metrics when the load succeeded; the last primary value the ETL status rows
-- record for a table loaded empty (raw.clinic); and a payment's check number, bank, processor
-- id and recurring charge date where the payment has none (the downstream tests their lengths and
-- dates only when they are set, and would fail an empty string or a zero date).
CREATE FUNCTION pg_temp.columns_with_nulls() RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE r record; n bigint; found text[] := '{}';
BEGIN
    FOR r IN SELECT table_name, column_name FROM generated_columns ORDER BY 1, 2 LOOP
        EXECUTE format('SELECT count(*) FROM practice.%I WHERE %I IS NULL', r.table_name, r.column_name) INTO n;
        IF n > 0 THEN found := found || (r.table_name || '.' || r.column_name); END IF;
    END LOOP;
    RETURN found;
END $$;
SELECT is(pg_temp.columns_with_nulls(),
          ARRAY['etl_load_status.last_primary_value', 'etl_table_metrics.error', 'etl_transform_status.last_primary_value', 'fee.OldCode',
                'payment.BankBranch', 'payment.CheckNum', 'payment.ExternalId', 'payment.RecurringChargeDate'],
          'no column of a generated table holds NULL, except fee.OldCode, the ETL error of a successful load, the last key of a table loaded empty and a payment''s missing instrument details');
SELECT is((SELECT array_agg(table_name ORDER BY table_name) FROM practice.etl_load_status WHERE last_primary_value IS NULL), ARRAY['clinic']::varchar[],
          'only the empty clinic table has no last primary value');

-- Definitions: at least 100, every id the downstream tests name, in its category.
SELECT cmp_ok((SELECT count(*) FROM practice.definition), '>=', 100::bigint, 'at least 100 definitions');
SELECT is((SELECT array_agg(d ORDER BY d) FROM unnest(ARRAY[73,74,75,76,77,78,79,80,81,82,83,85,250,251,260,300,301,540,548,622,665,667,668]) d
            WHERE NOT EXISTS (SELECT FROM practice.definition WHERE "DefNum" = d AND "Category" = 11)), NULL,
          'all 23 procedure-code category definitions exist in category 11');
SELECT is((SELECT array_agg(d ORDER BY d) FROM unnest(ARRAY[9,18,185,186,188,235,337,472,474,475,482,483,485,486,537,549,550,601,655]) d
            WHERE NOT EXISTS (SELECT FROM practice.definition WHERE "DefNum" = d AND "Category" = 1)), NULL,
          'every adjustment type the downstream names exists in category 1');
SELECT is((SELECT array_agg(d ORDER BY d) FROM unnest(ARRAY[69,70,71,72,391,412,417,574,634,676,681]) d
            WHERE NOT EXISTS (SELECT FROM practice.definition WHERE "DefNum" = d AND "Category" = 10)), NULL,
          'every patient payment type exists in category 10');
SELECT is((SELECT array_agg(d ORDER BY d) FROM unnest(ARRAY[261,303,463,464,465,466,467,469,645,646,647,661]) d
            WHERE NOT EXISTS (SELECT FROM practice.definition WHERE "DefNum" = d AND "Category" = 32)), NULL,
          'every insurance payment type exists in category 32');
SELECT is((SELECT array_agg(d ORDER BY d) FROM unnest(ARRAY[224,225,226,228,425,427,428,429,432,509,510,571,603,614,615,636]) d
            WHERE NOT EXISTS (SELECT FROM practice.definition WHERE "DefNum" = d AND "Category" = 27)), NULL,
          'every commlog type exists in category 27');
SELECT is((SELECT array_agg(d ORDER BY d) FROM unnest(ARRAY[288,439,598,641]) d
            WHERE NOT EXISTS (SELECT FROM practice.definition WHERE "DefNum" = d AND "Category" = 29)), NULL,
          'every unearned type exists in category 29');
SELECT is((SELECT array_agg(d ORDER BY d) FROM unnest(ARRAY[241,257,258,424,506,532,590,617,618,619,620,621,638]) d
            WHERE NOT EXISTS (SELECT FROM practice.definition WHERE "DefNum" = d AND "Category" = 25)), NULL,
          'every blockout type exists in category 25');
SELECT is((SELECT array_agg(DISTINCT c ORDER BY c) FROM unnest(ARRAY[2, 4, 13, 16, 18, 35, 38]) c
            WHERE NOT EXISTS (SELECT FROM practice.definition WHERE "Category" = c)), NULL,
          'confirmation, billing, recall, diagnosis, image, specialty and verification categories have rows');
SELECT is((SELECT count(*) FROM (SELECT "Category", "ItemOrder" FROM practice.definition GROUP BY 1, 2 HAVING count(*) > 1) d), 0::bigint,
          'ItemOrder is unique within a category');

-- Procedure codes.
SELECT is(pg_temp.count_where('procedurecode', '"ProcCat" NOT IN (73,74,75,76,77,78,79,80,81,82,83,85,250,251,260,300,301,540,548,622,665,667,668)'),
          0::bigint, 'every procedure code has an accepted category');
SELECT is((SELECT count(DISTINCT "ProcCat") FROM practice.procedurecode), 23::bigint, 'all 23 categories are used');
SELECT is((SELECT count(*) - count(DISTINCT "ProcCode") FROM practice.procedurecode), 0::bigint, 'ProcCode is unique');
SELECT is(pg_temp.count_where('procedurecode', '"ProcCode" LIKE ''D%'' AND "ProcCode" !~ ''^D[0-9]'''), 0::bigint,
          'a D code has a digit after the D');
SELECT cmp_ok(pg_temp.count_where('procedurecode', '"ProcCode" ~ ''^D[0-9]{4}$'''), '>=', 100::bigint, 'at least 100 CDT codes');
SELECT is(pg_temp.count_where('procedurecode', '"TreatArea" NOT BETWEEN 0 AND 7'), 0::bigint, 'TreatArea is a valid area');
SELECT cmp_ok(pg_temp.count_where('procedurecode', '"IsHygiene"'), '>', 0::bigint, 'some codes are hygiene codes');

-- Fee schedules and fees.
SELECT is(pg_temp.count_where('feesched', '"FeeSchedType" NOT IN (0, 1, 2, 4) OR NOT "IsGlobal"'), 0::bigint,
          'fee schedules are global and of accepted types');
SELECT is((SELECT count(*) FROM (SELECT "FeeSched", "CodeNum" FROM practice.fee GROUP BY 1, 2 HAVING count(*) > 1) d), 0::bigint,
          'at most one fee per schedule and code');
SELECT is(pg_temp.count_where('fee', '"Amount" < 0 OR "Amount" > 10000'), 0::bigint, 'fees are between $0 and $10,000');
SELECT ok((SELECT min("FeeNum") = 1 AND max("FeeNum") = count(*) AND max("FeeNum") < 217113 FROM practice.fee),
          'fees are numbered densely from 1, below the reference clinic''s flagged FeeNums (217113, 218252, 219409)');
SELECT is(pg_temp.count_where('fee', '"CodeNum" = 6 AND "Amount" > 1000'), 0::bigint, 'CodeNum 6 costs at most $1,000');
SELECT is(pg_temp.count_where('fee', 'round("Amount"::numeric * 100) <> "Amount"::numeric * 100'), 0::bigint, 'fees are whole cents');
SELECT is((SELECT count(*) FROM practice.feesched f WHERE (SELECT count(*) FROM practice.fee WHERE "FeeSched" = f."FeeSchedNum") < 5), 0::bigint,
          'every schedule has at least five fees');
SELECT ok((SELECT avg(p."Amount" / u."Amount") FROM practice.fee p JOIN practice.fee u ON u."CodeNum" = p."CodeNum"
             JOIN practice.feesched s ON s."FeeSchedNum" = p."FeeSched"
            WHERE u."FeeSched" = (SELECT min("FeeSchedNum") FROM practice.feesched) AND s."FeeSchedNum" <> u."FeeSched"
              AND s."Description" ILIKE '%PPO%' AND u."Amount" > 0) BETWEEN 0.5 AND 0.95,
          'PPO schedules allow 50-95% of the standard fee');

-- Appointment types: ids 0..12, names from the accepted list.
SELECT is(pg_temp.count_where('appointmenttype', '"AppointmentTypeNum" NOT BETWEEN 0 AND 12'), 0::bigint, 'appointment type ids are 0..12');
SELECT is(pg_temp.count_where('appointmenttype', $$"AppointmentTypeName" NOT IN ('......', 'Adult Cleaning (Existing Patient)',
          'zzzzzzzzDO NOT USE', 'Child Cleaning (Existing Patient)', 'Adult Cleaning (New Patient)', 'Child Cleaning (New Patient)',
          '30 Minute Appt', 'Emergency Pain', 'Crown Prep', 'WebSched New Patient Default', 'Implant Consult', 'Prophy Child New', 'None',
          'Adult Recare', 'Comp, FMX, 4BWX')$$), 0::bigint, 'appointment type names are from the accepted list');
SELECT is(pg_temp.count_where('appointmenttype', '"AppointmentTypeNum" = 0'), 1::bigint, 'appointment type 0 exists');
SELECT is(pg_temp.count_where('recalltype', '"DefaultInterval" NOT BETWEEN 1 AND 730'), 0::bigint, 'recall intervals are 1..730 days');

-- Keys resolve.
-- The key columns of the practice's tables, by group: a non-zero value names a row of the parent.
CREATE TEMP TABLE practice_keys (grp text, child text, col text, parent text, pcol text);
INSERT INTO practice_keys VALUES
    ('providers'' fee schedules and specialties exist', 'provider', 'FeeSched', 'feesched', 'FeeSchedNum'),
    ('providers'' fee schedules and specialties exist', 'provider', 'Specialty', 'definition', 'DefNum'),
    ('operatories'' providers exist', 'operatory', 'ProvDentist', 'provider', 'ProvNum'),
    ('operatories'' providers exist', 'operatory', 'ProvHygienist', 'provider', 'ProvNum'),
    ('users'' keys resolve', 'userod', 'EmployeeNum', 'employee', 'EmployeeNum'),
    ('users'' keys resolve', 'userod', 'ProvNum', 'provider', 'ProvNum'),
    ('users'' keys resolve', 'userod', 'UserGroupNum', 'usergroup', 'UserGroupNum'),
    ('users'' keys resolve', 'usergroupattach', 'UserNum', 'userod', 'UserNum'),
    ('users'' keys resolve', 'usergroupattach', 'UserGroupNum', 'usergroup', 'UserGroupNum'),
    ('users'' keys resolve', 'userodpref', 'UserNum', 'userod', 'UserNum'),
    ('users'' keys resolve', 'userodapptview', 'UserNum', 'userod', 'UserNum'),
    ('users'' keys resolve', 'userodapptview', 'ApptViewNum', 'apptview', 'ApptViewNum'),
    ('plans'' and benefits'' keys resolve', 'insplan', 'CarrierNum', 'carrier', 'CarrierNum'),
    ('plans'' and benefits'' keys resolve', 'insplan', 'EmployerNum', 'employer', 'EmployerNum'),
    ('plans'' and benefits'' keys resolve', 'insplan', 'FeeSched', 'feesched', 'FeeSchedNum'),
    ('plans'' and benefits'' keys resolve', 'insplan', 'AllowedFeeSched', 'feesched', 'FeeSchedNum'),
    ('plans'' and benefits'' keys resolve', 'insplan', 'CopayFeeSched', 'feesched', 'FeeSchedNum'),
    ('plans'' and benefits'' keys resolve', 'insplan', 'ClaimFormNum', 'claimform', 'ClaimFormNum'),
    ('plans'' and benefits'' keys resolve', 'insplan', 'SecUserNumEntry', 'userod', 'UserNum'),
    ('plans'' and benefits'' keys resolve', 'benefit', 'PlanNum', 'insplan', 'PlanNum'),
    ('plans'' and benefits'' keys resolve', 'benefit', 'CodeGroupNum', 'codegroup', 'CodeGroupNum'),
    ('plans'' and benefits'' keys resolve', 'benefit', 'CodeNum', 'procedurecode', 'CodeNum'),
    ('catalogue keys resolve', 'fee', 'FeeSched', 'feesched', 'FeeSchedNum'),
    ('catalogue keys resolve', 'fee', 'CodeNum', 'procedurecode', 'CodeNum'),
    ('catalogue keys resolve', 'procedurecode', 'ProcCat', 'definition', 'DefNum'),
    ('catalogue keys resolve', 'recalltrigger', 'RecallTypeNum', 'recalltype', 'RecallTypeNum'),
    ('catalogue keys resolve', 'recalltrigger', 'CodeNum', 'procedurecode', 'CodeNum'),
    ('catalogue keys resolve', 'allergydef', 'MedicationNum', 'medication', 'MedicationNum'),
    ('catalogue keys resolve', 'programproperty', 'ProgramNum', 'program', 'ProgramNum'),
    ('catalogue keys resolve', 'sheetfielddef', 'SheetDefNum', 'sheetdef', 'SheetDefNum'),
    ('catalogue keys resolve', 'pharmclinic', 'PharmacyNum', 'pharmacy', 'PharmacyNum'),
    ('schedule keys resolve', 'scheduleop', 'ScheduleNum', 'schedule', 'ScheduleNum'),
    ('schedule keys resolve', 'scheduleop', 'OperatoryNum', 'operatory', 'OperatoryNum'),
    ('schedule keys resolve', 'schedule', 'ProvNum', 'provider', 'ProvNum'),
    ('schedule keys resolve', 'schedule', 'EmployeeNum', 'employee', 'EmployeeNum'),
    ('schedule keys resolve', 'schedule', 'BlockoutType', 'definition', 'DefNum');
-- A column that is always 0 names nothing, so its check sees no row: the columns the practice
-- leaves at 0 are stated (no plan uses an allowed-fee or copay schedule; benefits name a code, not
-- a code group), every other one must name rows.
SELECT is((SELECT array_agg(child || '.' || col ORDER BY child, col) FROM practice_keys
            WHERE pg_temp.count_where(child, format('%I <> 0', col)) = 0),
          ARRAY['benefit.CodeGroupNum', 'insplan.AllowedFeeSched', 'insplan.CopayFeeSched'],
          'every key column checked names rows, but the plans'' allowed-fee and copay schedules and the benefits'' code groups (unused: 0)');
SELECT is((SELECT sum(pg_temp.orphans(child, col, parent, pcol)) FROM practice_keys k WHERE k.grp = g.grp), 0::numeric, g.grp)
  FROM (SELECT grp, min(ctid) AS first FROM practice_keys GROUP BY grp) g ORDER BY g.first;

-- Schedules follow OpenDental's rules and the practice's calendar.
SELECT is(pg_temp.count_where('schedule', '"SchedType" NOT IN (0, 1, 2, 3) OR "Status" NOT BETWEEN 0 AND 6'), 0::bigint,
          'schedule types and statuses are valid');
SELECT is(pg_temp.count_where('schedule', '("SchedType" IN (0, 1, 2) AND "EmployeeNum" <> 0) OR ("SchedType" IN (0, 2, 3) AND "ProvNum" <> 0)'),
          0::bigint, 'provider and employee ids are 0 where the schedule type says so');
SELECT is(pg_temp.count_where('schedule', '"SchedType" = 1 AND ("StartTime" >= "StopTime" OR "StartTime" < ''06:00'' OR "StopTime" > ''20:00'')'),
          0::bigint, 'provider working hours are daytime hours');
SELECT is(pg_temp.count_where('schedule', '"SchedDate" < ''2023-01-01'''), 0::bigint, 'no schedule before start_date');
SELECT is(pg_temp.count_where('schedule', '"SchedType" = 1 AND extract(dow FROM "SchedDate") = 0'), 0::bigint, 'nobody works on Sundays');
SELECT cmp_ok((SELECT count(DISTINCT "SchedDate") FROM practice.schedule WHERE "SchedType" = 1 AND "SchedDate" <= '2025-06-30'), '>=', 600::bigint,
              'providers work on most weekdays of the 2.5 years');

-- Scale.
SELECT cmp_ok((SELECT count(*) FROM practice.employer), '>=', 500::bigint, 'at least 500 employers at 5000 patients');
SELECT cmp_ok((SELECT count(*) FROM dentsynth.generate_providers(20000, as_of => '2025-06-30')), '>',
              (SELECT count(*) FROM practice.provider), 'a larger practice has more providers');
SELECT is(pg_temp.count_where('zipcode', 'length("ZipCodeDigits") <> 5 OR length("State") <> 2'), 0::bigint, 'zip codes have 5 digits and a 2-letter state');

SELECT * FROM finish();
ROLLBACK;
