-- dentsynth.inject_faults(): each kind, injected alone into a fresh generation, is reported by
-- validate() under its own check with exactly as many violations as the ground truth has rows,
-- and no other check fails; the ground truth names rows that exist; same arguments, same damage;
-- nothing outside the target schema changes; schemas dentsynth did not write (or that hold rows
-- it did not write, or that were damaged before) are refused unless forced; bad input is refused.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

\ir lib/checksum.psql

SELECT * FROM dentsynth.generate_all(400, as_of => '2025-06-30', target_schema => 'inj') \g /dev/null
SELECT * FROM dentsynth.generate_all(60, seed => 3, as_of => '2025-06-30', target_schema => 'bystander') \g /dev/null

-- The check of validate() that each kind is meant to trip.
CREATE TEMP TABLE caught_by (kind text, check_name text);
INSERT INTO caught_by VALUES
    ('orphaned_paysplit', 'payment splits join payments and what they pay'),
    ('orphaned_claimproc', 'claim procedures join claims, procedures and checks'),
    ('unbalanced_payment', 'payments equal their splits'),
    ('procedure_zero_date', 'completed procedures carry a date'),
    ('procedure_after_cut', 'nothing is completed after the cut'),
    ('double_booked_operatory', 'no double booking'),
    ('duplicated_claimproc', 'no claim procedure is entered twice'),
    ('negative_fee', 'no negative fees'),
    ('appointment_inactive_patient', 'no bookings for patients who left'),
    ('missing_guarantor', 'patient guarantors exist'),
    ('claim_received_before_sent', 'claims go out after the visit and come back after they go out'),
    ('key_beyond_32_bits', 'keys fit in 32 bits');
CREATE TEMP TABLE listed AS SELECT * FROM dentsynth.inject_faults('{}');
CREATE TEMP TABLE clean AS SELECT * FROM dentsynth.validate('inj');

-- Each kind alone, undone afterwards (a subtransaction rolled back by a private error code):
-- the ground truth, validate()'s count under the kind's check, the other checks that fail, and
-- how many ground-truth keys name an existing row of the named table (by its primary key).
CREATE TEMP TABLE outcome (kind text, truth bigint, distinct_keys bigint, matching bigint, others text[], existing bigint, recorded bigint);
DO $$
DECLARE
    k record;
    t bigint; d bigint; m bigint; o text[]; e bigint; r bigint;
    tbl text; pk text; keys bigint[];
BEGIN
    FOR k IN SELECT * FROM caught_by ORDER BY kind LOOP
        BEGIN
            SELECT count(*), count(DISTINCT key), array_agg(key), min(table_name) INTO t, d, keys, tbl
              FROM dentsynth.inject_faults(ARRAY[k.kind], rate => 0.02, target_schema => 'inj');
            SELECT violations INTO m FROM dentsynth.validate('inj') WHERE check_name = k.check_name;
            SELECT array_agg(check_name ORDER BY check_name) INTO o FROM dentsynth.validate('inj') WHERE NOT passed AND check_name <> k.check_name;
            SELECT a.attname INTO pk FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
             WHERE i.indrelid = format('inj.%I', tbl)::regclass AND i.indisprimary;
            EXECUTE format('SELECT count(*) FROM inj.%I WHERE %I = ANY ($1)', tbl, pk) INTO e USING keys;
            SELECT damaged_rows INTO r FROM dentsynth.fault_injection WHERE target_schema = 'inj' AND kinds = ARRAY[k.kind];
            RAISE EXCEPTION 'undo' USING ERRCODE = 'DSUND';
        EXCEPTION WHEN SQLSTATE 'DSUND' THEN
            NULL;
        END;
        INSERT INTO outcome VALUES (k.kind, t, d, m, o, e, r);
    END LOOP;
END $$;

SELECT plan(6 + 6 * 12 + 6 + 2 + 9 + 12 + 3);

