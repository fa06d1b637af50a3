# Turns the unique constraints and indexes of the contract (schema/constraints.tsv: the ETL tables'
# besides their primary keys) into the records src/pg/table_constraints.cpp creates and checks
# them from. Every table and column is looked up in the contract (schema/columns.tsv) and every
# name checked, so a typo fails the build instead of a call.
# Usage: awk -f tools/constraints_to_cpp.awk schema/columns.tsv schema/constraints.tsv > table_constraints.inc
BEGIN { FS = "\t"; n = 0 }
FNR == 1 { file++; next }
file == 1 { has_table[$1] = 1; has_column[$1, $3] = 1; next }
function fail(why) {
    printf("constraints_to_cpp.awk: %s line %d: %s\n", FILENAME, FNR, why) > "/dev/stderr"
    failed = 1
    exit 1
}
{
    if (NF != 4) fail("expected 4 tab-separated fields (table, kind, name, columns), found " NF)
    if (!($1 in has_table)) fail("table " $1 " is not in the contract")
    if ($2 != "unique" && $2 != "index") fail("kind " $2 " is neither unique nor index")
    # Lower-case names up to PostgreSQL's 63 bytes need no quoting and are never truncated.
    if ($3 !~ /^[a-z_][a-z0-9_]*$/ || length($3) > 63) fail("name " $3 " is not a lower-case identifier of at most 63 characters")
    if ($3 in has_table) fail("name " $3 " is the name of a contract table")
    if ($3 in seen) fail("name " $3 " is listed twice (index and constraint names share the schema)")
    seen[$3] = 1
    ncols = split($4, parts, ",")
    if (ncols == 0) fail("no columns")
    for (c = 1; c <= ncols; c++) {
        if (!(($1, parts[c]) in has_column)) fail("column " parts[c] " is not a column of " $1)
        column[n, c - 1] = parts[c]
    }
    table[n] = $1; kind[n] = ($2 == "unique") ? "kUnique" : "kIndex"; name[n] = $3; count[n] = ncols
    n++
}
END {
    if (failed) exit 1
    print "// Generated from schema/constraints.tsv by tools/constraints_to_cpp.awk: do not edit."
    print "// Included by src/pg/table_constraints.cpp."
    for (i = 0; i < n; i++) {
        printf("constexpr const char* k_constraint_%d_columns[] = {", i)
        for (c = 0; c < count[i]; c++) printf("%s\"%s\"", (c ? ", " : ""), column[i, c])
        print "};"
    }
    printf("constexpr std::array<TableConstraint, %d> kContractConstraints = {{\n", n)
    for (i = 0; i < n; i++)
        printf("    {core::TableId::%s, ConstraintKind::%s, \"%s\", k_constraint_%d_columns, %d},\n", table[i], kind[i], name[i], i, count[i])
    print "}};"
}
