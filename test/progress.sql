-- A long generate_all can be watched from another session in pg_stat_progress_copy, as a COPY
-- FROM is: a second session (dblink) loads a roster into a scratch database while this one polls
-- the view for that session's backend until the call ends. The counters must be seen to grow
-- (several distinct observations, rows and patients done only ever increasing), the share done
-- must stay within its total (the part's patients), the row must name the target schema's
-- patient table, and the row must be gone once the call has returned; and gone as well when a
-- call is cancelled halfway. The load runs in a database of its own, so that its committed work
-- (and the extension it needs there) never meets this file's rolled-back transaction; dblink's
-- sessions run outside that transaction, so the database is created and dropped through them.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT plan(14);

-- The same cluster through its Unix socket (the test runs as the cluster's owner; peer
-- authentication lets its own server connect back without a password).
CREATE FUNCTION pg_temp.conninfo(database text) RETURNS text LANGUAGE sql AS $$
    SELECT format('host=%s port=%s dbname=%s user=%s', trim(split_part(current_setting('unix_socket_directories'), ',', 1)),
                  current_setting('port'), database, current_user)
$$;
-- (a scratch database an interrupted run left behind goes first)
SELECT dblink_exec(pg_temp.conninfo(current_database()), 'DROP DATABASE IF EXISTS dentsynth_progress_scratch WITH (FORCE)') \g /dev/null
SELECT dblink_exec(pg_temp.conninfo(current_database()), 'CREATE DATABASE dentsynth_progress_scratch') \g /dev/null
SELECT dblink_connect('loader', pg_temp.conninfo('dentsynth_progress_scratch')) \g /dev/null
SELECT dblink_exec('loader', 'CREATE EXTENSION dentsynth') \g /dev/null
CREATE TEMP TABLE loader AS SELECT pid FROM dblink('loader', 'SELECT pg_backend_pid()') AS t(pid int);

-- What this session sees of the loader's backend, sampled until the loader's call has returned.
-- pg_stat_clear_snapshot(): within one transaction the view would otherwise show the first
-- sample's snapshot of every backend again and again.
CREATE TEMP TABLE seen (sample int, relid oid, command text, type text, bytes_processed bigint, bytes_total bigint, tuples_processed bigint);
CREATE FUNCTION pg_temp.watch_loader() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    samples int := 0;
BEGIN
    LOOP
        samples := samples + 1;
        PERFORM pg_stat_clear_snapshot();
        INSERT INTO seen
            SELECT samples, p.relid, p.command, p.type, p.bytes_processed, p.bytes_total, p.tuples_processed
              FROM pg_stat_progress_copy p WHERE p.pid = (SELECT pid FROM loader);
        EXIT WHEN dblink_is_busy('loader') = 0;
        PERFORM pg_sleep(0.05);
    END LOOP;
    RETURN samples;
END $$;

-- 3,000 patients: several seconds of loading on an idle machine, longer on a busy one.
SELECT dblink_send_query('loader',
    $$SELECT sum("rows") FROM dentsynth.generate_all(3000, as_of => '2026-01-01', target_schema => 'progress_watch')$$) \g /dev/null
SELECT pg_temp.watch_loader() \g /dev/null
CREATE TEMP TABLE written AS SELECT n FROM dblink_get_result('loader') AS t(n numeric);
SELECT * FROM dblink_get_result('loader') AS t(n numeric) \g /dev/null
SELECT diag(format('%s observations of the load, from %s to %s rows and %s to %s patients', count(*), min(tuples_processed),
                   max(tuples_processed), min(bytes_processed), max(bytes_processed))) FROM seen;

SELECT cmp_ok((SELECT n FROM written), '>', 0::numeric, 'the watched call finished and wrote its rows');
SELECT cmp_ok((SELECT count(DISTINCT tuples_processed) FROM seen)::int, '>=', 2,
              'a second session saw the load at least twice, with different row counts');
SELECT is((SELECT count(*) FROM (SELECT tuples_processed < lag(tuples_processed) OVER (ORDER BY sample) AS fell FROM seen) s WHERE fell),
          0::bigint, 'tuples_processed only grows');
SELECT is((SELECT count(*) FROM (SELECT bytes_processed < lag(bytes_processed) OVER (ORDER BY sample) AS fell FROM seen) s WHERE fell),
          0::bigint, 'bytes_processed (patients done) only grows');
SELECT cmp_ok((SELECT count(DISTINCT bytes_processed) FROM seen WHERE bytes_processed > 0)::int, '>=', 1,
              'the share of the roster done was seen moving past zero before the call ended');
SELECT is((SELECT count(*) FROM seen WHERE bytes_processed > bytes_total), 0::bigint, 'bytes_processed never passes bytes_total');
SELECT is((SELECT array_agg(DISTINCT bytes_total) FROM seen), ARRAY[3000::bigint], 'bytes_total is the number of patients to generate');
SELECT is((SELECT array_agg(DISTINCT command || ' ' || type) FROM seen), ARRAY['COPY FROM CALLBACK'],
          'the load shows as a COPY FROM fed by a callback');
SELECT is((SELECT count(DISTINCT relid) FROM seen), 1::bigint, 'the row names one relation throughout');
SELECT is((SELECT schema_and_name FROM dblink('loader', format(
               $$SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = %s$$,
               (SELECT coalesce(min(relid), 0) FROM seen))) AS t(schema_and_name text)),
          'progress_watch.patient', 'the relation is the target schema''s patient table');
SELECT pg_stat_clear_snapshot() \g /dev/null
SELECT is((SELECT count(*) FROM pg_stat_progress_copy WHERE pid = (SELECT pid FROM loader)), 0::bigint,
          'the row is gone once the call has returned');

-- A cancelled call: its row goes with it. This one runs on the backend's one thread (the stage
-- reports to the bulk-insert sink directly), and its row names its own target's patient table, not
-- the first call's, which `seen` still holds.
SELECT dblink_exec('loader', 'SET dentsynth.generate_on_worker_thread = off') \g /dev/null
SELECT dblink_send_query('loader',
    $$SELECT sum("rows") FROM dentsynth.generate_all(3000, as_of => '2026-01-01', target_schema => 'progress_cancelled')$$) \g /dev/null
