-- dentsynth.profile(): the practice's key figures lie in the ranges published benchmarks give, at
-- the default roster and seed and at two other (patients, seed, start_date, as_of); each figure
-- leaves its range when the data it reads is damaged; it reads only the schema it is given, and
-- bad input gets a clear error.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

-- The default roster and seed (cut fixed so the run does not depend on the clock), a small
-- practice of another seed, and a longer history of another start.
SELECT * FROM dentsynth.generate_all(5000, as_of => '2026-06-30', target_schema => 'prof_default') \g /dev/null
SELECT * FROM dentsynth.generate_all(2000, seed => 17, as_of => '2026-06-30', target_schema => 'prof_small') \g /dev/null
SELECT * FROM dentsynth.generate_all(3000, seed => 7, start_date => '2021-07-01', as_of => '2025-12-15', target_schema => 'prof_long') \g /dev/null

CREATE TEMP TABLE profiled AS
SELECT g.label, g.schema_name, p.* FROM (VALUES ('5,000 patients, seed 42, as_of 2026-06-30', 'prof_default'::name),
                                 ('2,000 patients, seed 17, as_of 2026-06-30', 'prof_small'),
                                 ('3,000 patients, seed 7, 2021-07-01 to 2025-12-15', 'prof_long')) AS g(label, schema_name),
                        LATERAL dentsynth.profile(g.schema_name) AS p;

-- The absolute figures (they grow with the practice) are the only rows without a range.
CREATE TEMP TABLE unranged(kpi) AS VALUES ('dentists with production'), ('gross production'), ('AR total'), ('new patients a month');

SELECT plan(4 + (SELECT count(*)::int FROM profiled WHERE target_low IS NOT NULL) + 20 + 5);

SELECT is((SELECT count(DISTINCT kpi)::int FROM profiled), 23, 'profile() reports 23 figures');
SELECT set_eq($$SELECT kpi FROM profiled WHERE target_low IS NULL OR target_high IS NULL$$, $$SELECT kpi FROM unranged$$,
              'only the absolute figures have no range');
SELECT is((SELECT count(*)::int FROM profiled WHERE (target_low IS NULL) <> (in_range IS NULL) OR value IS NULL OR source IS NULL OR source = ''),
          0, 'every figure has a value and a source; in_range is NULL exactly when there is no range');
SELECT set_has($$SELECT kpi FROM profiled$$,
               $$VALUES ('gross production per dentist'), ('net production per dentist'), ('PPO write-offs, share of gross production'),
                        ('collection rate'), ('insurance share of collections'), ('AR over 90 days, share of AR'), ('AR in months of production'),
                        ('production per visit'), ('kept visits per active patient-year'), ('broken-appointment rate'), ('recall compliance'),
                        ('case acceptance'), ('new patients a month per dentist'), ('adults 30+ with periodontal treatment'),
                        ('insured share of active patients'), ('active patients under 18'), ('active patients 65 and over')$$,
               'the figures an owner reads are all there');

-- The gate: every figure with a range lies in it, at each of the three generations.
SELECT ok(in_range, format('%s: %s = %s %s (target %s to %s)', label, kpi, value, unit, target_low, target_high))
  FROM profiled WHERE target_low IS NOT NULL ORDER BY label, kpi;

-- Each figure can leave its range: damage the data it reads (in the small practice) and look.
CREATE FUNCTION pg_temp.in_range(name text) RETURNS boolean LANGUAGE sql AS
  $$SELECT in_range FROM dentsynth.profile('prof_small') WHERE kpi = name$$;
SAVEPOINT damage;
UPDATE prof_small.procedurelog SET "ProcFee" = "ProcFee" * 3 WHERE "ProcStatus" = 2;
SELECT is(pg_temp.in_range('gross production per dentist'), false, 'fees three times as high: gross production per dentist leaves its range');
SELECT is(pg_temp.in_range('production per visit'), false, '... and production per visit');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.procedurelog SET "ProcFee" = "ProcFee" * 0.4 WHERE "ProcStatus" = 2;
SELECT is(pg_temp.in_range('net production per dentist'), false, 'fees at 40%: net production per dentist leaves its range');
SELECT is(pg_temp.in_range('net production, share of gross'), false, '... and write-offs eat too much of it');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.insplan SET "PlanType" = '';
SELECT is(pg_temp.in_range('PPO write-offs, share of gross production'), false, 'no PPO plans: the PPO write-off share leaves its range');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.paysplit SET "SplitAmt" = "SplitAmt" * 0.5;
SELECT is(pg_temp.in_range('collection rate'), false, 'half the patient payments: the collection rate leaves its range');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.claimproc SET "InsPayAmt" = "InsPayAmt" * 0.2;
SELECT is(pg_temp.in_range('insurance share of collections'), false, 'a fifth of the insurance payments: the insurance share leaves its range');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.patient SET "BalOver90" = "BalOver90" + "Bal_0_30", "Bal_0_30" = 0;
SELECT is(pg_temp.in_range('AR over 90 days, share of AR'), false, 'current balances aged past 90 days: the over-90 share leaves its range');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.patient SET "BalTotal" = "BalTotal" * 4;
SELECT is(pg_temp.in_range('AR in months of production'), false, 'four times the AR: AR in months of production leaves its range');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.appointment SET "AptStatus" = 5 WHERE "AptStatus" = 2 AND "AptNum" % 2 = 0;
SELECT is(pg_temp.in_range('kept visits per active patient-year'), false, 'half the kept visits broken: kept visits per patient-year leave their range');
SELECT is(pg_temp.in_range('broken-appointment rate'), false, '... and the broken-appointment rate');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.recall SET "DateDue" = "DateDue" - 365, "DateScheduled" = '0001-01-01';
SELECT is(pg_temp.in_range('recall compliance'), false, 'every recall a year overdue: recall compliance leaves its range');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.procedurelog SET "ProcStatus" = 1 WHERE "ProcStatus" = 2 AND "ProcNum" IN (SELECT "ProcNumOrig" FROM prof_small.proctp);
SELECT is(pg_temp.in_range('case acceptance'), false, 'no planned procedure completed: case acceptance leaves its range');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.patient SET "DateFirstVisit" = "DateFirstVisit" - 730 WHERE "DateFirstVisit" > '1900-01-01';
SELECT is(pg_temp.in_range('new patients a month per dentist'), false, 'first visits two years earlier: new patients a month leave their range');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.procedurelog SET "CodeNum" = (SELECT "CodeNum" FROM prof_small.procedurecode WHERE "ProcCode" = 'D4910')
 WHERE "CodeNum" = (SELECT "CodeNum" FROM prof_small.procedurecode WHERE "ProcCode" = 'D1110');
