-- create_raw_schema() is idempotent, refuses tables that differ from the contract (naming table
-- and column, or the unique constraint or index of schema/constraints.tsv that is missing or
-- differs, with the DDL that repairs it in the hint), and the tables it creates are not members of
-- the extension: DROP EXTENSION leaves them and their rows.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(31);

SELECT is((SELECT count(*) FROM dentsynth.create_raw_schema('lifecycle') WHERE created), 95::bigint,
          'first call creates the schema and all 95 tables');
SELECT is((SELECT count(*) FROM dentsynth.create_raw_schema('lifecycle') WHERE created), 0::bigint,
          'second call creates nothing (idempotent)');
SELECT is((SELECT count(*) FROM dentsynth.create_raw_schema('lifecycle')), 95::bigint, 'and still reports all 95 tables');

SELECT is((SELECT count(*) FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
            WHERE e.extname = 'dentsynth' AND d.classid = 'pg_class'::regclass
              AND d.objid IN (SELECT oid FROM pg_class WHERE relnamespace = 'lifecycle'::regnamespace)), 0::bigint,
          'no raw table is a member of the extension');

-- Mismatches are refused with SQLSTATE 42P16, naming the table and the column.
CREATE SCHEMA wrong_type;
CREATE TABLE wrong_type.provider ("ProvNum" int4 PRIMARY KEY);
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('wrong_type')$$,
                   '%wrong_type.provider does not match%"ProvNum"%integer%bigint%', 'a column of another type is refused, naming table and column');
SELECT throws_ok($$SELECT * FROM dentsynth.create_raw_schema('wrong_type')$$, '42P16', NULL, 'with SQLSTATE 42P16');

CREATE SCHEMA missing_column;
CREATE TABLE missing_column.fee ("FeeNum" int8 PRIMARY KEY, "Amount" float8);
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('missing_column')$$,
                   '%missing_column.fee%"OldCode"%missing%', 'a missing column is refused, naming it');

CREATE SCHEMA renamed_column;
SELECT * FROM dentsynth.create_raw_schema('renamed_column') \g /dev/null
ALTER TABLE renamed_column.clinic RENAME COLUMN "Description" TO "Descript";
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('renamed_column')$$,
                   '%renamed_column.clinic%"Description"%named "Descript"%', 'a renamed column is refused');

CREATE SCHEMA extra_column;
SELECT * FROM dentsynth.create_raw_schema('extra_column') \g /dev/null
ALTER TABLE extra_column.zipcode ADD COLUMN "Extra" int;
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('extra_column')$$,
                   '%extra_column.zipcode%"Extra"%not in the contract%', 'an extra column is refused');

CREATE SCHEMA nullability;
SELECT * FROM dentsynth.create_raw_schema('nullability') \g /dev/null
ALTER TABLE nullability.carrier ALTER COLUMN "CarrierName" SET NOT NULL;
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('nullability')$$,
                   '%nullability.carrier%"CarrierName"%NOT NULL%', 'a NOT NULL the contract does not have is refused');

CREATE SCHEMA no_pk;
SELECT * FROM dentsynth.create_raw_schema('no_pk') \g /dev/null
ALTER TABLE no_pk.definition DROP CONSTRAINT definition_pkey;
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('no_pk')$$,
                   '%no_pk.definition%"DefNum"%PRIMARY KEY%', 'a missing primary key is refused');

SELECT throws_ok($$SELECT * FROM dentsynth.create_raw_schema(NULL)$$, '22004', 'parameter "target_schema" must not be NULL',
                 'a NULL schema is refused by name');

-- Defaults are compared by meaning, whatever the session's DateStyle; a different default is refused.
SET LOCAL datestyle = 'Postgres, MDY';
SELECT lives_ok($$SELECT * FROM dentsynth.create_raw_schema('lifecycle')$$, 'the ETL tables'' timestamp defaults match under another DateStyle');
RESET datestyle;
ALTER TABLE extra_column.zipcode DROP COLUMN "Extra";
ALTER TABLE extra_column.etl_load_status ALTER COLUMN rows_loaded SET DEFAULT 5;
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('extra_column')$$,
                   '%extra_column.etl_load_status%"rows_loaded"%default 5%contract says 0%', 'a different default is refused');

-- The ETL tables' unique constraints and indexes (schema/constraints.tsv) are part of the contract.
-- The hint of a refusal, and the repair it proposes run as given.
CREATE FUNCTION pg_temp.hint_of(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE hint text;
BEGIN
    EXECUTE query;
    RETURN NULL;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
    RETURN hint;
END $$;
CREATE FUNCTION pg_temp.apply_hint(schema_name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE substring(pg_temp.hint_of(format('SELECT * FROM dentsynth.create_raw_schema(%L)', schema_name))
                      FROM '^(?:Create|Replace) it: (.*); or drop the table');
END $$;

CREATE SCHEMA no_unique;
SELECT * FROM dentsynth.create_raw_schema('no_unique') \g /dev/null
ALTER TABLE no_unique.etl_transform_status DROP CONSTRAINT etl_transform_status_table_name_key;
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('no_unique')$$,
                   '%no_unique.etl_transform_status does not match%unique constraint etl_transform_status_table_name_key is missing%UNIQUE (table_name)%',
                   'an ETL table without its unique constraint is refused, naming it');
SELECT throws_ok($$SELECT * FROM dentsynth.create_raw_schema('no_unique')$$, '42P16', NULL, 'with SQLSTATE 42P16');
SELECT throws_ok($$SELECT * FROM dentsynth.generate_all(20, as_of => '2023-06-30', target_schema => 'no_unique')$$, '42P16', NULL,
                 'and generate_all refuses it too');
SELECT matches(pg_temp.hint_of($$SELECT * FROM dentsynth.create_raw_schema('no_unique')$$),
               '^Create it: ALTER TABLE no_unique\.etl_transform_status ADD CONSTRAINT etl_transform_status_table_name_key UNIQUE \(table_name\);',
               'the hint gives the DDL that creates it');
SELECT lives_ok($$SELECT pg_temp.apply_hint('no_unique'); SELECT * FROM dentsynth.create_raw_schema('no_unique')$$,
                'and with it run the table matches');

CREATE SCHEMA no_index;
SELECT * FROM dentsynth.create_raw_schema('no_index') \g /dev/null
DROP INDEX no_index.idx_table_metrics_table_name;
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('no_index')$$,
                   '%no_index.etl_table_metrics does not match%index idx_table_metrics_table_name is missing%INDEX USING btree (table_name)%',
                   'an ETL table without one of its indexes is refused, naming it');
