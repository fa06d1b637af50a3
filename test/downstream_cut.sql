-- Nothing stamped after the cut. The downstream's tests compare entry, edit and event stamps with
-- the clock of their run (current_timestamp, current_date), so a generation holds no date or time
-- after its cut: as_of given as a date is the start of that day, as a timestamp that moment. Values
-- after the cut are allowed only in columns that are future by nature (a booking, a due date, a
-- schedule set ahead), and each of those columns has a rule of its own that the later rows obey.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

\ir lib/checksum.psql

-- A cut in the middle of a working day: visits have started, some are over, the afternoon's are
-- still on the books.
SELECT * FROM dentsynth.generate_all(2000, as_of => '2024-03-01 10:30', target_schema => 'cut') \g /dev/null
-- The default as_of (current_date): what a user generates just before running the downstream.
SELECT * FROM dentsynth.generate_all(200, target_schema => 'today') \g /dev/null

-- The columns that may hold values after the cut, each with the rule its later rows follow. A rule
-- is a condition on the row `r` of {s}.<table> ({s} the schema, {cut} the cut as a timestamp
-- literal); a row whose value is after the cut and breaks the rule is a failure.
CREATE TEMP TABLE future_by_nature (table_name text, column_name text, rule text, why text);
INSERT INTO future_by_nature VALUES
    ('appointment', 'AptDateTime',
     $r$r."AptStatus" IN (1, 3, 6) AND r."DateTimeArrived" = '0001-01-01' AND r."DateTimeDismissed" = '0001-01-01'$r$,
     'a booking: scheduled, planned, or taken off the book before its time, never arrived, complete or broken'),
    ('histappointment', 'AptDateTime',
     $r$r."AptStatus" IN (1, 3, 6) AND r."DateTimeArrived" = '0001-01-01' AND r."HistDateTStamp" <= {cut}$r$,
     'the history of a booking: recorded by the cut, never showing it arrived, complete or broken'),
    ('labcase', 'DateTimeDue',
     $r$r."DateTimeChecked" = '0001-01-01' AND r."DateTimeDue" < (SELECT a."AptDateTime" FROM {s}.appointment a WHERE a."AptNum" = r."AptNum")$r$,
     'a case due back before its seating appointment, not yet checked in'),
    ('recall', 'DateDue',
     $r$r."DateDue" = (r."DatePrevious" + make_interval(months => r."RecallInterval"))::date$r$,
     'the recall interval after the last visit'),
    ('recall', 'DateDueCalc',
     $r$r."DateDueCalc" = (r."DatePrevious" + make_interval(months => r."RecallInterval"))::date$r$,
     'the recall interval after the last visit'),
    ('recall', 'DateScheduled',
     $r$EXISTS (SELECT FROM {s}.appointment a WHERE a."PatNum" = r."PatNum" AND a."AptStatus" = 1 AND a."AptDateTime"::date = r."DateScheduled")$r$,
     'the day of the patient''s next appointment on the books'),
    ('schedule', 'SchedDate',
     $r$CASE WHEN r."SchedType" IN (0, 1)
             THEN date_trunc('quarter', r."DateTStamp") = date_trunc('quarter', r."SchedDate") - interval '9 months'
                  AND r."SchedDate" < date_trunc('quarter', {cut}) + interval '12 months'
             ELSE r."SchedDate" - r."DateTStamp"::date BETWEEN 1 AND 42 END$r$,
     'a provider schedule or closure entered with its quarter, in the quarter nine months before it (so at most four quarters past the cut''s); a blockout or shift set one to six weeks ahead'),
    ('task', 'DateTask',
     $r$r."TaskStatus" <> 2 AND EXISTS (SELECT FROM {s}.appointment a WHERE a."AptNum" = r."KeyNum" AND a."AptDateTime"::date > r."DateTask")$r$,
     'the day of work for a booked visit still to come (a lab case to check before a seat), not done'),
    ('taskhist', 'DateTask',
     $r$r."TaskStatus" <> 2 AND EXISTS (SELECT FROM {s}.appointment a WHERE a."AptNum" = r."KeyNum" AND a."AptDateTime"::date > r."DateTask")$r$,
     'the history of such a task, not done');