SELECT is(pg_temp.in_range('adults 30+ with periodontal treatment'), false, 'every adult cleaning a perio maintenance: the perio share leaves its range');
ROLLBACK TO SAVEPOINT damage;
DELETE FROM prof_small.patplan WHERE "PatNum" % 3 <> 0;
SELECT is(pg_temp.in_range('insured share of active patients'), false, 'two thirds of the coverage dropped: the insured share leaves its range');
ROLLBACK TO SAVEPOINT damage;
UPDATE prof_small.patient SET "Birthdate" = '1950-01-01';
SELECT is(pg_temp.in_range('active patients under 18'), false, 'everyone born in 1950: no children');
SELECT is(pg_temp.in_range('active patients 18-64'), false, '... no working-age adults');
SELECT is(pg_temp.in_range('active patients 65 and over'), false, '... only seniors');
ROLLBACK TO SAVEPOINT damage;
-- The cut is the day after the last completed procedure, so the window follows the data.
UPDATE prof_small.procedurelog SET "ProcDate" = '2026-12-31'
 WHERE "ProcNum" = (SELECT max("ProcNum") FROM prof_small.procedurelog WHERE "ProcStatus" = 2);
SELECT is((SELECT value FROM dentsynth.profile('prof_small') WHERE kpi = 'new patients a month')
          < (SELECT value FROM profiled WHERE schema_name = 'prof_small' AND kpi = 'new patients a month'), true,
          'a procedure completed half a year later moves the cut and the window with it');
ROLLBACK TO SAVEPOINT damage;

-- It reads only the schema it is given: a role that may read nothing but prof_small gets the same
-- figures, and same-named tables earlier on the search_path are ignored.
CREATE ROLE dentsynth_profile_reader;
GRANT USAGE ON SCHEMA prof_small TO dentsynth_profile_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA prof_small TO dentsynth_profile_reader;
SELECT * FROM dentsynth.create_raw_schema('prof_decoy') \g /dev/null
GRANT USAGE ON SCHEMA prof_decoy TO dentsynth_profile_reader;
GRANT SELECT ON profiled TO dentsynth_profile_reader;  -- the expected figures, read by the test itself
SET search_path = prof_decoy, public;
SET ROLE dentsynth_profile_reader;
SELECT set_eq($$SELECT kpi, value, in_range FROM dentsynth.profile('prof_small')$$,
                  $$SELECT kpi, value, in_range FROM profiled WHERE schema_name = 'prof_small'$$,
                  'a role that may read only prof_small (empty same-named tables first on its search_path) gets the same figures');
RESET ROLE;
REVOKE SELECT ON prof_small.recall FROM dentsynth_profile_reader;
SET ROLE dentsynth_profile_reader;
SELECT throws_ok($$SELECT * FROM dentsynth.profile('prof_small')$$, '42501', NULL,
                 '... and one table taken away from it is missed (the check above has teeth)');
RESET ROLE;
RESET search_path;

SELECT throws_ok($$SELECT * FROM dentsynth.profile(NULL)$$, '22004', 'parameter "target_schema" must not be NULL', 'a NULL schema is refused (22004)');
SELECT throws_ok($$SELECT * FROM dentsynth.profile('no_such_schema')$$, '3F000',
                 'invalid value for parameter "target_schema": schema "no_such_schema" does not exist', 'a missing schema is refused by name (3F000)');
SELECT is((SELECT count(*)::int FROM dentsynth.profile('prof_decoy') WHERE in_range), 0,
          'an empty raw schema is profiled without error and no figure is in range');

SELECT * FROM finish();
ROLLBACK;
