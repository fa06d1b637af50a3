#!/bin/bash
# Writes the golden record, test/golden/record.psql: the row count and checksum of every table of
# the golden generation (test/golden/generation.psql), which test/golden_record.sql compares with
# the generator's output. Run it only to change the output on purpose, with the module built from
# this tree installed, and commit the record in the same commit as the change, with a line in
# CHANGELOG.md. It prints the lines of the record that changed.
#
# usage: make install && pg_virtualenv -v 15 tools/update_golden_record.sh   (a throwaway cluster)
#        tools/update_golden_record.sh   (the database the PG* variables name; postgres if unset)
# Everything runs in one transaction that is rolled back: the database is left as it was.
set -euo pipefail
cd "$(dirname "$0")/.."
record=test/golden/record.psql
output=$(mktemp)
trap 'rm -f "$output" "$record.new"' EXIT

# First line: the installed generator's version; then one line per table: name, rows, checksum.
psql -X -q -v ON_ERROR_STOP=1 -d "${PGDATABASE:-postgres}" >"$output" <<'SQL'
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT extversion AS version FROM pg_extension WHERE extname = 'dentsynth' \gset
\echo :version
\ir test/lib/checksum.psql
\ir test/golden/generation.psql
COPY (SELECT table_name, rows, checksum FROM golden_now ORDER BY table_name COLLATE "C") TO STDOUT;
ROLLBACK;
SQL

version=$(head -n 1 "$output")
tables=$(($(wc -l <"$output") - 1))
[ "$tables" -gt 0 ] || { echo "update_golden_record: the golden generation created no table" >&2; exit 1; }
{
    cat <<HEADER
-- The golden record: row count and md5 checksum of every table of the golden generation
-- (test/golden/generation.psql), compared by test/golden_record.sql. Written by
-- tools/update_golden_record.sh, never by hand; a change of output updates it in the same commit
-- as the change, with a line in CHANGELOG.md. Written with dentsynth $version installed.
COPY golden_record (table_name, rows, checksum) FROM STDIN;
HEADER
    tail -n +2 "$output"
    echo '\.'
} >"$record.new"

if [ -f "$record" ] && diff -q "$record" "$record.new" >/dev/null; then
    echo "update_golden_record: $tables tables, record unchanged"
else
    echo "update_golden_record: $tables tables; changed lines of $record (- recorded, + now):"
    [ -f "$record" ] && diff "$record" "$record.new" | grep '^[<>]' | sed 's/^</-/; s/^>/+/' || true
    mv "$record.new" "$record"
    echo "Commit it with the change that caused it and a line in CHANGELOG.md."
fi
