-- A statement_timeout and a cancel in the middle of a large generation leave no rows behind and
-- a working session (the error bridge turns the backend's interrupt into a clean ERROR).
\set ON_ERROR_STOP 1
\set QUIET 1
\getenv pgpassword PGPASSWORD
\getenv pghost PGHOST
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT plan(9);

-- statement_timeout, in this session.
SELECT * FROM dentsynth.create_raw_schema('timeout_target') \g /dev/null
SAVEPOINT before_timeout;
SET LOCAL statement_timeout = '300ms';
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(10000000, as_of => '2030-12-31', target_schema => 'timeout_target')$$,
                 '57014', 'canceling statement due to statement timeout', 'statement_timeout stops a large generation (57014)');
ROLLBACK TO SAVEPOINT before_timeout;
SELECT is((SELECT count(*) FROM timeout_target.schedule) + (SELECT count(*) FROM timeout_target.fee), 0::bigint,
          'nothing was left behind by the timed-out call');
SELECT is((SELECT count(*) FROM dentsynth.generate_providers(10, as_of => '2023-03-01')) > 0, true, 'the session still works');

-- A cancel from outside, through a second connection that runs the generation.
SELECT format('dbname=%s user=%s port=%s host=%s password=%s', current_database(), current_user,
              current_setting('port'), coalesce(nullif(:'pghost', ''), '/var/run/postgresql'), :'pgpassword') AS conninfo \gset
SELECT dblink_connect('runner', :'conninfo') \g /dev/null
SELECT dblink_exec('runner', 'CREATE EXTENSION IF NOT EXISTS dentsynth') \g /dev/null
SELECT dblink_exec('runner', 'DROP SCHEMA IF EXISTS cancel_target CASCADE') \g /dev/null
SELECT dblink_exec('runner', 'SELECT * FROM dentsynth.create_raw_schema(''cancel_target'')') \g /dev/null
SELECT is(dblink_send_query('runner',
          'SELECT * FROM dentsynth.generate_all(10000000, as_of => ''2030-12-31'', target_schema => ''cancel_target'')'), 1,
          'a large generation starts on the second connection');
SELECT pg_sleep(0.5) \g /dev/null
SELECT is(dblink_is_busy('runner'), 1, 'it is still running half a second later');
SELECT is(dblink_cancel_query('runner'), 'OK', 'the cancel request is accepted');
SELECT throws_like($$SELECT * FROM dblink_get_result('runner') AS t(table_name text, rows bigint)$$,
                   '%canceling statement due to user request%', 'the generation ends with the cancel error');
SELECT is(n, 0::bigint, 'the cancelled call left no rows behind')
  FROM dblink('runner', 'SELECT (SELECT count(*) FROM cancel_target.schedule) + (SELECT count(*) FROM cancel_target.fee)
                               + (SELECT count(*) FROM cancel_target.provider)') AS t(n bigint);
SELECT is(ok, 1, 'the cancelled session still works')
  FROM dblink('runner', 'SELECT 1') AS t(ok int);
SELECT dblink_exec('runner', 'DROP SCHEMA cancel_target CASCADE') \g /dev/null
SELECT dblink_disconnect('runner') \g /dev/null

SELECT * FROM finish();
ROLLBACK;
