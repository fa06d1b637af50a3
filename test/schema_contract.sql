-- The raw schema that create_raw_schema() builds matches the contract file column by column:
-- every table, every column's name, position, type, nullability, and every primary key; and it
-- has the unique constraints and indexes of schema/constraints.tsv, and no other.
-- The expected values are read from the contract files here, independently of the C++ code.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

CREATE TEMP TABLE contract (
    table_name text, ordinal int, column_name text, type text, nullable text, default_sql text, primary_key text);
\copy contract FROM 'schema/columns.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
CREATE TEMP TABLE contract_constraints (table_name text, kind text, name text, columns text);
\copy contract_constraints FROM 'schema/constraints.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)

-- How format_type() spells each contract type (written here by hand, not taken from the extension).
CREATE TEMP VIEW expected_columns AS
SELECT table_name, ordinal, column_name,
       CASE type WHEN 'int8' THEN 'bigint' WHEN 'int4' THEN 'integer' WHEN 'serial4' THEN 'integer'
                 WHEN 'int2' THEN 'smallint' WHEN 'float8' THEN 'double precision' WHEN 'float4' THEN 'real'
                 WHEN 'bool' THEN 'boolean' WHEN 'timestamp' THEN 'timestamp without time zone'
                 WHEN 'time' THEN 'time without time zone'
                 ELSE regexp_replace(regexp_replace(type, '^varchar', 'character varying'), '^bpchar', 'character') END AS sql_type,
       nullable = 'NOT NULL' AS not_null, primary_key = 'yes' AS is_pk
  FROM contract;

SELECT count(*) AS created FROM dentsynth.create_raw_schema('raw') WHERE created \gset

SELECT plan(3 + 2 * (SELECT count(DISTINCT table_name)::int FROM contract) + 3 * (SELECT count(*)::int FROM contract)
            + (SELECT count(*)::int FROM contract_constraints));

SELECT is((SELECT count(DISTINCT table_name)::int FROM contract), 95, 'the contract lists 95 tables');
SELECT is(:created::int, 95, 'create_raw_schema created all 95 tables in an empty schema');

SELECT has_table('raw', t, format('raw.%s exists', t)) FROM (SELECT DISTINCT table_name AS t FROM contract) x ORDER BY t;

SELECT col_type_is('raw', table_name, column_name, sql_type, format('raw.%s.%s is %s', table_name, column_name, sql_type))
  FROM expected_columns ORDER BY table_name, ordinal;

SELECT CASE WHEN not_null THEN col_not_null('raw', table_name, column_name, format('raw.%s.%s is NOT NULL', table_name, column_name))
            ELSE col_is_null('raw', table_name, column_name, format('raw.%s.%s is nullable', table_name, column_name)) END
  FROM expected_columns ORDER BY table_name, ordinal;

-- Position: the column at each ordinal (ignoring dropped columns) is the contract's.
SELECT is((SELECT a.attname::text FROM pg_attribute a
             JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'raw' AND c.relname = e.table_name AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum OFFSET e.ordinal - 1 LIMIT 1),
          e.column_name, format('raw.%s column %s is "%s"', e.table_name, e.ordinal, e.column_name))
  FROM expected_columns e ORDER BY table_name, ordinal;

SELECT col_is_pk('raw', table_name, array_agg(column_name ORDER BY ordinal) FILTER (WHERE is_pk),
                 format('raw.%s has the contract''s primary key', table_name))
  FROM expected_columns GROUP BY table_name ORDER BY table_name;

-- Each listed unique constraint or index, by name: its kind and its columns in order (an index's
-- definition as pg_get_indexdef prints it, from its column list on).
SELECT is((SELECT CASE WHEN con.contype = 'u' THEN 'unique' WHEN i.indisunique THEN 'unique index' ELSE 'index' END
                  || ' ' || regexp_replace(pg_get_indexdef(i.indexrelid), '^.* USING btree ', '')
             FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
             LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
            WHERE i.indrelid = format('raw.%I', k.table_name)::regclass AND ic.relname = k.name),
          k.kind || ' (' || replace(k.columns, ',', ', ') || ')',
          format('raw.%s has %s %s (%s)', k.table_name, CASE k.kind WHEN 'unique' THEN 'unique constraint' ELSE 'index' END, k.name, k.columns))
  FROM contract_constraints k ORDER BY k.table_name, k.name;

SELECT is((SELECT string_agg(format('%s.%s', c.relname, ic.relname), ', ' ORDER BY c.relname, ic.relname)
             FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
            WHERE c.relnamespace = 'raw'::regnamespace AND NOT i.indisprimary
              AND ic.relname NOT IN (SELECT name FROM contract_constraints)), NULL,
          'no table has an index or unique constraint besides its primary key and those of schema/constraints.tsv');

SELECT * FROM finish();
ROLLBACK;
