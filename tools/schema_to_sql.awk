# Turns the contract (schema/columns.tsv) and the producer registry (schema/producers.tsv) into
# the generated part of the extension script: one composite type per raw table (columns in
# contract order) and one set-returning generate_<plural>() function per generated table. as_of is
# timestamptz so that dates, timestamps, text and now() all reach it; the module reads it in the
# session's TimeZone, so the functions are STABLE, not IMMUTABLE.
# The functions' arguments come from schema/arguments.tsv (both groups, in order).
# Usage: awk -f tools/schema_to_sql.awk schema/arguments.tsv schema/producers.tsv schema/columns.tsv
BEGIN { FS = "\t" }
FNR == 1 { file++ }
file == 1 {
    if ($0 ~ /^#/ || $1 == "group" || NF < 4) next
    arguments = arguments (nargs ? ",\n" : "") "    " $2 " " $3 " DEFAULT " $4
    argument_types = argument_types (nargs++ ? ", " : "") $3
    next
}
FNR == 1 { next }
file == 2 { if ($1 != "") produced[$1] = 1; next }
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
        printf("CREATE FUNCTION dentsynth.%s(\n%s)\nRETURNS SETOF dentsynth.%s\nAS 'MODULE_PATHNAME', 'dentsynth_generate_table'\nLANGUAGE C STABLE PARALLEL SAFE;\n", f, arguments, t)
        printf("COMMENT ON FUNCTION dentsynth.%s(%s) IS\n  'The rows dentsynth.generate_all() writes into raw.%s for the same arguments, in the contract''s column order: INSERT INTO raw.%s SELECT * FROM dentsynth.%s(...) works.';\n\n", f, argument_types, t, t, f)
    }
}
