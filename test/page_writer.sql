-- Tables created or truncated in the calling transaction get their heap pages filled in backend
-- memory and written straight to storage (dentsynth.write_pages_directly, default on;
-- src/pg/page_writer.cpp). The pages must be what heap_insert would have made: amcheck finds no
-- corruption in any heap or index, the rows equal those written through shared buffers, the
-- rows can be read, updated and deleted in the same transaction, and the statistics count them.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
CREATE EXTENSION IF NOT EXISTS amcheck;
\ir lib/checksum.psql
SELECT plan(12);

-- amcheck over a whole schema: the problems verify_heapam reports in all its heaps, and how many
-- of its indexes pass bt_index_check with heapallindexed (every heap tuple found in the index).
CREATE FUNCTION pg_temp.heap_problems(s name) RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*) FROM pg_class c CROSS JOIN LATERAL verify_heapam(c.oid) v WHERE c.relnamespace = s::regnamespace AND c.relkind = 'r' $$;
CREATE FUNCTION pg_temp.indexes_passing(s name) RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid CROSS JOIN LATERAL bt_index_check(i.indexrelid, true)
     WHERE c.relnamespace = s::regnamespace $$;
CREATE FUNCTION pg_temp.index_count(s name) RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = s::regnamespace $$;

SELECT * FROM dentsynth.generate_all(400, seed => 5, as_of => '2025-03-31 11:00', target_schema => 'direct') \g /dev/null
SELECT is(current_setting('dentsynth.write_pages_directly'), 'on', 'pages are written directly by default');
SET LOCAL dentsynth.write_pages_directly = off;
SELECT * FROM dentsynth.generate_all(400, seed => 5, as_of => '2025-03-31 11:00', target_schema => 'buffered') \g /dev/null
RESET dentsynth.write_pages_directly;

CREATE TEMP TABLE generated_tables AS
SELECT c.relname::text AS name FROM pg_class c WHERE c.relnamespace = 'direct'::regnamespace AND c.relkind = 'r'
   AND c.relname NOT LIKE 'etl\_%' AND EXISTS (SELECT FROM pg_class b WHERE b.relnamespace = 'buffered'::regnamespace AND b.relname = c.relname);
SELECT cmp_ok((SELECT count(*) FROM generated_tables), '>=', 90::bigint, 'both loads wrote the generated tables');
SELECT is((SELECT string_agg(name, ', ' ORDER BY name) FROM generated_tables
            WHERE pg_temp.checksum(format('SELECT * FROM direct.%I', name)) <> pg_temp.checksum(format('SELECT * FROM buffered.%I', name))),
          NULL, 'every table holds the same rows as a load through shared buffers');
SELECT is((SELECT string_agg(name, ', ' ORDER BY name) FROM generated_tables
            WHERE pg_relation_size(format('direct.%I', name)) <> pg_relation_size(format('buffered.%I', name))),
          NULL, 'every heap has as many pages as a load through shared buffers (same fill)');

-- amcheck: every line pointer, tuple header, xmin and ctid of every page is what heap_insert makes.
SELECT is(pg_temp.heap_problems('direct'), 0::bigint, 'verify_heapam finds nothing wrong in any heap written directly');
-- Every index rebuilt from those heaps holds exactly their tuples (heapallindexed).
SELECT is(pg_temp.indexes_passing('direct'), pg_temp.index_count('direct'), 'bt_index_check with heapallindexed passes for every index');

-- The insert is counted where autovacuum and autoanalyze look.
SELECT is((SELECT n_tup_ins FROM pg_stat_xact_user_tables WHERE schemaname = 'direct' AND relname = 'procedurelog'),
          (SELECT count(*) FROM direct.procedurelog), 'the rows are counted as inserted (pg_stat_xact_user_tables)');

-- Later commands of the same transaction update and delete the rows through their ctids.
UPDATE direct.patient SET "Preferred" = 'Pat (updated)' WHERE "PatNum" <= 10;
DELETE FROM direct.commlog WHERE "CommlogNum" % 7 = 0;
SELECT is((SELECT count(*) FROM direct.patient WHERE "Preferred" = 'Pat (updated)'), (SELECT count(*) FROM buffered.patient WHERE "PatNum" <= 10),
          'rows written directly can be updated in the same transaction');
SELECT is((SELECT count(*) FROM direct.commlog), (SELECT count(*) FROM buffered.commlog WHERE "CommlogNum" % 7 <> 0), 'and deleted');
SELECT is((SELECT count(*) FROM verify_heapam('direct.patient'::regclass)) + (SELECT count(*) FROM verify_heapam('direct.commlog'::regclass)),
          0::bigint, 'the heaps stay sound after the update and the delete');

-- replace => true truncates the tables in this transaction: a new file, written directly again.
SELECT * FROM dentsynth.generate_all(400, seed => 6, as_of => '2025-03-31 11:00', target_schema => 'direct', replace => true) \g /dev/null
SELECT is(pg_temp.heap_problems('direct'), 0::bigint, 'verify_heapam finds nothing wrong after a load with replace => true');
SELECT is(pg_temp.indexes_passing('direct'), pg_temp.index_count('direct'), 'and every index holds exactly the new heap''s tuples');

SELECT * FROM finish();
ROLLBACK;