CREATE FUNCTION pg_temp.wait_for_rows() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    rows_seen bigint;
BEGIN
    FOR attempt IN 1..1200 LOOP
        PERFORM pg_stat_clear_snapshot();
        SELECT tuples_processed INTO rows_seen FROM pg_stat_progress_copy
         WHERE pid = (SELECT pid FROM loader) AND relid NOT IN (SELECT relid FROM seen);
        EXIT WHEN rows_seen > 0 OR dblink_is_busy('loader') = 0;
        PERFORM pg_sleep(0.05);
    END LOOP;
    RETURN rows_seen;
END $$;
SELECT cmp_ok(pg_temp.wait_for_rows(), '>', 0::bigint, 'a second call, on one thread and into another schema, shows its own rows being written');
SELECT dblink_cancel_query('loader') \g /dev/null
CREATE FUNCTION pg_temp.wait_for_loader() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    WHILE dblink_is_busy('loader') = 1 LOOP
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
SELECT pg_temp.wait_for_loader() \g /dev/null
SELECT * FROM dblink_get_result('loader', false) AS t(n numeric) \g /dev/null
SELECT * FROM dblink_get_result('loader', false) AS t(n numeric) \g /dev/null
SELECT matches(dblink_error_message('loader'), 'canceling statement', 'the second call was cancelled halfway');
SELECT pg_stat_clear_snapshot() \g /dev/null
SELECT is((SELECT count(*) FROM pg_stat_progress_copy WHERE pid = (SELECT pid FROM loader)), 0::bigint,
          'the row is gone once a cancelled call has ended');

SELECT dblink_disconnect('loader') \g /dev/null
SELECT dblink_exec(pg_temp.conninfo(current_database()), 'DROP DATABASE dentsynth_progress_scratch WITH (FORCE)') \g /dev/null
SELECT * FROM finish();
ROLLBACK;