SELECT lives_ok($$SELECT pg_temp.apply_hint('no_index'); SELECT * FROM dentsynth.create_raw_schema('no_index')$$,
                'the hint''s DDL creates it');

CREATE SCHEMA other_index;
SELECT * FROM dentsynth.create_raw_schema('other_index') \g /dev/null
DROP INDEX other_index.idx_etl_load_status_load_status;
CREATE INDEX idx_etl_load_status_load_status ON other_index.etl_load_status (rows_loaded);
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('other_index')$$,
                   '%other_index.etl_load_status%idx_etl_load_status_load_status is INDEX USING btree (rows_loaded), the contract says INDEX USING btree (load_status)%',
                   'an index of that name on other columns is refused');
SELECT lives_ok($$SELECT pg_temp.apply_hint('other_index'); SELECT * FROM dentsynth.create_raw_schema('other_index')$$,
                'the hint''s DDL replaces it');

CREATE SCHEMA unique_index;
SELECT * FROM dentsynth.create_raw_schema('unique_index') \g /dev/null
ALTER TABLE unique_index.etl_load_status DROP CONSTRAINT etl_load_status_table_name_key;
CREATE UNIQUE INDEX etl_load_status_table_name_key ON unique_index.etl_load_status (table_name);
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('unique_index')$$,
                   '%unique_index.etl_load_status%etl_load_status_table_name_key is UNIQUE INDEX USING btree (table_name), the contract says UNIQUE (table_name)%',
                   'a unique index in place of the unique constraint is refused');
SELECT lives_ok($$SELECT pg_temp.apply_hint('unique_index'); SELECT * FROM dentsynth.create_raw_schema('unique_index')$$,
                'the hint''s DDL replaces it');

CREATE SCHEMA deferrable_unique;
SELECT * FROM dentsynth.create_raw_schema('deferrable_unique') \g /dev/null
ALTER TABLE deferrable_unique.etl_transform_status DROP CONSTRAINT etl_transform_status_table_name_key,
    ADD CONSTRAINT etl_transform_status_table_name_key UNIQUE (table_name) DEFERRABLE;
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('deferrable_unique')$$,
                   '%deferrable_unique.etl_transform_status%is UNIQUE (table_name) DEFERRABLE, the contract says UNIQUE (table_name)%',
                   'a deferrable unique constraint (no arbiter for ON CONFLICT) is refused');
SELECT lives_ok($$SELECT pg_temp.apply_hint('deferrable_unique'); SELECT * FROM dentsynth.create_raw_schema('deferrable_unique')$$,
                'the hint''s DDL replaces it');

CREATE SCHEMA partial_index;
SELECT * FROM dentsynth.create_raw_schema('partial_index') \g /dev/null
DROP INDEX partial_index.idx_pipeline_metrics_start_time;
CREATE INDEX idx_pipeline_metrics_start_time ON partial_index.etl_pipeline_metrics (start_time) WHERE success;
SELECT throws_like($$SELECT * FROM dentsynth.create_raw_schema('partial_index')$$,
                   '%partial_index.etl_pipeline_metrics%idx_pipeline_metrics_start_time is INDEX USING btree (start_time) WHERE success, the contract says%',
                   'a partial index in place of the contract''s is refused');

-- Indexes of the user's own, on an ETL table or any other, are the user's business.
CREATE INDEX my_own_index ON lifecycle.etl_load_status (rows_loaded);
CREATE UNIQUE INDEX my_own_unique_index ON lifecycle.zipcode ("ZipCodeDigits", "ZipCodeNum");
SELECT lives_ok($$SELECT * FROM dentsynth.create_raw_schema('lifecycle')$$, 'indexes of the user''s own are accepted');

-- DROP EXTENSION keeps the tables and their rows.
INSERT INTO lifecycle.zipcode ("ZipCodeNum", "ZipCodeDigits", "City", "State", "IsFrequent") VALUES (1, '99999', 'Test', 'ZZ', false);
DROP EXTENSION dentsynth;
SELECT has_table('lifecycle', 'zipcode', 'after DROP EXTENSION the raw tables remain');
SELECT is((SELECT count(*) FROM lifecycle.zipcode), 1::bigint, 'and keep their rows');

SELECT * FROM finish();
ROLLBACK;
