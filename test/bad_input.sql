-- Bad input gets a clear ERROR with a proper SQLSTATE naming the parameter, and nothing is written.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(28);

SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(0, target_schema => 'bad')$$, '22023',
                 'invalid value for parameter "patients": 0', 'patients = 0 is refused (22023)');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(-5, target_schema => 'bad')$$, '22023', NULL, 'negative patients are refused');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(1000001, target_schema => 'bad')$$, '22023',
                 'invalid value for parameter "patients": 1000001', 'patients above the largest supported roster are refused');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(NULL, target_schema => 'bad')$$, '22004',
                 'parameter "patients" must not be NULL', 'NULL patients are refused by name (22004)');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(10, seed => NULL, target_schema => 'bad')$$, '22004',
                 'parameter "seed" must not be NULL', 'NULL seed is refused by name');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(10, start_date => NULL, target_schema => 'bad')$$, '22004',
                 'parameter "start_date" must not be NULL', 'NULL start_date is refused by name');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(10, as_of => NULL, target_schema => 'bad')$$, '22004',
                 'parameter "as_of" must not be NULL', 'NULL as_of is refused by name');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(10, target_schema => NULL)$$, '22004',
                 'parameter "target_schema" must not be NULL', 'NULL target_schema is refused by name');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(10, replace => NULL, target_schema => 'bad')$$, '22004',
                 'parameter "replace" must not be NULL', 'NULL replace is refused by name');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(10, start_date => '2024-06-01', as_of => '2024-01-01', target_schema => 'bad')$$,
                 '22023', 'invalid value for parameter "start_date": 2024-06-01 is after as_of 2024-01-01', 'start_date after as_of is refused');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(10, as_of => 'infinity', target_schema => 'bad')$$, '22023', NULL,
                 'an infinite as_of is refused');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(10, start_date => '1900-01-01', target_schema => 'bad')$$, '22023', NULL,
                 'a start_date before the documented earliest is refused');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(10, target_schema => '')$$, '22023', NULL, 'an empty target_schema is refused');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_providers(0)$$, '22023', 'invalid value for parameter "patients": 0',
                 'per-table functions validate the same way');
SELECT hasnt_schema('bad', 'refused calls created nothing, not even the schema');

-- The message carries a hint.
CREATE FUNCTION pg_temp.hint_of(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE h text;
BEGIN EXECUTE sql; RETURN NULL;
EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT; RETURN h; END $$;
SELECT is(pg_temp.hint_of($$SELECT * FROM dentsynth.generate_all(0)$$), 'patients must be between 1 and 1000000.',
          'the error names the valid range in its hint');

-- Non-empty targets are refused without replace, and nothing is written.
SELECT * FROM dentsynth.generate_all(20, as_of => '2023-06-30', target_schema => 'filled') \g /dev/null
UPDATE filled.provider SET "LName" = 'Kept' WHERE "ProvNum" = 1;
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(20, as_of => '2023-06-30', target_schema => 'filled')$$, '55000', NULL,
                 'generating into non-empty tables without replace is refused (55000)');
SELECT is((SELECT "LName" FROM filled.provider WHERE "ProvNum" = 1), 'Kept', 'and the existing rows are untouched');
SELECT is(pg_temp.hint_of($$SELECT * FROM dentsynth.generate_all(20, as_of => '2023-06-30', target_schema => 'filled')$$),
          'Pass replace => true to empty the tables dentsynth fills (inside your transaction), or choose another target_schema. Nothing was written.',
          'the hint says how to replace');

-- replace => true empties only the tables it fills: a user's own table beside them keeps its rows.
CREATE TABLE filled.practice_notes (note text);
INSERT INTO filled.practice_notes VALUES ('keep me');
SELECT lives_ok($$SELECT * FROM dentsynth.generate_all(20, as_of => '2023-06-30', target_schema => 'filled', replace => true)$$,
                'replace => true regenerates');
SELECT isnt((SELECT "LName" FROM filled.provider WHERE "ProvNum" = 1), 'Kept', 'the replaced rows are the generated ones again');
SELECT is((SELECT count(*) FROM filled.practice_notes WHERE note = 'keep me'), 1::bigint,
          'tables dentsynth does not fill keep their rows');

-- A role without privileges on the target gets 42501, and a table with triggers 0A000.
CREATE ROLE dentsynth_test_reader;
SET LOCAL ROLE dentsynth_test_reader;
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(20, as_of => '2023-06-30', target_schema => 'filled')$$, '42501',
                 'permission denied for target_schema "filled"', 'a role without USAGE on the target schema is refused (42501)');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(20, as_of => '2023-06-30', target_schema => 'not_mine')$$, '42501', NULL,
                 'a role that may not create schemas cannot have one created (42501)');
RESET ROLE;
SELECT * FROM dentsynth.create_raw_schema('triggered') \g /dev/null
CREATE FUNCTION pg_temp.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER touch BEFORE INSERT ON triggered.provider FOR EACH ROW EXECUTE FUNCTION pg_temp.touch();
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(20, as_of => '2023-06-30', target_schema => 'triggered')$$, '0A000',
                 'table triggered.provider has triggers', 'a target table with triggers is refused (0A000)');

-- A table with children (a coordinator's union of the servers' rows, attach_remote_parts) is not
-- written into: its rows live in the children, and replace's TRUNCATE would empty them too.
SELECT * FROM dentsynth.create_raw_schema('parent') \g /dev/null
CREATE SCHEMA elsewhere;
CREATE TABLE elsewhere.commlog () INHERITS (parent.commlog);
INSERT INTO elsewhere.commlog ("CommlogNum") VALUES (1);
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(20, as_of => '2023-06-30', target_schema => 'parent')$$, '0A000',
                 'table parent.commlog has child tables', 'a target table with child tables is refused (0A000)');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(20, as_of => '2023-06-30', target_schema => 'parent', replace => true)$$, '0A000',
                 'table parent.commlog has child tables', 'also with replace => true');
SELECT is((SELECT count(*) FROM elsewhere.commlog), 1::bigint, 'and the child''s rows stay');

SELECT * FROM finish();
ROLLBACK;
