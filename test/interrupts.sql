-- A statement_timeout and a cancel in the middle of a large generation leave no rows behind and
-- a working session (the error bridge turns the backend's interrupt into a clean ERROR).
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
\getenv pgpassword PGPASSWORD
\getenv pghost PGHOST
-- The cancelled generation runs in a database of its own, so its committed set-up never touches
-- the rolled-back transaction of this file.
DROP DATABASE IF EXISTS dentsynth_cancel_test WITH (FORCE);
CREATE DATABASE dentsynth_cancel_test;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT plan(10);

-- The SQLSTATE a statement ends with. pgTAP's throws_ok cannot see a cancel: PL/pgSQL's OTHERS
-- deliberately excludes query_canceled, so it is named here.
CREATE FUNCTION pg_temp.sqlstate_of(sql text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE sql;
    RETURN 'no error';
EXCEPTION
    WHEN query_canceled THEN RETURN SQLSTATE || ' ' || SQLERRM;
    WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM;
END $$;

-- statement_timeout, in this session: the generation is rolled back to the block's savepoint.
SELECT * FROM dentsynth.create_raw_schema('timeout_target') \g /dev/null
SET LOCAL statement_timeout = '400ms';
SELECT is(pg_temp.sqlstate_of($$SELECT * FROM dentsynth.generate_all(1000000, as_of => '2030-12-31', target_schema => 'timeout_target')$$),
          '57014 canceling statement due to statement timeout', 'statement_timeout stops a large generation (57014)');
SET LOCAL statement_timeout = 0;
SELECT is((SELECT count(*) FROM timeout_target.schedule) + (SELECT count(*) FROM timeout_target.fee)
        + (SELECT count(*) FROM timeout_target.employer), 0::bigint, 'nothing was left behind by the timed-out call');
SELECT is((SELECT count(*) FROM dentsynth.generate_providers(10, as_of => '2023-03-01')) > 0, true, 'the session still works');

-- A cancel from outside, through a second connection that runs the generation.
SELECT format('dbname=%s user=%s port=%s host=%s password=%s', 'dentsynth_cancel_test', current_user,
              current_setting('port'), coalesce(nullif(:'pghost', ''), '/var/run/postgresql'), :'pgpassword') AS conninfo \gset
SELECT dblink_connect('runner', :'conninfo') \g /dev/null
SELECT dblink_exec('runner', 'CREATE EXTENSION IF NOT EXISTS dentsynth') \g /dev/null
SELECT * FROM dblink('runner', 'SELECT count(*) FROM dentsynth.create_raw_schema(''cancel_target'')') AS t(n bigint) \g /dev/null
SELECT is(dblink_send_query('runner',
          'SELECT * FROM dentsynth.generate_all(1000000, as_of => ''2030-12-31'', target_schema => ''cancel_target'')'), 1,
          'a large generation starts on the second connection');
SELECT pg_sleep(0.5) \g /dev/null
SELECT is(dblink_is_busy('runner'), 1, 'it is still running half a second later');
SELECT is(dblink_cancel_query('runner'), 'OK', 'the cancel request is accepted');
SELECT is((SELECT count(*) FROM dblink_get_result('runner', false) AS t(table_name text, rows bigint)), 0::bigint,
          'the cancelled generation returns no rows');
SELECT alike(dblink_error_message('runner'), '%canceling statement due to user request%', 'it ends with the cancel error');
-- dblink wants one more get_result (the empty one) before the connection takes a new query.
SELECT * FROM dblink_get_result('runner', false) AS t(table_name text, rows bigint) \g /dev/null
SELECT is(n, 0::bigint, 'the cancelled call left no rows behind')
  FROM dblink('runner', 'SELECT (SELECT count(*) FROM cancel_target.schedule) + (SELECT count(*) FROM cancel_target.fee)
                               + (SELECT count(*) FROM cancel_target.employer)') AS t(n bigint);
SELECT is(ok, 1, 'the cancelled session still works')
  FROM dblink('runner', 'SELECT 1') AS t(ok int);
SELECT dblink_disconnect('runner') \g /dev/null

SELECT * FROM finish();
ROLLBACK;
DROP DATABASE dentsynth_cancel_test WITH (FORCE);
