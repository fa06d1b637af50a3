# Turns schema/producers.tsv (table, level, producing module) into the registry of generated tables.
# Usage: awk -f tools/producers_to_cpp.awk schema/producers.tsv > src/core/generated/generated_tables.inc
BEGIN { FS = "\t"; print "// Generated from schema/producers.tsv by tools/producers_to_cpp.awk: do not edit."; print "constexpr GeneratedTable kGeneratedTables[] = {" }
NR > 1 && $1 != "" {
    if ($2 != "practice" && $2 != "patient") { printf("producers_to_cpp.awk: bad level %s for %s\n", $2, $1) > "/dev/stderr"; exit 1 }
    printf("    {TableId::%s, TableLevel::k%s},\n", $1, ($2 == "practice") ? "Practice" : "Patient")
}
END { print "};" }
