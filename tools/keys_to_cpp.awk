# Turns the key plan (schema/keys.tsv) and its references (schema/key_references.tsv) into the
# generator's tables of keyed tables and key-holding columns (src/core/key_plan.hpp explains them).
# Usage: awk -f tools/keys_to_cpp.awk schema/keys.tsv schema/key_references.tsv > src/core/generated/key_plan.inc
BEGIN { FS = "\t"; nspaces = 0; print "// Generated from schema/keys.tsv and schema/key_references.tsv by tools/keys_to_cpp.awk: do not edit." }
/^#/ || $1 == "table" || $1 == "" { next }
FILENAME ~ /keys\.tsv$/ {
    if ($3 != "cohort" && $3 != "check_run") { printf("keys_to_cpp.awk: bad block %s for %s\n", $3, $1) > "/dev/stderr"; exit 1 }
    if ($4 !~ /^[0-9]+$/ || $4 + 0 < 1) { printf("keys_to_cpp.awk: bad quota %s for %s\n", $4, $1) > "/dev/stderr"; exit 1 }
    if (!($5 in space_id)) { space_id[$5] = nspaces; space_name[nspaces++] = $5 }
    entered = $6; by_ref = "false"
    if (entered ~ /^ref:/) { sub(/^ref:/, "", entered); by_ref = "true" }
    keyed[$1] = 1
    keys[nkeys++] = sprintf("    {TableId::%s, col::%s::%s, KeyBlock::k%s, %d, %d, col::%s::%s, %s},", $1, $1, $2,
                            ($3 == "cohort") ? "Cohort" : "CheckRun", $4, space_id[$5], $1, entered, by_ref)
    next
}
{
    if (!($3 in keyed)) { printf("keys_to_cpp.awk: %s.%s references %s, which is not in keys.tsv\n", $1, $2, $3) > "/dev/stderr"; exit 1 }
    when_col = "-1"; when_val = 0
    if ($4 != "") { split($4, w, "="); when_col = sprintf("col::%s::%s", $1, w[1]); when_val = w[2] + 0 }
    refs[nrefs++] = sprintf("    {TableId::%s, col::%s::%s, TableId::%s, %s, %d},", $1, $1, $2, $3, when_col, when_val)
}
END {
    printf("inline constexpr int kKeySpaceCount = %d;\n", nspaces)
    print "inline constexpr const char* kKeySpaceNames[] = {"
    for (i = 0; i < nspaces; i++) printf("    \"%s\",\n", space_name[i])
    print "};"
    print "inline constexpr KeyedTable kKeyedTables[] = {"
    for (i = 0; i < nkeys; i++) print keys[i]
    print "};"
    print "inline constexpr KeyReference kKeyReferences[] = {"
    for (i = 0; i < nrefs; i++) print refs[i]
    print "};"
}
