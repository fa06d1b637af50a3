-- create_raw_schema() is idempotent, refuses tables that differ from the contract (naming table
-- and column), and the tables it creates are not members of the extension: DROP EXTENSION
-- leaves them and their rows.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(16);

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

-- DROP EXTENSION keeps the tables and their rows.
INSERT INTO lifecycle.zipcode ("ZipCodeNum", "ZipCodeDigits", "City", "State", "IsFrequent") VALUES (1, '99999', 'Test', 'ZZ', false);
DROP EXTENSION dentsynth;
SELECT has_table('lifecycle', 'zipcode', 'after DROP EXTENSION the raw tables remain');
SELECT is((SELECT count(*) FROM lifecycle.zipcode), 1::bigint, 'and keep their rows');

SELECT * FROM finish();
ROLLBACK;
