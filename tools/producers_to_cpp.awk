# Turns schema/producers.tsv (table -> producing module) into the array of generated tables.
# Usage: awk -f tools/producers_to_cpp.awk schema/producers.tsv > src/core/generated/generated_tables.inc
BEGIN { FS = "\t"; print "// Generated from schema/producers.tsv by tools/producers_to_cpp.awk: do not edit."; print "constexpr TableId kGeneratedTables[] = {" }
NR > 1 && $1 != "" { printf("    TableId::%s,\n", $1) }
END { print "};" }
