-- Every one of the 95 tables of the raw contract is filled after the default call,
-- generate_all(5000) (as_of today): each has rows, except raw.clinic, which is empty by design (a
-- single-location practice without OpenDental's clinics feature has no clinic row; every ClinicNum
-- is 0) and is asserted empty as a property of its own. And the keys the reference project tests at error severity
-- between the newest tables still resolve after its staging date filters (rows dated from
-- 2023-01-01 up to today). The list is written out here, not read from the generator, so a
-- table that stops being filled, or a contract table nobody lists, fails by name.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

CREATE TEMP TABLE contract_tables (table_name text PRIMARY KEY);
INSERT INTO contract_tables VALUES
    ('adjustment'), ('allergy'), ('allergydef'), ('appointment'), ('appointmenttype'), ('apptview'),
    ('autocode'), ('benefit'), ('carrier'), ('claim'), ('claimform'), ('claimpayment'), ('claimproc'),
    ('claimsnapshot'), ('claimtracking'), ('clinic'), ('codegroup'), ('commlog'), ('definition'),
    ('disease'), ('diseasedef'), ('document'), ('employee'), ('employer'), ('entrylog'), ('eobattach'),
    ('fee'), ('feesched'), ('histappointment'), ('insbluebook'), ('insbluebooklog'), ('insplan'), ('inssub'),
    ('insverify'), ('insverifyhist'), ('labcase'), ('laboratory'), ('medication'), ('operatory'),
    ('patient'), ('patientlink'), ('patientnote'), ('patplan'), ('payment'), ('paysplit'), ('perioexam'),
    ('periomeasure'), ('pharmacy'), ('pharmclinic'), ('procedurecode'), ('procedurelog'), ('procgroupitem'),
    ('procmultivisit'), ('procnote'), ('proctp'), ('program'), ('programproperty'), ('provider'), ('recall'),
    ('recalltrigger'), ('recalltype'), ('refattach'), ('referral'), ('rxdef'), ('rxnorm'), ('rxpat'),
    ('schedule'), ('scheduleop'), ('sheet'), ('sheetdef'), ('sheetfield'), ('sheetfielddef'), ('statement'),
    ('statementprod'), ('task'), ('taskhist'), ('tasklist'), ('tasknote'), ('tasksubscription'),
    ('taskunread'), ('timeadjust'), ('toothinitial'), ('treatplan'), ('treatplanattach'), ('treatplanparam'),
    ('usergroup'), ('usergroupattach'), ('userod'), ('userodapptview'), ('userodpref'), ('zipcode'),
    ('etl_load_status'), ('etl_pipeline_metrics'), ('etl_table_metrics'), ('etl_transform_status');

SELECT plan(2 + (SELECT count(*)::int FROM contract_tables) + 6);

CREATE TEMP TABLE loaded AS SELECT * FROM dentsynth.generate_all(5000, target_schema => 'everything');

CREATE TEMP TABLE contract (table_name text, ordinal int, column_name text, type text, nullable text, default_sql text, primary_key text);
\copy contract FROM 'schema/columns.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
SELECT set_eq('SELECT table_name FROM contract_tables', 'SELECT DISTINCT table_name FROM contract',
              'the list names the tables of the contract file (schema/columns.tsv)');
SELECT set_eq($$SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'everything'$$,
              $$SELECT table_name FROM contract_tables$$, 'the raw schema holds exactly the listed tables');

\ir lib/row_count.psql
SELECT cmp_ok(pg_temp.row_count('everything', table_name), '>', 0::bigint, format('raw.%s has rows', table_name))
  FROM contract_tables WHERE table_name <> 'clinic' ORDER BY table_name;
SELECT is(pg_temp.row_count('everything', 'clinic'), 0::bigint,
          'raw.clinic is empty: a single-location practice without the clinics feature has no clinic row');

-- Key closure after the staging date filters, for the money and the office (error severity
-- downstream: paysplit -> payment, statementprod -> statement, adjustment/payment/statement ->
-- patient, task -> its list).
SELECT is((SELECT count(*) FROM everything.paysplit s WHERE s."DatePay" BETWEEN '2023-01-01' AND current_date
              AND NOT EXISTS (SELECT FROM everything.payment p WHERE p."PayNum" = s."PayNum" AND p."PayDate" BETWEEN '2023-01-01' AND current_date)), 0::bigint,
          'every in-window split''s payment is in the window');
SELECT is((SELECT count(*) FROM everything.statementprod sp JOIN everything.statement s USING ("StatementNum")
            WHERE NOT (s."DateSent" BETWEEN '2023-01-01' AND current_date)), 0::bigint,
          'every statement item''s statement is in the window');
SELECT is((SELECT count(*) FROM (SELECT "PatNum" FROM everything.adjustment UNION ALL SELECT "PatNum" FROM everything.payment
                                 UNION ALL SELECT "PatNum" FROM everything.statement) x
            WHERE NOT EXISTS (SELECT FROM everything.patient p WHERE p."PatNum" = x."PatNum")), 0::bigint,
          'adjustments, payments and statements name existing patients');
SELECT is((SELECT count(*) FROM everything.task t WHERE NOT EXISTS (SELECT FROM everything.tasklist l WHERE l."TaskListNum" = t."TaskListNum")), 0::bigint,
          'every task is on an existing task list');
SELECT cmp_ok((SELECT count(*) FROM everything.task WHERE "TaskListNum" = 7 AND "Descript" LIKE '%claim%'), '>', 0::bigint,
              'unpaid and denied claims make follow-up tasks on the Claims Follow-up list');
SELECT cmp_ok((SELECT count(*) FROM everything.commlog WHERE "CommType" = 226 AND "Note" LIKE 'Past-due balance call%'), '>', 0::bigint,
              'past-due accounts get balance calls in the communication log');

SELECT * FROM finish();
ROLLBACK;