-- The catalogue.
SELECT ok(NOT EXISTS (SELECT FROM clean WHERE NOT passed), 'every validate() check passes on the fresh generation');
SELECT set_eq('SELECT fault FROM listed', 'SELECT kind FROM caught_by', 'inject_faults(''{}'') lists exactly the kinds this suite checks');
SELECT ok((SELECT bool_and(key IS NULL AND length(detail) > 20) FROM listed), 'each listed kind has a description and no key');
SELECT ok((SELECT bool_and(to_regclass('inj.' || table_name) IS NOT NULL) FROM listed), 'each listed kind names a contract table');
SELECT ok((SELECT bool_and(detail LIKE '%' || c.check_name || ')') FROM listed JOIN caught_by c ON c.kind = listed.fault),
          'each description names the validate() check that catches it');
SELECT set_eq('SELECT check_name FROM caught_by', 'SELECT check_name FROM clean WHERE check_name IN (SELECT check_name FROM caught_by)',
              'every check named is one validate() runs');

-- Each kind alone.
SELECT cmp_ok(truth, '>', 0::bigint, format('%s: damages rows at rate 0.02', kind)) FROM outcome ORDER BY kind;
SELECT is(distinct_keys, truth, format('%s: one ground-truth row per damaged row', kind)) FROM outcome ORDER BY kind;
SELECT is(existing, truth, format('%s: every ground-truth key names a row of its table', kind)) FROM outcome ORDER BY kind;
SELECT is(matching, truth, format('%s: validate() counts exactly the %s injected rows under "%s"', o.kind, truth, c.check_name))
  FROM outcome o JOIN caught_by c USING (kind) ORDER BY kind;
SELECT is(others, NULL, format('%s: no other validate() check fails', kind)) FROM outcome ORDER BY kind;
SELECT is(recorded, truth, format('%s: the call is recorded in dentsynth.fault_injection with its count', kind)) FROM outcome ORDER BY kind;

-- All kinds at once: same arguments, same damage (ground truth and every table), and each check
-- still counts its own kind's rows; another seed damages other rows. Nothing outside inj changes.
-- (What lies outside is summed inside the subtransaction, before the damage is undone.)
CREATE FUNCTION pg_temp.outside() RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(c.relname || ':' || pg_temp.checksum(format('SELECT * FROM bystander.%I', c.relname)), ',' ORDER BY c.relname)
           || ',generation:' || pg_temp.checksum('SELECT * FROM dentsynth.generation')
      FROM pg_class c WHERE c.relnamespace = 'bystander'::regnamespace AND c.relkind = 'r'$$;
