-- dentsynth.version(): the extension version is read from this database's catalog (what CREATE or
-- ALTER EXTENSION installed), the generator version from the loaded module, which must be the
-- one src/core/generator_version.hpp names in the tree the tests run from.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
-- The generator version as the source states it (psql runs this from the top of the tree).
\set source_generator_version `sed -n 's/.*kGeneratorVersion = "\(.*\)";.*/\1/p' src/core/generator_version.hpp`
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;

SELECT plan(6);

SELECT is((SELECT count(*) FROM dentsynth.version()), 1::bigint, 'version() returns one row');
SELECT is((SELECT extension_version FROM dentsynth.version()),
          (SELECT default_version FROM pg_available_extensions WHERE name = 'dentsynth'),
          'a fresh install reports the control file''s default version');
SELECT matches(:'source_generator_version'::text, '^[0-9]+\.[0-9]+\.[0-9]+$', 'the source names a generator version');
SELECT is((SELECT generator_version FROM dentsynth.version()), :'source_generator_version',
          'the generator version is the module''s, as src/core/generator_version.hpp names it');

-- The extension version is the catalog's, not a constant of the module: objects of another
-- version (as before ALTER EXTENSION ... UPDATE) report that version next to the module's.
-- (Read into psql variables: rolling back to the savepoint would also roll back pgTAP's results.)
SAVEPOINT other_version;
UPDATE pg_extension SET extversion = '0.0.1' WHERE extname = 'dentsynth';
SELECT extension_version AS other_extension_version, generator_version AS other_generator_version FROM dentsynth.version() \gset
ROLLBACK TO SAVEPOINT other_version;
SELECT is(:'other_extension_version'::text, '0.0.1', 'the extension version follows pg_extension');
SELECT is(:'other_generator_version'::text, :'source_generator_version', 'the generator version stays the module''s');

SELECT * FROM finish();
ROLLBACK;
