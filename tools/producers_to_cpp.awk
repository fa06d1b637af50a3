# Turns schema/producers.tsv (table, level, the modules that write it) into the registry of
# generated tables (stdout: generated_tables.inc) and, per module, the tables it writes
# (the file named by producers_out: producers.inc, read by src/core/producers.hpp).
# The third column lists the writing modules, each a .cpp file named by its path from the
# repository's root, separated by spaces, or "none" for a table that is empty by design; a note
# may follow after ": ". The build stops when a line names a file that does not exist.
# Usage: awk -v producers_out=src/core/generated/producers.inc -f tools/producers_to_cpp.awk \
#            schema/producers.tsv > src/core/generated/generated_tables.inc
BEGIN { FS = "\t"; print "// Generated from schema/producers.tsv by tools/producers_to_cpp.awk: do not edit."; print "constexpr GeneratedTable kGeneratedTables[] = {" }
function fail(message) { printf("producers_to_cpp.awk: schema/producers.tsv line %d (%s): %s\n", FNR, $1, message) > "/dev/stderr"; failed = 1 }
NR > 1 && $1 != "" {
    if ($2 != "practice" && $2 != "patient") fail("bad level " $2)
    printf("    {TableId::%s, TableLevel::k%s},\n", $1, ($2 == "practice") ? "Practice" : "Patient")
    writers = $3
    sub(/: .*/, "", writers)
    n = split(writers, w, " ")
    if (n == 0) fail("no module writes it (write \"none: <why>\" for a table empty by design)")
    for (i = 1; i <= n; i++) {
        if (w[i] == "none") { if (n > 1 || writers == $3) fail("\"none\" stands alone, followed by \": <why>\""); continue }
        if (w[i] !~ /^src\/core\/.+\.cpp$/) { fail("\"" w[i] "\" is not a .cpp file under src/core"); continue }
        if ((getline line < w[i]) < 0) { fail("names " w[i] ", which does not exist"); continue }
        close(w[i])
        if (!(w[i] in tables)) { order[modules++] = w[i]; tables[w[i]] = "" }
        tables[w[i]] = tables[w[i]] (tables[w[i]] == "" ? "" : ", ") "TableId::" $1
    }
}
END {
    if (failed) exit 1
    print "};"
    if (producers_out == "") exit 0
    print "// Generated from schema/producers.tsv by tools/producers_to_cpp.awk: do not edit." > producers_out
    print "// Each module (a .cpp file) and the tables it writes, in the order the registry first names them." > producers_out
    print "inline constexpr Producer kProducers[] = {" > producers_out
    for (i = 0; i < modules; i++) printf("    {\"%s\", TableSet{%s}},\n", order[i], tables[order[i]]) > producers_out
    print "};" > producers_out
}