CREATE TEMP TABLE outside_before AS SELECT pg_temp.outside() sums;
CREATE TEMP TABLE all_kinds (take int, seed bigint, truth text, tables text, by_kind jsonb, by_check jsonb, outside text);
CREATE FUNCTION pg_temp.damage(take int, s bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t text; tb text; bk jsonb; bc jsonb; os text;
BEGIN
    BEGIN
        CREATE TEMP TABLE truth_now AS SELECT * FROM dentsynth.inject_faults((SELECT array_agg(kind) FROM caught_by), rate => 0.02, seed => s, target_schema => 'inj');
        t := pg_temp.checksum('SELECT * FROM truth_now');
        SELECT string_agg(pg_temp.checksum(format('SELECT * FROM inj.%I', c.relname)), ',' ORDER BY c.relname) INTO tb
          FROM pg_class c WHERE c.relnamespace = 'inj'::regnamespace AND c.relkind = 'r';
        SELECT jsonb_object_agg(fault, n) INTO bk FROM (SELECT fault, count(*) n FROM truth_now GROUP BY 1) x;
        SELECT jsonb_object_agg(c.kind, v.violations) INTO bc FROM dentsynth.validate('inj') v JOIN caught_by c USING (check_name);
        os := pg_temp.outside();
        RAISE EXCEPTION 'undo' USING ERRCODE = 'DSUND';
    EXCEPTION WHEN SQLSTATE 'DSUND' THEN
        NULL;
    END;
    INSERT INTO all_kinds VALUES (take, s, t, tb, bk, bc, os);
END $$;
SELECT pg_temp.damage(1, 7), pg_temp.damage(2, 7), pg_temp.damage(3, 8) \g /dev/null

SELECT is((SELECT truth FROM all_kinds WHERE take = 2), (SELECT truth FROM all_kinds WHERE take = 1), 'same arguments, same ground truth');
SELECT is((SELECT tables FROM all_kinds WHERE take = 2), (SELECT tables FROM all_kinds WHERE take = 1), 'same arguments, same damaged tables (checksums of every table)');
SELECT isnt((SELECT truth FROM all_kinds WHERE take = 3), (SELECT truth FROM all_kinds WHERE take = 1), 'another seed, other rows');
SELECT is((SELECT by_check FROM all_kinds WHERE take = 1), (SELECT by_kind FROM all_kinds WHERE take = 1),
          'all kinds at once: each check counts exactly its own kind''s rows');
SELECT is((SELECT count(*) FROM jsonb_object_keys((SELECT by_kind FROM all_kinds WHERE take = 1))), 12::bigint, '... and every kind damaged rows');
SELECT is((SELECT outside FROM all_kinds WHERE take = 1), (SELECT sums FROM outside_before),
          'another generated schema and the generation records are untouched (checksums of their tables)');

-- The rate: 1 damages every candidate, a tiny rate still one row.
SAVEPOINT rate;
CREATE TEMP TABLE positive_fees AS SELECT count(*) n FROM inj.fee WHERE "Amount" > 0;
SELECT is((SELECT count(*) FROM dentsynth.inject_faults('{negative_fee}', rate => 1, target_schema => 'inj')), (SELECT n FROM positive_fees),
          'rate 1 damages every candidate (every positive fee)');
ROLLBACK TO SAVEPOINT rate;
SELECT is((SELECT count(*) FROM dentsynth.inject_faults('{negative_fee}', rate => 1e-12, target_schema => 'inj')), 1::bigint,
          'a rate too small for any row still damages one');
ROLLBACK TO SAVEPOINT rate;

-- Refusals: what dentsynth did not write, and what was damaged before.
INSERT INTO inj.commlog SELECT (jsonb_populate_record(c, jsonb_build_object('CommlogNum', (SELECT max("CommlogNum") + 1 FROM inj.commlog)))).*
  FROM inj.commlog c ORDER BY "CommlogNum" LIMIT 1;
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'inj')$$, '55000',
                 'schema "inj" holds rows dentsynth did not write: table inj.commlog holds 1 row more than the generation wrote',
                 'a user row added to a generated table is refused (55000)');
SELECT is((SELECT count(*) FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'inj', force => true)) > 0, true, '... unless forced');
ROLLBACK TO SAVEPOINT rate;
DELETE FROM inj.adjustment WHERE "AdjNum" = (SELECT min("AdjNum") FROM inj.adjustment);
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'inj')$$, '55000',
                 'schema "inj" holds rows dentsynth did not write: table inj.adjustment holds 1 row fewer than the generation wrote',
                 'a generated row removed is refused too');
ROLLBACK TO SAVEPOINT rate;
SELECT dentsynth.create_raw_schema('handmade') \g /dev/null
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'handmade')$$, '55000',
                 'schema "handmade" has no generation record: dentsynth did not write it', 'a schema generate_all did not write is refused');
SELECT is((SELECT count(*) FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'handmade', force => true)), 0::bigint,
          '... unless forced (its empty tables offer nothing to damage)');
SELECT * FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'inj') \g /dev/null
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{unbalanced_payment}', target_schema => 'inj')$$, '55000',
                 'schema "inj" was already damaged by inject_faults (1 call)', 'a second call on a damaged schema is refused');