-- Per date or timestamp column of every table in schema `s`: how many rows hold a value after
-- `cut` that no rule allows.
CREATE FUNCTION pg_temp.after_cut(s text, cut timestamp) RETURNS TABLE (table_name text, column_name text, violations bigint, why text)
LANGUAGE plpgsql AS $$
DECLARE c record; f record;
BEGIN
    FOR c IN SELECT i.table_name::text AS t, i.column_name::text AS col FROM information_schema.columns i
              WHERE i.table_schema = s AND i.data_type IN ('date', 'timestamp without time zone') ORDER BY 1, 2 LOOP
        SELECT * INTO f FROM future_by_nature n WHERE n.table_name = c.t AND n.column_name = c.col;
        table_name := c.t;
        column_name := c.col;
        why := f.why;
        -- A column future by nature may pass the cut where its own rule holds; any other may not.
        EXECUTE format('SELECT count(*) FROM %I.%I r WHERE r.%I::timestamp > %L::timestamp', s, c.t, c.col, cut)
             || CASE WHEN f.rule IS NULL THEN ''
                     ELSE format(' AND NOT coalesce((%s), false)', replace(replace(f.rule, '{s}', quote_ident(s)), '{cut}', quote_literal(cut) || '::timestamp')) END
          INTO violations;
        RETURN NEXT;
    END LOOP;
END $$;

CREATE TEMP TABLE cut_check AS SELECT * FROM pg_temp.after_cut('cut', '2024-03-01 10:30');
-- A column of an empty table holds nothing after the cut because it holds nothing: the columns are
-- checked one by one only where their table has rows (every table but raw.clinic, below).
CREATE FUNCTION pg_temp.has_rows(s text, t text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE found boolean;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT FROM %I.%I)', s, t) INTO found;
    RETURN found;
END $$;
CREATE TEMP TABLE checked_columns AS SELECT * FROM cut_check WHERE pg_temp.has_rows('cut', table_name);

-- A second cut, a minute after the front desk filed a task for the day before a crown is seated
-- (the latest such task before the first cut), so that the tasks' rule meets rows it allows.
CREATE TEMP TABLE second_cut AS
SELECT max("DateTimeEntry") + interval '1 minute' AS cut FROM cut.task WHERE "DateTask" > "DateTimeEntry"::date;
SELECT * FROM dentsynth.generate_all(2000, as_of => (SELECT cut FROM second_cut), target_schema => 'ahead') \g /dev/null

SELECT plan((SELECT count(*)::int FROM checked_columns) + 2 * (SELECT count(*)::int FROM future_by_nature) + 12);

SELECT is((SELECT array_agg(DISTINCT table_name ORDER BY table_name) FROM cut_check WHERE table_name NOT IN (SELECT table_name FROM checked_columns)),
          ARRAY['clinic'], 'every table with a date or time column has rows, but raw.clinic (empty by design)');
SELECT is(violations, 0::bigint,
          format('raw.%s.%s: %s', table_name, column_name, coalesce('after the cut only as ' || why, 'nothing after the cut')))
  FROM checked_columns ORDER BY table_name, column_name;

-- Each rule is about a real column, and its future rows stay: the rule is not vacuous.
SELECT ok(EXISTS (SELECT FROM cut_check c WHERE c.table_name = n.table_name AND c.column_name = n.column_name),
          format('raw.%s.%s is a date or time column of the contract', n.table_name, n.column_name))
  FROM future_by_nature n ORDER BY n.table_name, n.column_name;
