-- dentsynth.validate(): every check passes on generated data, and each kind of check catches the
-- damage it is about (a lost payment, a cent too much, a double booking, a wrong sign); bad input
-- gets a clear error.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

SELECT * FROM dentsynth.generate_all(800, as_of => '2025-06-30', target_schema => 'val') \g /dev/null
CREATE TEMP TABLE clean AS SELECT * FROM dentsynth.validate('val');

SELECT plan(3 + (SELECT count(*)::int FROM clean) + 8);

SELECT set_eq($$SELECT DISTINCT category FROM clean$$, ARRAY['integrity', 'financial', 'business'], 'checks cover integrity, money and business rules');
SELECT cmp_ok((SELECT count(*) FROM clean), '>=', 20::bigint, 'at least 20 checks run');
SELECT ok(passed, format('%s check passes on generated data: %s (%s violations)', category, check_name, violations)) FROM clean ORDER BY category, check_name;

CREATE FUNCTION pg_temp.violations(name text) RETURNS bigint LANGUAGE sql AS
  $$SELECT violations FROM dentsynth.validate('val') WHERE check_name = name$$;

-- Integrity: a payment that disappears leaves its splits dangling.
SAVEPOINT damage;
DELETE FROM val.payment WHERE "PayNum" = (SELECT min("PayNum") FROM val.paysplit);
SELECT cmp_ok(pg_temp.violations('payment splits join payments and what they pay'), '>', 0::bigint, 'a deleted payment is caught');
ROLLBACK TO SAVEPOINT damage;

-- Money: one cent too much on one split breaks the payment, the family and the practice.
UPDATE val.paysplit SET "SplitAmt" = "SplitAmt" + 0.01 WHERE "SplitNum" = (SELECT min("SplitNum") FROM val.paysplit WHERE "ProcNum" <> 0);
SELECT is(pg_temp.violations('payments equal their splits'), 1::bigint, 'a cent too much on a split breaks its payment');
SELECT is(pg_temp.violations('family balances match the ledger'), 1::bigint, '... and its family''s balance');
SELECT is(pg_temp.violations('the practice balances'), 1::bigint, '... and the practice''s books');
SELECT is((SELECT array_agg(passed ORDER BY check_name) FROM dentsynth.validate('val')
            WHERE check_name IN ('payments equal their splits', 'family balances match the ledger', 'the practice balances')),
          ARRAY[false, false, false], 'and those checks no longer pass');
ROLLBACK TO SAVEPOINT damage;

-- Business: two visits in one chair at once; a discount with the wrong sign.
UPDATE val.appointment SET "AptDateTime" = (SELECT "AptDateTime" FROM val.appointment WHERE "AptNum" = (SELECT min("AptNum") FROM val.appointment WHERE "AptStatus" = 2)),
                           "Op" = (SELECT "Op" FROM val.appointment WHERE "AptNum" = (SELECT min("AptNum") FROM val.appointment WHERE "AptStatus" = 2))
 WHERE "AptNum" = (SELECT max("AptNum") FROM val.appointment WHERE "AptStatus" = 2);
SELECT cmp_ok(pg_temp.violations('no double booking'), '>', 0::bigint, 'a double booking is caught');
ROLLBACK TO SAVEPOINT damage;
UPDATE val.adjustment SET "AdjAmt" = -"AdjAmt" WHERE "AdjNum" = (SELECT min("AdjNum") FROM val.adjustment WHERE "AdjType" = 186);
SELECT is(pg_temp.violations('adjustments carry their type''s sign'), 1::bigint, 'a discount turned into a charge is caught');
ROLLBACK TO SAVEPOINT damage;

SELECT throws_ok($$SELECT * FROM dentsynth.validate(NULL)$$, '22004', 'parameter "target_schema" must not be NULL', 'a NULL schema is refused (22004)');
SELECT throws_ok($$SELECT * FROM dentsynth.validate('no_such_schema')$$, '3F000',
                 'invalid value for parameter "target_schema": schema "no_such_schema" does not exist', 'a missing schema is refused by name (3F000)');

SELECT * FROM finish();
ROLLBACK;
