-- dentsynth upgrade script from 0.1.0 to 0.2.0: everything the 0.2.0 install script creates or
-- defines differently from the 0.1.0 one (sql/dentsynth--0.1.0.sql, frozen). test/upgrade.sql
-- updates a 0.1.0 install and fails on any function, type, table or comment that then differs
-- from a fresh install: a change to sql/dentsynth.sql.in or to the generated part of the script
-- (schema/*.tsv) needs its statement here too (a new object: the same CREATE and COMMENT; a
-- changed function: CREATE OR REPLACE FUNCTION with the new definition).
\echo Use "ALTER EXTENSION dentsynth UPDATE TO '0.2.0'" to load this file. \quit

CREATE FUNCTION dentsynth.version(OUT extension_version text, OUT generator_version text)
AS 'MODULE_PATHNAME', 'dentsynth_version'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.version() IS
  'The extension version of this database''s dentsynth objects (pg_extension.extversion; ALTER EXTENSION dentsynth UPDATE moves it) and the generator version of the installed module, which decides the rows: output is a function of (generator version, arguments). Equal at a release; a module newer than the objects shows as a newer generator version.';