CREATE FUNCTION pg_temp.later_rows(s text, cut timestamp, t text, col text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM %I.%I WHERE %I::timestamp > %L::timestamp', s, t, col, cut) INTO n;
    RETURN n;
END $$;
SELECT cmp_ok(pg_temp.later_rows('cut', '2024-03-01 10:30', n.table_name, n.column_name)
              + pg_temp.later_rows('ahead', (SELECT cut FROM second_cut), n.table_name, n.column_name), '>', 0::bigint,
              format('raw.%s.%s keeps its rows after the cut (%s)', n.table_name, n.column_name, n.why))
  FROM future_by_nature n ORDER BY n.table_name, n.column_name;

-- The second cut: every column of every table, against the same rules.
SELECT is((SELECT array_agg(format('%s.%s', table_name, column_name) ORDER BY table_name, column_name)
             FROM pg_temp.after_cut('ahead', (SELECT cut FROM second_cut)) WHERE violations > 0),
          NULL, 'a cut just after a task was filed for the next day: no column holds a value after it outside its rule');

-- The cut is a moment, not a day: the morning before it shows, the rest of the day does not.
SELECT cmp_ok((SELECT count(*) FROM cut.procedurelog WHERE "ProcStatus" = 2 AND "DateTStamp" BETWEEN '2024-03-01 07:00' AND '2024-03-01 10:30'),
              '>', 0::bigint, 'procedures completed that morning before the cut show as complete');
SELECT cmp_ok((SELECT count(*) FROM cut.appointment WHERE "AptStatus" = 1 AND "AptDateTime"::date = '2024-03-01'),
              '>', 0::bigint, 'the rest of the day''s visits are still scheduled');

-- The default as_of is the start of today: nothing after it (so nothing after now()), apart from
-- the rules above.
SELECT is((SELECT array_agg(format('%s.%s', table_name, column_name) ORDER BY table_name, column_name) FROM pg_temp.after_cut('today', localtimestamp) WHERE violations > 0),
          NULL, 'with the default as_of, no column holds a value later than now() outside its rule');
SELECT is((SELECT array_agg(format('%s.%s', table_name, column_name) ORDER BY table_name, column_name) FROM pg_temp.after_cut('today', current_date) WHERE violations > 0),
          NULL, 'with the default as_of, nothing is stamped after the start of today');
SELECT cmp_ok((SELECT max("DateTStamp") FROM today.appointment WHERE "AptStatus" = 2), '>=', (current_date - 60)::timestamp,
              'the default picture reaches up to today');
-- An event known only by its day happens during that day, so at the start of the day it has not
-- happened: at a date cut no date column holds the cut's own day, outside its rule.
SELECT is((SELECT array_agg(format('%s.%s', a.table_name, a.column_name) ORDER BY a.table_name, a.column_name)
             FROM pg_temp.after_cut('today', current_date - interval '1 microsecond') a
             JOIN information_schema.columns i ON i.table_schema = 'today' AND i.table_name = a.table_name AND i.column_name = a.column_name
            WHERE i.data_type = 'date' AND a.violations > 0),
          NULL, 'at a date cut nothing is dated the cut''s own day: its events have not happened yet');

-- as_of as the caller writes it: a date, text, a timestamp, localtimestamp and now() all reach the
-- generator as one timestamptz (PostgreSQL casts them before the call), so the forms are not
-- compared with one another; what the generator makes of that moment is. A date is the start of
-- its day: the same picture as a moment before midnight, without the day's own events.
SELECT is(pg_temp.checksum($$SELECT * FROM dentsynth.generate_appointments(300, as_of => date '2024-03-01')$$),
          pg_temp.checksum($$SELECT * FROM dentsynth.generate_appointments(300, as_of => '2024-02-29 23:59:59.999999')$$),
          'a date as_of is the start of that day: the picture of the moment before midnight');
SELECT isnt(pg_temp.checksum($$SELECT * FROM dentsynth.generate_appointments(300, as_of => '2024-02-29 15:30')$$),
            pg_temp.checksum($$SELECT * FROM dentsynth.generate_appointments(300, as_of => '2024-02-29')$$),
            'a moment during the day is not the start of the day');
-- A timestamp or date means the same in every time zone; a timestamptz is the moment as the
-- session's clock shows it.
SET LOCAL TimeZone = 'Pacific/Kiritimati';
CREATE TEMP TABLE far_east AS SELECT pg_temp.checksum($$SELECT * FROM dentsynth.generate_appointments(300, as_of => '2024-02-29 15:30')$$) AS sum;
SET LOCAL TimeZone = 'America/New_York';
SELECT is(pg_temp.checksum($$SELECT * FROM dentsynth.generate_appointments(300, as_of => '2024-02-29 15:30')$$), (SELECT sum FROM far_east),
          'a timestamp as_of does not depend on the session''s TimeZone');
SELECT is(pg_temp.checksum($$SELECT * FROM dentsynth.generate_appointments(300, as_of => '2024-02-29 20:30+00'::timestamptz)$$), (SELECT sum FROM far_east),
          'a timestamptz as_of is read in the session''s TimeZone (20:30 UTC is 15:30 in New York)');
RESET TimeZone;

SELECT * FROM finish();
ROLLBACK;