SELECT cmp_ok((SELECT count(*) FROM dentsynth.inject_faults('{unbalanced_payment}', target_schema => 'inj', force => true)), '>', 0::bigint, '... unless forced');
SELECT is((SELECT array_agg(array_to_string(kinds, ',') || ':' || forced ORDER BY call) FROM dentsynth.fault_injection WHERE target_schema = 'inj'),
          ARRAY['negative_fee:false', 'unbalanced_payment:true'], 'both calls are recorded, in order, the forced one as forced');
-- A later generation of the schema (generate_all with replace => true, in another transaction)
-- is clean again: the record names the generation it damaged.
UPDATE dentsynth.generation SET generated_at = generated_at + interval '1 hour' WHERE target_schema = 'inj';
SELECT lives_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'inj')$$,
                'a schema generated again after the damage is clean again (the record names the generation it damaged)');
ROLLBACK TO SAVEPOINT rate;

-- Bad input.
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{no_such_kind}', target_schema => 'inj')$$, '22023',
                 'invalid value for parameter "kinds": unknown fault kind ''no_such_kind''', 'an unknown kind is refused by name (22023)');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults(ARRAY['negative_fee', NULL], target_schema => 'inj')$$, '22023',
                 'invalid value for parameter "kinds": unknown fault kind NULL', 'a NULL kind is refused (22023)');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults(NULL)$$, '22004', 'parameter "kinds" must not be NULL', 'NULL kinds are refused (22004)');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', rate => 0, target_schema => 'inj')$$, '22023',
                 'invalid value for parameter "rate": 0 is outside (0, 1]', 'rate 0 is refused (22023)');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', rate => 1.5, target_schema => 'inj')$$, '22023',
                 'invalid value for parameter "rate": 1.5 is outside (0, 1]', 'rate above 1 is refused (22023)');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', rate => 'NaN', target_schema => 'inj')$$, '22023',
                 'invalid value for parameter "rate": NaN is outside (0, 1]', 'rate NaN is refused (22023)');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', rate => NULL, target_schema => 'inj')$$, '22004',
                 'parameter "rate" must not be NULL', 'a NULL rate is refused (22004)');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', seed => NULL, target_schema => 'inj')$$, '22004',
                 'parameter "seed" must not be NULL', 'a NULL seed is refused (22004)');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', target_schema => NULL)$$, '22004',
                 'parameter "target_schema" must not be NULL', 'a NULL schema is refused (22004)');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'inj', force => NULL)$$, '22004',
                 'parameter "force" must not be NULL', 'a NULL force is refused (22004)');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'no_such_schema')$$, '3F000',
                 'invalid value for parameter "target_schema": schema "no_such_schema" does not exist', 'a missing schema is refused by name (3F000)');
SELECT is((SELECT count(*) FROM dentsynth.fault_injection WHERE target_schema = 'inj'), 0::bigint, 'refused calls record nothing');

-- Any role may damage (and record the damage of) a schema of its own, and no other.
CREATE ROLE dentsynth_test_faulter;
CREATE SCHEMA own AUTHORIZATION dentsynth_test_faulter;
SET LOCAL ROLE dentsynth_test_faulter;
SELECT * FROM dentsynth.generate_all(30, as_of => '2025-06-30', target_schema => 'own') \g /dev/null
SELECT cmp_ok((SELECT count(*) FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'own')), '>', 0::bigint,
              'a role damages a schema it generated, without any right on dentsynth''s tables but reading');
SELECT is((SELECT count(*) FROM dentsynth.fault_injection WHERE target_schema = 'own'), 1::bigint, '... and its call is recorded');
SELECT throws_ok($$SELECT * FROM dentsynth.inject_faults('{negative_fee}', target_schema => 'inj')$$, '42501', NULL,
                 'a schema the role may not read is refused (42501)');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
