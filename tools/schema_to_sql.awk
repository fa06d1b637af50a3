# Turns the contract (schema/columns.tsv) and the producer registry (schema/producers.tsv) into
# the generated part of the extension script: one composite type per raw table (columns in
# contract order) and one set-returning generate_<plural>() function per generated table. as_of is
# timestamptz so that dates, timestamps, text and now() all reach it; the module reads it in the
# session's TimeZone, so the functions are STABLE, not IMMUTABLE.
# Usage: awk -f tools/schema_to_sql.awk schema/producers.tsv schema/columns.tsv
BEGIN { FS = "\t" }
FNR == 1 { file++; next }
file == 1 { if ($1 != "") produced[$1] = 1; next }
{
    table = $1
    if (!(table in ncols)) { order[ntables++] = table; ncols[table] = 0 }
    type = $4; if (type == "serial4") type = "int4"
    cols[table, ncols[table]++] = "\"" $3 "\" " type
}
function plural(name) {
    if (name ~ /metrics$/) return name
    if (name ~ /(s|ch|x)$/) return name "es"
    if (name ~ /[^aeiou]y$/) { sub(/y$/, "ies", name); return name }
    return name "s"
}
END {
    print "-- Composite types: one per raw table, columns in the contract's order (generated)."
    for (i = 0; i < ntables; i++) {
        t = order[i]
        printf("CREATE TYPE dentsynth.%s AS (", t)
        for (c = 0; c < ncols[t]; c++) printf("%s\n    %s", (c ? "," : ""), cols[t, c])
        print "\n);"
        printf("COMMENT ON TYPE dentsynth.%s IS 'One row of raw.%s, columns in the raw-schema contract''s order.';\n\n", t, t)
    }
    print "-- One set-returning function per generated table (generated)."
    for (i = 0; i < ntables; i++) {
        t = order[i]
        if (!(t in produced)) continue
        f = "generate_" plural(t)
        printf("CREATE FUNCTION dentsynth.%s(\n    patients integer DEFAULT 5000,\n    seed bigint DEFAULT 42,\n    start_date date DEFAULT '2023-01-01',\n    as_of timestamptz DEFAULT current_date,\n    part integer DEFAULT 1,\n    parts integer DEFAULT 1)\nRETURNS SETOF dentsynth.%s\nAS 'MODULE_PATHNAME', 'dentsynth_generate_table'\nLANGUAGE C STABLE PARALLEL SAFE;\n", f, t)
        printf("COMMENT ON FUNCTION dentsynth.%s(integer, bigint, date, timestamptz, integer, integer) IS\n  'The rows dentsynth.generate_all() writes into raw.%s for the same arguments, in the contract''s column order: INSERT INTO raw.%s SELECT * FROM dentsynth.%s(...) works.';\n\n", f, t, t, f)
    }
}
